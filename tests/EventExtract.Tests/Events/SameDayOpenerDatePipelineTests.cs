using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Hours later, a roadside bomb struck an army convoy": a sentence opened by a same-day phrase tells of the day of the
/// event dated just before; "Later," alone may be another day and dates nothing. Invented stories.
/// </summary>
public class SameDayOpenerDatePipelineTests
{
    private const string Lede = "A car bomb exploded outside a police station in Mosul on Thursday, killing eight people, officials said.\n\n";

    [Theory]
    [InlineData("Hours later, a roadside bomb struck an army convoy near Tikrit, wounding three soldiers.")]
    [InlineData("Shortly afterwards, a roadside bomb struck an army convoy near Tikrit, wounding three soldiers.")]
    public void An_event_after_a_same_day_opener_takes_the_day_before(string second)
    {
        var attacks = ArticleBody.Events<Attack>(Lede + second, new DateOnly(2024, 9, 6));
        attacks.Should().ContainSingle(a => a.Mentions.Any(m => m.Trigger.Text == "struck"))
            .Which.Date!.Value.Should().Be("2024-09-05");
    }

    [Fact]
    public void Later_alone_dates_nothing() =>
        ArticleBody.Events<Attack>(Lede + "Later, a roadside bomb struck an army convoy near Tikrit, wounding three soldiers.", new DateOnly(2024, 9, 6))
            .Should().ContainSingle(a => a.Mentions.Any(m => m.Trigger.Text == "struck")).Which.Date.Should().BeNull();
}
