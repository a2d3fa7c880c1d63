using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// A weapon set off or left somewhere hits what it was put by: "detonated a roadside bomb near a police patrol" has the
/// patrol as its target, as "a bomb exploded near a police patrol" does. Sentences invented for these tests.
/// </summary>
public class AttackPlacedWeaponTargetPipelineTests
{
    private static readonly DateOnly Published = new(2024, 3, 6);

    [Theory]
    [InlineData("Guerrillas detonated a roadside bomb near a police patrol in Tal Harb on Tuesday.", "a police patrol")]
    [InlineData("Militants planted a bomb outside a crowded cafe in Wadi Sera on Monday, police said.", "a crowded cafe")]
    public void The_phrase_after_a_placed_weapon_is_the_target(string body, string target)
    {
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;

        attack.Targets.Select(t => t.Text).Should().Equal(target);
    }
}
