using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "The two ministers are due to meet again in December": a meeting planned by counted parties named nowhere before is
/// still a meeting, its parties in their own words. Sentences invented for these tests.
/// </summary>
public class UnnamedPlannedMeetingPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 8);

    [Theory]
    [InlineData("The two ministers are due to meet again in December.", "The two ministers")]
    [InlineData("The two ministers are scheduled to meet again in December.", "The two ministers")]
    public void Counted_parties_due_to_meet_hold_a_planned_meeting(string body, string party)
    {
        var meeting = ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle().Subject;

        meeting.Status.Should().Be(EventStatus.Planned);
        meeting.Date!.Value.Should().Be("2024-12");
        meeting.Participants.Should().ContainSingle().Which.Text.Should().Be(party);
    }
}
