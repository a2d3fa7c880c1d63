using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "The union rejected the company's latest contract offer on Thursday.": a date closing the plain noun-phrase object of
/// a statement verb dates the act; a noun phrase reports no proposition of its own to date. Sentences invented for these tests.
/// </summary>
public class DateNounObjectStatementPipelineTests
{
    // A Tuesday.
    private static readonly DateOnly Published = new(2024, 5, 14);

    [Theory]
    [InlineData("The union rejected the company's latest contract offer on Thursday.", "rejected", "2024-05-09")]
    [InlineData("The opposition leader denied the newspaper report on Friday, calling it a smear.", "denied", "2024-05-10")]
    public void The_date_after_the_object_dates_the_statement(string body, string trigger, string value)
    {
        var statement = ArticleBody.Events<Statement>(body, Published).Should().ContainSingle(e => e.Trigger.Text == trigger).Subject;

        statement.Date!.Value.Should().Be(value);
    }

    [Fact]
    public void A_date_before_the_content_verb_stays_in_what_was_said()
    {
        const string body = "The minister said the new bridge on Thursday would open to traffic.";

        ArticleBody.Events<Statement>(body, Published).Should().ContainSingle().Which.Date.Should().BeNull();
    }
}
