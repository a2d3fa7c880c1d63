using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "told reporters in Kabul on Monday that the attack was planned": a date inside a reporting verb's own clause (after
/// the verb, before "that") dates the saying, not an event named in what was said, however long the clause runs.
/// Sentences invented for these tests.
/// </summary>
public class DateReportingClauseBeforeContentPipelineTests
{
    // A Wednesday.
    private static readonly DateOnly Published = new(2024, 5, 1);

    private static T WithTrigger<T>(string body, string trigger) where T : ExtractedEvent =>
        ArticleBody.Events<T>(body, Published).Should().ContainSingle(e => e.Mentions.Any(m => m.Trigger.Text == trigger)).Subject;

    [Fact]
    public void The_attack_reported_takes_no_date_of_the_telling()
    {
        const string body = "The police chief told reporters in Kabul on Monday that the attack was planned in Pakistan.";

        WithTrigger<Statement>(body, "told").Date!.Value.Should().Be("2024-04-29");
        WithTrigger<Attack>(body, "attack").Date.Should().BeNull();
    }

    [Fact]
    public void The_talks_reported_take_no_date_of_the_saying()
    {
        const string body = "The minister said at a press conference in the capital on Monday that the talks had failed.";

        WithTrigger<Statement>(body, "said").Date!.Value.Should().Be("2024-04-29");
        WithTrigger<Meeting>(body, "talks").Date.Should().BeNull();
    }
}
