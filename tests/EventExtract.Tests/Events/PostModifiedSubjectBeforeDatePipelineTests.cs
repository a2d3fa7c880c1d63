using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Machinists at Boeing on Thursday said …": a time phrase between a post-modified subject and its verb does not hide
/// the subject. Sentences invented for these tests.
/// </summary>
public class PostModifiedSubjectBeforeDatePipelineTests
{
    private static readonly DateOnly Published = new(2024, 10, 11);

    [Theory]
    [InlineData("Machinists at Boeing on Thursday said the offer fell short on pensions.", "said")]
    [InlineData("Machinists at Boeing on Thursday rejected the company's latest contract offer.", "rejected")]
    public void The_subject_before_the_date_speaks(string text, string trigger)
    {
        var statements = ArticleBody.Events<Statement>(text, Published);

        var statement = statements.Should().ContainSingle(e => e.Mentions.Any(m => m.Trigger.Text == trigger)).Subject;
        statement.Speakers.Should().ContainSingle().Which.Text.Should().Be("Machinists at Boeing");
        statement.Date!.Value.Should().Be("2024-10-10");
    }
}
