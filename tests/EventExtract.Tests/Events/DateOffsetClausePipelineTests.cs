using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "on Tuesday, two days after he addressed a rally": an "after"/"before" clause led by a count of days or weeks, right
/// after a day's date, dates its events that many days from that day, not with the main clause's day. Published on
/// Tuesday 14 November 2023; sentences invented for these tests.
/// </summary>
public class DateOffsetClausePipelineTests
{
    private static readonly DateOnly Published = new(2023, 11, 14);

    private static ExtractedEvent WithTrigger(string body, string trigger) =>
        ArticleBody.ArticleEvents<ExtractedEvent>("Headline\n\n" + body, Published)
            .Should().ContainSingle(e => e.Mentions.Any(m => m.Trigger.Text == trigger)).Subject;

    [Theory]
    [InlineData("Police detained Tom Okello on Tuesday, two days after he addressed a rally in Kisumu.", "addressed a rally", "2023-11-12")]
    [InlineData("The minister resigned on Friday, a day after she met the king.", "met", "2023-11-09")]
    [InlineData("The minister resigned on Friday, a week before she was due to meet the king.", "meet", "2023-11-17")]
    public void The_clause_is_dated_by_the_count_from_the_main_day(string body, string trigger, string date)
    {
        WithTrigger(body, trigger).Date!.Value.Should().Be(date);
    }

    [Fact]
    public void A_vague_count_leaves_the_clause_undated()
    {
        WithTrigger("The minister resigned on Friday, days after she met the king.", "met").Date.Should().BeNull();
    }

    [Fact]
    public void The_main_clause_after_the_comma_keeps_its_own_date()
    {
        const string body = "NAIROBI, Nov 13 - Tom Okello was detained on Monday, two days after he addressed a rally in Kisumu, his spokesman said.";

        WithTrigger(body, "said").Date!.Value.Should().Be("2023-11-13");
        WithTrigger(body, "addressed a rally").Date!.Value.Should().Be("2023-11-11");
    }
}
