using EventExtract.Events;
using EventExtract.Places;

namespace EventExtract.Tests.Events;

public class StatusTests
{
    private static EventStatus StatusOf(string sentence, string trigger, DateOnly? published = null)
    {
        var doc = new TestDocument(sentence, published ?? new DateOnly(2021, 6, 30));
        if (sentence.Contains("Chile")) doc.Country("Chile", "CL");
        if (sentence.Contains("Peru")) doc.Country("Peru", "PE");
        var events = doc.Trigger(trigger, EventType.Meeting).Find();
        return events.Should().ContainSingle().Subject.Status;
    }

    [Theory]
    [InlineData("Chile and Peru met in Lima.", "met", EventStatus.Occurred)]
    [InlineData("Chile and Peru will meet in Lima.", "meet", EventStatus.Planned)]
    [InlineData("Chile plans to meet Peru.", "meet", EventStatus.Planned)]
    [InlineData("Chile is to hold talks with Peru.", "talks", EventStatus.Planned)]
    [InlineData("Chile and Peru did not meet.", "meet", EventStatus.Negated)]
    [InlineData("Chile and Peru never met.", "met", EventStatus.Negated)]
    [InlineData("Chile and Peru could meet in Lima.", "meet", EventStatus.Hypothetical)]
    [InlineData("If Chile and Peru meet, prices will fall.", "meet", EventStatus.Hypothetical)]
    [InlineData("Chile called off the summit with Peru.", "summit", EventStatus.Cancelled)]
    [InlineData("Chile postponed talks with Peru.", "talks", EventStatus.Cancelled)]
    [InlineData("Chile refused to take part in talks with Peru.", "talks", EventStatus.Cancelled)]
    public void Cue_words_governing_the_trigger_set_the_status(string sentence, string trigger, EventStatus expected) =>
        StatusOf(sentence, trigger).Should().Be(expected);

    [Fact]
    public void Cues_after_a_subject_noun_trigger_count()
    {
        StatusOf("Talks with Peru were also scheduled to take place in Lima.", "Talks").Should().Be(EventStatus.Planned);
        StatusOf("The summit with Peru was called off.", "summit").Should().Be(EventStatus.Cancelled);
    }

    [Fact]
    public void A_cue_governing_another_trigger_does_not_leak()
    {
        var events = new TestDocument("Chile refused to take part in talks after a deadly bombing in Lima that left 4 people dead.", new DateOnly(2021, 6, 30))
            .Country("Chile", "CL").Place("Lima", "PE")
            .Trigger("talks", EventType.Meeting)
            .Trigger("bombing", EventType.Attack)
            .Find();
        events.Single(e => e.Type == EventType.Meeting).Status.Should().Be(EventStatus.Cancelled);
        events.Single(e => e.Type == EventType.Attack).Status.Should().Be(EventStatus.Occurred);
    }

    [Fact]
    public void A_date_after_publication_makes_an_event_planned()
    {
        var events = new TestDocument("Chile and Peru meet in Lima on July 9.", new DateOnly(2021, 6, 30))
            .Country("Chile", "CL").Country("Peru", "PE")
            .Timex("July 9", "2021-07-09")
            .Trigger("meet", EventType.Meeting)
            .Find();
        events.Single().Status.Should().Be(EventStatus.Planned);
    }
}
