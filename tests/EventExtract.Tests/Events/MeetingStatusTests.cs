using EventExtract.Events;
using EventExtract.Places;

namespace EventExtract.Tests.Events;

/// <summary>Whether a meeting still to come is planned or only hypothetical.</summary>
public class MeetingStatusTests
{
    private static readonly DateOnly Published = new(2021, 6, 30);

    private static Meeting Summit(string text) =>
        (Meeting)new TestDocument(text, Published)
            .Actor("Officials", ActorKind.Group)
            .Timex("July 12", "2021-07-12")
            .Trigger("summit", EventType.Meeting)
            .Find().Should().ContainSingle().Subject;

    [Fact]
    public void A_dated_meeting_to_come_after_would_is_planned()
    {
        Summit("Officials said they would attend the summit in Lisbon on July 12.").Status.Should().Be(EventStatus.Planned);
    }

    [Fact]
    public void A_dated_meeting_to_come_after_could_stays_hypothetical()
    {
        Summit("Officials said they could attend the summit in Lisbon on July 12.").Status.Should().Be(EventStatus.Hypothetical);
    }
}
