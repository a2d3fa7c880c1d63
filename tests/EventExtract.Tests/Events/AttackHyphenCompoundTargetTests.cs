using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "a rocket-launching cell", "rebel-held areas": a word joined by a hyphen to the next word modifies the noun after the
/// compound, so the target is the whole phrase, not the word before the hyphen. Sentences invented for these tests.
/// </summary>
public class AttackHyphenCompoundTargetTests
{
    private static readonly DateOnly Published = new(2024, 5, 14);

    [Theory]
    [InlineData("Israeli aircraft bombed a rocket-launching cell in the northern Gaza Strip on Tuesday.", "a rocket-launching cell")]
    [InlineData("The army carried out air strikes on rebel-held areas of the city on Saturday.", "rebel-held areas")]
    public void A_hyphened_modifier_stays_in_the_target(string body, string target)
    {
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;
        attack.Targets.Select(t => t.Text).Should().Equal(target);
    }
}
