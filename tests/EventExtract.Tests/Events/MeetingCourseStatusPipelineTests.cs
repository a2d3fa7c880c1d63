using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up wire sentences, read by the full pipeline: a later "the talks would/will focus on …" or "the meeting was
/// expected to produce …" tells what a meeting already told as held does, not whether it takes place, so the meeting
/// stays Occurred; alone, such a sentence still speaks of a meeting to come.
/// </summary>
public class MeetingCourseStatusPipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 14); // a Thursday

    private static List<Meeting> Meetings(string body) => ArticleBody.Events<Meeting>(body, Published);

    [Theory]
    [InlineData("Officials said the talks would focus on fishing rights and tariffs.")]
    [InlineData("Aides said the meeting will concentrate on the border dispute.")]
    [InlineData("The meeting was expected to produce a joint statement on fishing rights.")]
    public void A_held_meeting_stays_occurred_after_a_sentence_on_its_course(string second)
    {
        Meetings("President Lena Marsh met Prime Minister Omar Haddad in Valletta on Monday. " + second)
            .Should().ContainSingle().Which.Status.Should().Be(EventStatus.Occurred);
    }

    [Fact]
    public void A_summit_that_would_focus_on_something_is_still_planned_alone()
    {
        Meetings("Officials said a summit between Lena Marsh and Omar Haddad would focus on fishing rights.")
            .Should().ContainSingle().Which.Status.Should().Be(EventStatus.Planned);
    }
}
