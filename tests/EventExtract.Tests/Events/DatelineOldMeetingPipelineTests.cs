using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// The dateline city is where the story's recent meetings took place, not meetings months before it, nor talks that go on
/// "for months" wherever their mediators meet.
/// </summary>
public class DatelineOldMeetingPipelineTests
{
    [Fact]
    public void A_meeting_months_before_the_story_does_not_take_the_dateline_city()
    {
        var meetings = ArticleBody.ArticleEvents<Meeting>(
            "Ceasefire talks resume\n\nKHARTOUM, March 14 (Reuters) - Army and rebel delegates met on Wednesday, mediators said.\n\n"
            + "Negotiations between the two sides broke down in December.", new DateOnly(2025, 3, 14));
        meetings.Should().Contain(m => m.Date != null && m.Date.Value == "2025-03-12")
            .Which.Location!.Name.Should().BeEquivalentTo("Khartoum");
        meetings.Should().ContainSingle(m => m.Date != null && m.Date.Value == "2024-12").Which.Location.Should().BeNull();
    }

    [Fact]
    public void Talks_going_on_for_months_do_not_take_the_dateline_city()
    {
        var meetings = ArticleBody.ArticleEvents<Meeting>(
            "Strike kills 20\n\nGAZA CITY, Aug 10 (Reuters) - An air strike on a school killed 20 people on Saturday, officials said.\n\n"
            + "Qatar and Egypt have been mediating indirect talks between Israel and Hamas for months.", new DateOnly(2024, 8, 10));
        meetings.Should().ContainSingle().Which.Location.Should().BeNull();
    }
}
