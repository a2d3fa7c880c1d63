using EventExtract.Events;
using EventExtract.Places;

namespace EventExtract.Tests.Events;

public class MeetingArgumentTests
{
    private static readonly DateOnly Published = new(2021, 6, 30);

    [Fact]
    public void Subject_with_phrase_place_and_date_fill_a_meeting()
    {
        var events = new TestDocument("On March 3, Indian Prime Minister Narendra Modi met with Japanese counterparts in Tokyo.", Published)
            .Actor("Narendra Modi", ActorKind.Person, "IN")
            .Actor("Japanese counterparts", ActorKind.Other, "JP")
            .Place("Tokyo", "JP")
            .Timex("March 3", "2021-03-03")
            .Trigger("met", EventType.Meeting)
            .Find();

        var meeting = events.Should().ContainSingle().Which.Should().BeOfType<Meeting>().Subject;
        meeting.Participants.Select(p => p.Text).Should().BeEquivalentTo("Narendra Modi", "Japanese counterparts");
        meeting.Location!.Name.Should().Be("Tokyo");
        meeting.Date!.Value.Should().Be("2021-03-03");
        meeting.Status.Should().Be(EventStatus.Occurred);
        meeting.Trigger.Text.Should().Be("met");
    }

    [Fact]
    public void Between_x_and_y_gives_both_parties()
    {
        var events = new TestDocument("Talks between Ethiopia and Egypt were held in Cairo in June.", Published)
            .Country("Ethiopia", "ET").Country("Egypt", "EG").Place("Cairo", "EG")
            .Timex("June", "2021-06")
            .Trigger("Talks", EventType.Meeting)
            .Find();

        var meeting = (Meeting)events.Should().ContainSingle().Subject;
        meeting.Participants.Select(p => p.CountryCode).Should().BeEquivalentTo("ET", "EG");
        meeting.Location!.Name.Should().Be("Cairo");
        meeting.Date!.Value.Should().Be("2021-06");
    }

    [Fact]
    public void Coordinated_subjects_holding_talks_are_participants_and_on_phrase_is_the_topic()
    {
        var events = new TestDocument("Germany, France and Poland held talks on energy security.", Published)
            .Country("Germany", "DE").Country("France", "FR").Country("Poland", "PL")
            .Trigger("talks", EventType.Meeting)
            .Find();

        var meeting = (Meeting)events.Should().ContainSingle().Subject;
        meeting.Participants.Select(p => p.CountryCode).Should().Equal("DE", "FR", "PL");
        meeting.Topic.Should().Be("energy security");
    }

    [Fact]
    public void A_trip_to_a_capital_is_located_there_and_the_capital_hosts()
    {
        var events = new TestDocument("The Turkish foreign minister Ali Demir made a trip to Tehran.", Published)
            .Actor("Ali Demir", ActorKind.Person, "TR")
            .Country("Tehran", "IR", isCountry: false)
            .Trigger("trip", EventType.Meeting)
            .Find();

        var meeting = (Meeting)events.Should().ContainSingle().Subject;
        meeting.Location!.Name.Should().Be("Tehran");
        meeting.Host!.CountryCode.Should().Be("IR");
        meeting.Participants.Select(p => p.Text).Should().Contain("Ali Demir");
    }

    [Fact]
    public void Hosting_subject_is_the_host_and_objects_are_participants()
    {
        var events = new TestDocument("Nairobi, for its part, hosted Somali officials and the al-Shabaab envoys.", Published)
            .Country("Nairobi", "KE", isCountry: false)
            .Actor("Somali officials", ActorKind.Other, "SO")
            .Actor("al-Shabaab envoys", ActorKind.Group, "SO")
            .Trigger("hosted", EventType.Meeting)
            .Find();

        var meeting = (Meeting)events.Should().ContainSingle().Subject;
        meeting.Host!.Text.Should().Be("Nairobi");
        meeting.Participants.Select(p => p.Text).Should().BeEquivalentTo("Nairobi", "Somali officials", "al-Shabaab envoys");
        meeting.Location!.Name.Should().Be("Nairobi");
    }

    [Fact]
    public void Demonym_hosts_become_the_host()
    {
        var events = new TestDocument("Ali Demir visited Paris for a meeting with French hosts.", Published)
            .Actor("Ali Demir", ActorKind.Person, "TR")
            .Place("Paris", "FR")
            .Actor("French hosts", ActorKind.Other, "FR")
            .Trigger("visited", EventType.Meeting)
            .Trigger("meeting", EventType.Meeting)
            .Find();

        var meeting = (Meeting)events.Should().ContainSingle(DebugDump.Dump(events)).Subject;
        meeting.Host.Should().NotBeNull(DebugDump.Dump(events));
        meeting.Mentions.Should().HaveCount(2);
        meeting.Host!.Text.Should().Be("French hosts");
        meeting.Location!.Name.Should().Be("Paris");
    }

    [Fact]
    public void A_prepositional_object_before_the_verb_is_not_its_subject()
    {
        var events = new TestDocument("Canada and Mexico, with the support of Chile, also sat down with Brazil.", Published)
            .Country("Canada", "CA").Country("Mexico", "MX").Country("Chile", "CL").Country("Brazil", "BR")
            .Trigger("sat down with", EventType.Meeting)
            .Find();

        var meeting = (Meeting)events.Should().ContainSingle().Subject;
        meeting.Participants.Select(p => p.CountryCode).Should().BeEquivalentTo("CA", "MX", "BR");
    }

    [Fact]
    public void A_noun_trigger_takes_the_subject_of_its_governing_verb()
    {
        var events = new TestDocument("Spain refused to take part in the trade negotiations.", Published)
            .Country("Spain", "ES")
            .Trigger("negotiations", EventType.Meeting)
            .Find();

        var meeting = (Meeting)events.Should().ContainSingle().Subject;
        meeting.Participants.Select(p => p.CountryCode).Should().Equal("ES");
        meeting.Status.Should().Be(EventStatus.Cancelled);
    }

    [Fact]
    public void Visit_of_x_names_the_visitor()
    {
        var events = new TestDocument("After a visit of the Hamas delegation in May, nothing changed.", Published)
            .Actor("Hamas delegation", ActorKind.Group, "PS")
            .Timex("May", "2021-05")
            .Trigger("visit", EventType.Meeting)
            .Find();

        var meeting = (Meeting)events.Should().ContainSingle().Subject;
        meeting.Participants.Select(p => p.Text).Should().Equal("Hamas delegation");
        meeting.Date!.Value.Should().Be("2021-05");
    }
}
