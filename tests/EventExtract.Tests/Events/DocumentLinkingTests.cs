using EventExtract.Events;
using EventExtract.Places;
using EventExtract.Text;

namespace EventExtract.Tests.Events;

public class DocumentLinkingTests
{
    private static readonly DateOnly Published = new(2023, 5, 20);

    [Fact]
    public void Two_mentions_of_one_visit_merge_with_arguments_unioned()
    {
        var events = new TestDocument(
                "Greek envoy Nikos Pappas made a trip to Ankara. On May 12, Nikos Pappas visited Ankara for talks with Turkish hosts.", Published)
            .Actor("Nikos Pappas", ActorKind.Person, "GR")
            .Actor("Nikos Pappas", ActorKind.Person, "GR", nth: 1)
            .Country("Ankara", "TR", isCountry: false)
            .Country("Ankara", "TR", isCountry: false, nth: 1)
            .Actor("Turkish hosts", ActorKind.Other, "TR")
            .Timex("May 12", "2023-05-12")
            .Trigger("trip", EventType.Meeting)
            .Trigger("visited", EventType.Meeting)
            .Trigger("talks", EventType.Meeting)
            .Find();

        var meeting = (Meeting)events.Should().ContainSingle().Subject;
        meeting.Mentions.Select(m => m.Trigger.Text).Should().Equal("trip", "visited", "talks");
        meeting.Date!.Value.Should().Be("2023-05-12");
        meeting.Location!.Name.Should().Be("Ankara");
        meeting.Participants.Select(p => p.Text).Should().Contain(new[] { "Nikos Pappas", "Turkish hosts" });
    }

    [Fact]
    public void A_definite_description_in_the_next_sentence_dates_the_event_it_refers_to()
    {
        var events = new TestDocument(
                "Oslo hosted Sudanese officials and rebel envoys, and earlier the latter had talked with Egyptian mediators. The meeting took place on May 2.", Published)
            .Country("Oslo", "NO", isCountry: false)
            .Actor("Sudanese officials", ActorKind.Other, "SD")
            .Actor("rebel envoys", ActorKind.Group, "SD")
            .Actor("Egyptian mediators", ActorKind.Other, "EG")
            .Timex("May 2", "2023-05-02")
            .Trigger("hosted", EventType.Meeting)
            .Trigger("talked with", EventType.Meeting)
            .Trigger("meeting", EventType.Meeting)
            .Trigger("took place", EventType.Meeting)
            .Find();

        var meetings = events.OfType<Meeting>().ToList();
        meetings.Should().HaveCount(2);
        var hosted = meetings[0];
        hosted.Host!.Text.Should().Be("Oslo");
        hosted.Date!.Value.Should().Be("2023-05-02");
        hosted.Mentions.Select(m => m.Trigger.Text).Should().Equal("hosted", "meeting", "took place");
        meetings[1].Participants.Select(p => p.Text).Should().BeEquivalentTo("rebel envoys", "Egyptian mediators");
        meetings[1].Date.Should().BeNull();
    }

    [Fact]
    public void Count_of_countries_resolves_to_the_last_list_of_that_many_countries()
    {
        var events = new TestDocument(
                "Chile, Peru and Bolivia urged Argentina to act. Earlier, the three countries held a meeting in Quito in April.", Published)
            .Country("Chile", "CL").Country("Peru", "PE").Country("Bolivia", "BO").Country("Argentina", "AR")
            .Place("Quito", "EC").Timex("April", "2023-04")
            .Trigger("urged", EventType.Statement)
            .Trigger("meeting", EventType.Meeting)
            .Find();

        var meeting = events.OfType<Meeting>().Single();
        meeting.Participants.Select(p => p.CountryCode).Should().Equal("CL", "PE", "BO");
        meeting.Location!.Name.Should().Be("Quito");
        meeting.Date!.Value.Should().Be("2023-04");
    }

    [Fact]
    public void Meetings_with_different_dates_stay_apart()
    {
        var events = new TestDocument(
                "Chile and Peru met in Lima in March. Chile and Peru met in Lima in April.", Published)
            .Country("Chile", "CL").Country("Peru", "PE").Country("Chile", "CL", nth: 1).Country("Peru", "PE", nth: 1)
            .Place("Lima", "PE").Place("Lima", "PE", nth: 1)
            .Timex("March", "2023-03").Timex("April", "2023-04")
            .Trigger("met", EventType.Meeting).Trigger("met", EventType.Meeting, nth: 1)
            .Find();
        events.Should().HaveCount(2);
    }

    [Fact]
    public void Each_speech_act_is_its_own_statement()
    {
        var events = new TestDocument("Chile said it was ready. Chile said it would wait.", Published)
            .Country("Chile", "CL").Country("Chile", "CL", nth: 1)
            .Trigger("said", EventType.Statement).Trigger("said", EventType.Statement, nth: 1)
            .Find();
        events.Should().HaveCount(2);
    }

    [Fact]
    public void Only_body_paragraphs_yield_events()
    {
        var events = new TestDocument("Chile and Peru met.\n\nSupport us: Chile and Peru met.", Published)
            .Role(1, ParagraphRole.Boilerplate)
            .Country("Chile", "CL").Country("Peru", "PE")
            .Trigger("met", EventType.Meeting).Trigger("met", EventType.Meeting, nth: 1)
            .Find();
        events.Should().ContainSingle().Which.Sentence.Span.Start.Should().Be(0);
    }

    [Fact]
    public void Confidence_grows_with_argument_completeness()
    {
        var bare = new TestDocument("They met.", Published).Trigger("met", EventType.Meeting).Find().Single();
        var full = new TestDocument("Chile and Peru met in Lima on May 2.", Published)
            .Country("Chile", "CL").Country("Peru", "PE").Place("Lima", "PE").Timex("May 2", "2023-05-02")
            .Trigger("met", EventType.Meeting).Find().Single();
        bare.Confidence.Should().BeInRange(0f, 1f);
        full.Confidence.Should().BeGreaterThan(bare.Confidence);
        full.Confidence.Should().BeLessThanOrEqualTo(0.8f);
    }

    [Fact]
    public void Offsets_give_back_the_trigger_and_sentence_text()
    {
        const string text = "Intro line.\n\nOn May 2, Chile and Peru met in Lima.";
        var events = new TestDocument(text, Published)
            .Country("Chile", "CL").Country("Peru", "PE").Place("Lima", "PE")
            .Trigger("met", EventType.Meeting).Find();
        var e = events.Single();
        text.Substring(e.Trigger.Span.Start, e.Trigger.Span.Length).Should().Be("met");
        text.Substring(e.Sentence.Span.Start, e.Sentence.Span.Length).Should().Be(e.Sentence.Text);
    }
}
