using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// A reporting clause that closes the sentence ("…, police said") comes after what it reports: a date fronted before
/// that report dates the reported event, not the saying. Sentences invented for these tests.
/// </summary>
public class StatementTrailingReportPipelineTests
{
    // A Tuesday.
    private static readonly DateOnly Published = new(2024, 3, 5);

    [Theory]
    [InlineData("Last month, unknown attackers set fire to two trucks near the border crossing, police said.", "said")]
    [InlineData("On Friday, the council voted to close the old bridge, local officials have said.", "said")]
    public void A_fronted_date_of_what_was_reported_does_not_date_a_closing_report(string body, string trigger)
    {
        var statement = ArticleBody.Events<Statement>(body, Published)
            .Should().ContainSingle(s => s.Mentions.Any(m => m.Trigger.Text.EndsWith(trigger))).Subject;

        statement.Date.Should().BeNull();
    }

    [Fact]
    public void A_fronted_date_before_the_reporting_clause_itself_still_dates_it()
    {
        var statement = ArticleBody.Events<Statement>("On Monday, the transport minister said the crossing would reopen.", Published)
            .Should().ContainSingle().Subject;

        statement.Date!.Value.Should().Be("2024-03-04");
    }
}
