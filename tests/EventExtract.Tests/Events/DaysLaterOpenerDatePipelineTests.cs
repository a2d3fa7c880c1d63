using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Two days later, the envoys met again": a sentence opened by "N days later" (or "a week later") tells of the day of
/// the event dated just before plus the offset; "Months later" and an opener with nothing dated before date nothing.
/// Invented stories.
/// </summary>
public class DaysLaterOpenerDatePipelineTests
{
    private const string Lede = "Foreign Minister Anna Lind met her Norwegian counterpart Erik Dahl in Oslo on May 3 to discuss fishing rights.\n\n";

    [Theory]
    [InlineData("Two days later, the envoys met again in Geneva.", "2024-05-05")]
    [InlineData("A day later, the envoys met again in Geneva.", "2024-05-04")]
    [InlineData("A week later, the envoys met again in Geneva.", "2024-05-10")]
    public void A_meeting_after_a_days_later_opener_takes_the_day_before_plus_the_offset(string second, string date)
    {
        var meetings = ArticleBody.Events<Meeting>(Lede + second, new DateOnly(2024, 5, 14));

        meetings.Should().ContainSingle(m => m.Location != null && m.Location.Text == "Geneva")
            .Which.Date!.Value.Should().Be(date);
    }

    [Fact]
    public void Months_later_dates_nothing() =>
        ArticleBody.Events<Meeting>(Lede + "Months later, the envoys met again in Geneva.", new DateOnly(2024, 5, 14))
            .Should().ContainSingle(m => m.Location != null && m.Location.Text == "Geneva").Which.Date.Should().BeNull();

    [Fact]
    public void Nothing_dated_before_dates_nothing() =>
        ArticleBody.Events<Meeting>("Two days later, the envoys met again in Geneva.", new DateOnly(2024, 5, 14))
            .Should().ContainSingle(m => m.Location != null && m.Location.Text == "Geneva").Which.Date.Should().BeNull();
}
