using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// A fight or bombardment verb after auxiliaries ("have been pounding") still takes its armed subject, and a word
/// counting munitions ("a barrage of rockets") is the weapon fired, not its target.
/// </summary>
public class AttackVerbGroupAndBarragePipelineTests
{
    private static readonly DateOnly Published = new(2025, 5, 14);

    [Theory]
    [InlineData("Rebel forces have been pounding the town of Zarat for three days, officials said.", "Rebel forces")]
    [InlineData("Government troops were battling insurgents near Zarat on Monday, officials said.", "Government troops")]
    public void Armed_subject_before_auxiliaries_makes_the_fight_an_attack(string body, string attacker)
    {
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;
        attack.Attackers.Select(a => a.Text).Should().Contain(attacker);
    }

    [Fact]
    public void Soldiers_fighting_for_their_lives_is_no_attack()
    {
        ArticleBody.Events<Attack>("The soldiers were fighting for their lives after the flood on Monday.", Published).Should().BeEmpty();
    }

    [Fact]
    public void A_barrage_of_rockets_is_the_weapon_not_the_target()
    {
        const string body = "Militants fired a barrage of rockets into the south of Zarat province on Friday, the army said.";
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;
        attack.Targets.Select(t => t.Text).Should().NotContain(t => t.Contains("barrage"));
    }
}
