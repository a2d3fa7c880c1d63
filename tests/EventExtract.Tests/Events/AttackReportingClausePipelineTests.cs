using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>The reporting clause after an attack's object list ("…, officials said") is not part of the list, nor the list of its speakers.</summary>
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

    [Fact]
    public void The_victims_before_the_reporting_clause_are_not_speakers()
    {
        var statement = ArticleBody.Events<Statement>(
            "Militants ambushed a convoy near Djibo on Sunday, killing eleven soldiers, the army said.", Published)
            .Should().ContainSingle().Subject;
        statement.Speakers.Select(s => s.Text).Should().Equal("the army");
    }

    [Fact]
    public void Speakers_joined_by_and_after_a_clause_stay_a_list()
    {
        var statement = ArticleBody.Events<Statement>(
            "After the talks ended, Norway, Sweden and Finland said they would share radar data.", Published)
            .Should().ContainSingle().Subject;
        statement.Speakers.Select(s => s.Text).Should().Equal("Norway", "Sweden", "Finland");
    }
}
