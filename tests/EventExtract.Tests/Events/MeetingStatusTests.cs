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

    [Theory]
    [InlineData("The union called for an emergency meeting with the ministers.", "The union")]
    [InlineData("Officials demanded negotiations with the union.", "Officials")]
    public void A_meeting_called_for_or_demanded_is_hypothetical_even_when_the_verb_is_a_trigger(string text, string party)
    {
        var events = new TestDocument(text, Published)
            .Actor(party, ActorKind.Group)
            .Trigger(text.Contains("called") ? "called for" : "demanded", EventType.Statement)
            .Trigger(text.Contains("meeting") ? "meeting" : "negotiations", EventType.Meeting)
            .Find();

        events.OfType<Meeting>().Should().ContainSingle(DebugDump.Dump(events)).Which.Status.Should().Be(EventStatus.Hypothetical);
    }
}
