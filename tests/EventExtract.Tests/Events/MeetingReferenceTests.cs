using EventExtract.Events;
using EventExtract.Places;

namespace EventExtract.Tests.Events;

/// <summary>"the two countries" and like references resolved to the meeting's parties.</summary>
public class MeetingReferenceTests
{
    private static readonly DateOnly Published = new(2021, 6, 30);

    [Fact]
    public void A_country_named_as_a_place_in_the_same_sentence_is_one_of_the_two_countries()
    {
        var events = new TestDocument("The Chilean government spoke on Monday. Troops stayed in Bolivia for a week. "
                + "The newspaper said the remarks answered signals from Peru that it wants to renew the peace talks between the two countries.", Published)
            .Actor("The Chilean government", ActorKind.Country, "CL")
            .Place("Bolivia", "BO", isCountry: true)
            .Place("Peru", "PE", isCountry: true)
            .Trigger("peace talks", EventType.Meeting)
            .Find();

        var meeting = (Meeting)events.Should().ContainSingle(DebugDump.Dump(events)).Subject;
        meeting.Participants.Select(p => p.CountryCode).Should().BeEquivalentTo("CL", "PE");
    }

    [Fact]
    public void A_counted_reference_with_no_meeting_before_stands_for_the_last_list_of_that_many_parties()
    {
        var events = new TestDocument("Luis Soto and Ana Ruiz signed a border treaty on Monday. The two presidents will meet again in Lima in July.", Published)
            .Actor("Luis Soto", ActorKind.Person, "PE")
            .Actor("Ana Ruiz", ActorKind.Person, "CL")
            .Place("Lima", "PE")
            .Timex("Monday", "2021-06-28")
            .Timex("July", "2021-07")
            .Trigger("meet", EventType.Meeting)
            .Find();

        var meeting = (Meeting)events.Should().ContainSingle(DebugDump.Dump(events)).Subject;
        meeting.Participants.Select(p => p.Text).Should().BeEquivalentTo("Luis Soto", "Ana Ruiz");
    }
}
