using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "The president begins a state visit to Japan on Sunday": the present of a timetable speaks of what is scheduled, so
/// the weekday lies ahead of the publication day and the visit is planned. Sentences invented for these tests.
/// </summary>
public class TimetablePresentTests
{
    private static readonly DateOnly Published = new(2024, 5, 1); // a Wednesday

    [Theory]
    [InlineData("President Ana Ruiz begins a state visit to Japan on Sunday.")]
    [InlineData("President Ana Ruiz arrives in Tokyo on Sunday for talks with Prime Minister Kenji Sato.")]
    public void A_timetable_present_with_a_weekday_is_ahead(string text)
    {
        var meeting = ArticleBody.Events<Meeting>(text, Published).Should().ContainSingle().Subject;

        meeting.Date!.Value.Should().Be("2024-05-05");
        meeting.Status.Should().Be(EventStatus.Planned);
    }
}
