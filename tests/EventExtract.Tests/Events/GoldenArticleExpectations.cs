using EventExtract.Events;
using EventExtract.Places;
using EventExtract.Time;

namespace EventExtract.Tests.Events;

/// <summary>
/// What a careful reader finds in the golden article (Warsaw Institute, published 29 October 2019), as the issue
/// lists it. Each subclass supplies the events from a different source, so the same expectations check the whole
/// pipeline and the event rules alone.
/// </summary>
public abstract class GoldenArticleExpectations
{
    /// <summary>The events found in the golden article.</summary>
    protected abstract IReadOnlyList<ExtractedEvent> Events { get; }

    /// <summary>The golden article's text, as shipped beside the tests.</summary>
    protected static string ReadArticle() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "warsaw-institute-2019-10-29.txt"));

    private string Dump => DebugDump.Dump(Events);

    private static bool Has(IEnumerable<Actor> actors, string code) => actors.Any(a => a.CountryCode == code);

    private static bool Named(IEnumerable<Actor> actors, string name) =>
        actors.Any(a => a.Canonical.Contains(name, StringComparison.OrdinalIgnoreCase) || a.Text.Contains(name, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void Moscow_meeting_on_October_25_with_its_four_parties()
    {
        var m = Events.OfType<Meeting>().Where(e => e.Date?.Value == "2019-10-25").Should().ContainSingle(Dump).Subject;
        m.Location!.Name.Should().Be("Moscow", Dump);
        m.Location.CountryCode.Should().Be("RU");
        m.Status.Should().Be(EventStatus.Occurred);
        Named(m.Participants, "Khalilzad").Should().BeTrue(Dump);
        foreach (var code in new[] { "RU", "CN", "PK" }) Has(m.Participants, code).Should().BeTrue(Dump);
        // Khalilzad's "trip to Moscow" is the same visit.
        m.Mentions.Select(x => x.Trigger.Text).Should().Contain(t => t.StartsWith("trip", StringComparison.OrdinalIgnoreCase), Dump);
    }

    [Fact]
    public void Beijing_meeting_in_July_of_the_four_countries()
    {
        var m = Events.OfType<Meeting>().Where(e => e.Date?.Value == "2019-07").Should().ContainSingle(Dump).Subject;
        m.Location!.Name.Should().Be("Beijing", Dump);
        foreach (var code in new[] { "RU", "CN", "US", "PK" }) Has(m.Participants, code).Should().BeTrue(Dump);
    }

    [Fact]
    public void Beijing_hosted_meeting_on_October_28()
    {
        var m = Events.OfType<Meeting>().Where(e => e.Date?.Value == "2019-10-28").Should().ContainSingle(Dump).Subject;
        m.Host!.CountryCode.Should().Be("CN", Dump);
        Named(m.Participants, "Taliban").Should().BeTrue(Dump);
        Has(m.Participants, "AF").Should().BeTrue(Dump);
    }

    [Fact]
    public void Taliban_delegation_visit_in_September() =>
        Events.OfType<Meeting>().Should().Contain(e => e.Date != null && e.Date.Value == "2019-09" && Named(e.Participants, "Taliban"), Dump);

    [Fact]
    public void Peace_talks_Trump_refused_and_talks_scheduled_with_Khalilzad()
    {
        var refused = Events.OfType<Meeting>().Where(e => Named(e.Participants, "Trump")).Should().ContainSingle(Dump).Subject;
        refused.Status.Should().Be(EventStatus.Cancelled, Dump);
        refused.Date!.Value.Should().Be("2019-09");
        refused.Date.Mod.Should().Be(TimexMod.Start);

        Events.OfType<Meeting>().Should().Contain(e =>
            e.Mentions.Any(x => x.Sentence.Text.Contains("scheduled to take place")) &&
            (e.Status == EventStatus.Planned || e.Status == EventStatus.Cancelled), Dump);
    }

    [Fact]
    public void Post_meeting_statement_calls_to_resume_the_negotiation_process() =>
        Events.OfType<Statement>().Should().Contain(s => s.Content != null && s.Content.Contains("resume the negotiation process"), Dump);

    [Fact]
    public void Four_countries_call_on_the_Afghan_government_and_the_Taliban()
    {
        var s = Events.OfType<Statement>().Where(e => e.Quote != null && e.Quote.Contains("prisoners")).Should().ContainSingle(Dump).Subject;
        foreach (var code in new[] { "RU", "CN", "US", "PK" }) Has(s.Speakers, code).Should().BeTrue(Dump);
        Named(s.Addressees, "Taliban").Should().BeTrue(Dump);
        Named(s.Addressees, "government").Should().BeTrue(Dump);
        s.Quote.Should().Be("release a significant number of prisoners at the beginning of intra-Afghan negotiations");
    }

    [Fact]
    public void Exactly_one_attack_the_Kabul_bombing()
    {
        var a = Events.OfType<Attack>().Should().ContainSingle(Dump).Subject;
        a.AttackType.Should().Be(AttackType.Terrorist);
        a.Location!.Name.Should().Be("Kabul");
        a.Location.CountryCode.Should().Be("AF");
        a.Killed.Should().Be(12);
        a.Victims.Should().Contain("a U.S. soldier");
        a.Date!.Value.Should().Be("2019-09");
        a.Date.Mod.Should().Be(TimexMod.Start);
    }

    [Fact]
    public void Nothing_from_boilerplate_or_title()
    {
        Events.Should().NotBeEmpty();
        foreach (var e in Events)
            foreach (var m in e.Mentions)
            {
                m.Sentence.Text.Should().NotContain("Warsaw Institute", Dump);
                m.Sentence.Text.Should().NotContain("Friend or Foe", Dump);
                m.Sentence.Text.Should().NotContain("Donations", Dump);
            }
    }
}
