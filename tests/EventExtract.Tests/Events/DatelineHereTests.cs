using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "here" in a datelined story: an attack or meeting whose own clause says it happened "here" took place in the
/// dateline city; a statement made "here" gets no place from it.
/// </summary>
public class DatelineHereTests
{
    private static readonly DateOnly Published = new(2026, 5, 14);

    private static readonly EventExtractor Extractor = EventExtractor.Create();

    [Fact]
    public void An_attack_said_to_happen_here_takes_the_dateline_city()
    {
        var events = Extractor.Extract(
            "Station bombed\n\nNAIROBI, Kenya (AP) — A bomb exploded outside a police station here on Tuesday, killing two officers, police said.",
            new ArticleInfo(Published: Published)).Events;

        var attack = events.OfType<Attack>().Should().ContainSingle().Subject;
        attack.Location!.Name.Should().Be("Nairobi");
        attack.Location.CountryCode.Should().Be("KE");
        // "police said" after the attack's clause is not said to be "here".
        events.OfType<Statement>().Should().ContainSingle().Which.Location.Should().BeNull();
    }

    [Fact]
    public void A_statement_made_here_gets_no_place()
    {
        var statement = Extractor.Extract(
            "Probe goes on\n\nNAIROBI, Kenya (AP) — The FBI director said here Friday that the inquiry would go on.",
            new ArticleInfo(Published: Published)).Events.OfType<Statement>().Should().ContainSingle().Subject;

        statement.Location.Should().BeNull();
    }
}
