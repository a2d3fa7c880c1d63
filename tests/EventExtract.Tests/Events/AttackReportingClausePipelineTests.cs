using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>The reporting clause after an attack's object list ("…, officials said") is not part of the list.</summary>
public class AttackReportingClausePipelineTests
{
    private static readonly DateOnly Published = new(2025, 11, 19);

    [Fact]
    public void The_speaker_after_a_comma_is_not_a_target_and_the_count_keeps_its_qualifier()
    {
        var attack = ArticleBody.Events<Attack>(
            "A suicide bomber drove a car into a checkpoint near Baidoa on Saturday, killing at least 9 soldiers, Somali police said.", Published)
            .Should().ContainSingle().Subject;
        attack.Targets.Select(t => t.Text).Should().NotContain(t => t.Contains("police"));
        attack.Targets.Select(t => t.Text).Should().Contain("at least 9 soldiers");
        attack.Killed.Should().Be(9);
    }

    [Fact]
    public void A_list_joined_by_and_still_runs_on_to_its_last_party()
    {
        var meeting = ArticleBody.Events<Meeting>("Envoys met with Peru, Chile and Bolivia in Lima on Friday, officials said.", Published)
            .Should().ContainSingle().Subject;
        meeting.Participants.Select(p => p.Text).Should().Contain(["Peru", "Chile", "Bolivia"]).And.NotContain("officials");
    }
}
