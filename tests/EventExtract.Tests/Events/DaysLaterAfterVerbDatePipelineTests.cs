using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "They met again two days later in Vienna": an "N days later" right after a verb trigger, not only one opening the
/// sentence, dates the event by the day of the event told before plus the offset (invented stories, whole pipeline).
/// </summary>
public class DaysLaterAfterVerbDatePipelineTests
{
    [Fact]
    public void A_days_later_after_the_verb_counts_from_the_event_told_before()
    {
        var meetings = ArticleBody.Events<Meeting>("The envoys met in Geneva on Monday. They met again two days later in Vienna, officials said.", new DateOnly(2024, 5, 14));

        meetings.Should().ContainSingle(m => m.Location != null && m.Location.Text == "Vienna").Which.Date!.Value.Should().Be("2024-05-15");
    }

    [Fact]
    public void A_days_later_inside_another_verbs_clause_dates_nothing()
    {
        var meetings = ArticleBody.Events<Meeting>("The envoys met in Geneva on Monday. They met in Vienna, and the talks ended two days later.", new DateOnly(2024, 5, 14));

        meetings.Should().ContainSingle(m => m.Location != null && m.Location.Text == "Vienna").Which.Date.Should().BeNull();
    }
}
