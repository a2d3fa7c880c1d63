using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// A country abbreviation coordinated with a nationality before a party noun ("U.S. and Kuwaiti officials") modifies
/// that noun as the nationality does: the phrase is one speaker, not the country plus the officials.
/// </summary>
public class CoordinatedSpeakerTests
{
    private static readonly EventExtractor Extractor = EventExtractor.Create();

    private static Statement OnlyStatement(string text) =>
        Extractor.Extract("Headline\n\n" + text, new ArticleInfo(Published: new DateOnly(2026, 5, 14))).Events.OfType<Statement>().Should().ContainSingle().Subject;

    [Fact]
    public void A_country_abbreviation_before_and_a_nationality_shares_the_party_noun()
    {
        var statement = OnlyStatement("U.S. and Kuwaiti officials say the talks will resume next week.");

        statement.Speakers.Select(a => a.Text).Should().Equal("U.S. and Kuwaiti officials");
    }

    [Fact]
    public void A_country_name_written_out_stays_a_party_of_its_own()
    {
        var statement = OnlyStatement("Israel and Palestinian officials said on Monday the talks would resume.");

        statement.Speakers.Select(a => a.Text).Should().Contain("Israel");
    }
}
