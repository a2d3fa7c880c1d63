using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "were shooting", "is saying": "be" before an -ing form is the progressive, an active verb whose subject is the
/// attacker or the speaker, not a passive whose subject underwent it (made-up sentences, whole pipeline).
/// </summary>
public class ProgressiveActivePipelineTests
{
    private static readonly DateOnly Published = new(2023, 5, 12);

    [Theory]
    [InlineData("Rebel fighters were shooting at the soldiers from the roofs of houses in the old town.", "Rebel fighters", "the soldiers")]
    [InlineData("Gunmen were firing at police officers near the bridge on Monday.", "Gunmen", "police officers")]
    public void The_subject_of_a_progressive_attack_verb_is_the_attacker(string body, string attacker, string target)
    {
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;
        attack.Attackers.Select(a => a.Text).Should().Equal(attacker);
        attack.Targets.Select(a => a.Text).Should().Contain(target).And.NotContain(attacker);
    }

    [Fact]
    public void The_subject_of_a_passive_attack_verb_is_still_the_target()
    {
        var attack = ArticleBody.Events<Attack>("Two soldiers were attacked near the bridge on Monday.", Published).Should().ContainSingle().Subject;
        attack.Targets.Select(a => a.Text).Should().Contain("Two soldiers");
        attack.Attackers.Should().BeEmpty();
    }

    [Fact]
    public void The_subject_of_a_progressive_reporting_verb_is_the_speaker()
    {
        var statement = ArticleBody.Events<Statement>("Local clerics were describing the fighters as bandits only a week ago.", Published)
            .Should().ContainSingle().Subject;
        statement.Speakers.Select(a => a.Text).Should().Equal("Local clerics");
    }
}
