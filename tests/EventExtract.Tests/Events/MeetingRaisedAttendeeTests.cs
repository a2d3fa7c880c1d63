using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Burns was also expected to attend the talks": the subject of a passive raising verb before "to attend" takes part in
/// the talks reported before (made-up sentences, whole pipeline).
/// </summary>
public class MeetingRaisedAttendeeTests
{
    private static readonly DateOnly Published = new(2024, 5, 4);

    [Fact]
    public void An_expected_attendee_joins_the_talks_reported_before()
    {
        var meeting = ArticleBody.Events<Meeting>(
            "Negotiators were due to resume ceasefire talks in Cairo on Saturday, officials said. "
            + "Among the dead were six children, according to the health ministry. "
            + "The army said it was reviewing the reports. "
            + "A delegation led by Khalil al-Hayya arrived in the city on Saturday morning. "
            + "CIA Director William Burns was also expected to attend the talks, two sources told Reuters.", Published)
            .Should().ContainSingle().Subject;
        meeting.Participants.Should().Contain(p => p.Text == "William Burns");
        meeting.Location!.Text.Should().Be("Cairo");
    }
}
