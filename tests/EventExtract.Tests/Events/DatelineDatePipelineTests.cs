using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>A dateline's date is when the story was filed: an event dated in its own sentence keeps that date. Invented text.</summary>
public class DatelineDatePipelineTests
{
    private static readonly DateOnly Published = new(2026, 6, 12);

    private static Attack OnlyAttack(string text) => ArticleBody.ArticleEvents<Attack>(text, Published).Single();

    [Fact]
    public void The_events_own_date_beats_the_dateline()
    {
        var attack = OnlyAttack("Ports hit\n\nCOPENHAGEN, June 12 (Reuters) - A cyberattack disrupted operations at three Danish ports on Wednesday.");

        attack.Date!.Value.Should().Be("2026-06-10");
    }

    [Fact]
    public void The_dateline_dates_an_event_with_no_date_of_its_own()
    {
        var attack = OnlyAttack("Ports hit\n\nCOPENHAGEN, June 11 (Reuters) - A cyberattack disrupted operations at three Danish ports.");

        attack.Date!.Value.Should().Be("2026-06-11");
    }
}
