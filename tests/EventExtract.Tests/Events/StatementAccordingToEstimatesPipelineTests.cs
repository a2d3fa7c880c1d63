using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "according to estimates by X": the author of the document after "according to" speaks, even when the tagger reads
/// the document's noun ("estimates") as a verb. Sentences invented for these tests.
/// </summary>
public class StatementAccordingToEstimatesPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void The_author_of_estimates_after_according_to_speaks()
    {
        var statement = ArticleBody.Events<Statement>(
            "About $2 billion flowed out of bond funds last week, according to estimates by Lindqvist Analytics Inc., a Stockholm research firm.",
            Published).Should().ContainSingle(s => s.Mentions.Any(m => m.Trigger.Text == "according to")).Subject;

        statement.Speakers.Select(s => s.Text).Should().Equal("Lindqvist Analytics Inc.");
    }
}
