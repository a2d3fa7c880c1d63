using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"killed two suspected militants": "suspected" there describes the people killed; it blames no one (made-up sentences, whole pipeline).</summary>
public class AttackSuspectedVictimPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("Police killed two suspected bandits in a shootout near Kaduna on Sunday.", "Police", "bandits")]
    [InlineData("An air strike by government jets killed four suspected rebels in the north on Monday.", "government jets", "rebels")]
    public void Suspected_people_killed_are_no_attackers(string body, string attacker, string victim)
    {
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;
        attack.Attackers.Select(a => a.Text).Should().Contain(t => t.Contains(attacker));
        attack.Attackers.Select(a => a.Text).Should().NotContain(t => t.Contains(victim));
    }

    [Fact]
    public void A_blame_verb_after_its_subject_still_names_the_attacker() =>
        ArticleBody.Events<Attack>("A bomb exploded at a bus station in Jos on Friday, killing six people. Police suspected the Zuma Brigade.", Published)
            .Should().ContainSingle().Which.Attackers.Select(a => a.Text).Should().Contain(t => t.Contains("Zuma Brigade"));
}
