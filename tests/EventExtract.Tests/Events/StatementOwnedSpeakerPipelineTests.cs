using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Whole-pipeline speakers that speak for an institution named after them ("A spokesman for the Chinese embassy said"):
/// the speaker is the whole phrase and belongs to the institution's country; "according to a statement from the port
/// authority": the body the document comes from speaks, not the document; "A spokesman for President X said": the
/// spokesman speaks, not X. Invented sentences.
/// </summary>
public class StatementOwnedSpeakerPipelineTests
{
    private static readonly DateOnly Published = new(2026, 6, 12);

    private static Statement Said(string body) => ArticleBody.StatementWithTrigger("Embassy row\n\n" + body, Published, "said");

    [Theory]
    [InlineData("A spokesman for the Chinese embassy said on Tuesday that the talks would resume.", "A spokesman for the Chinese embassy", "CN")]
    [InlineData("A spokesman for the Chinese Foreign Ministry said the talks would resume.", "A spokesman for the Chinese Foreign Ministry", "CN")]
    public void A_spokesman_for_a_national_institution_speaks_for_its_country(string body, string text, string country)
    {
        var speaker = Said(body).Speakers.Should().ContainSingle().Subject;

        speaker.Text.Should().Be(text);
        speaker.CountryCode.Should().Be(country);
    }

    [Fact]
    public void According_to_a_statement_from_an_unnamed_body_has_that_body_as_speaker()
    {
        var statement = ArticleBody.StatementWithTrigger("Port strike\n\nThe port will reopen on Monday, according to a statement from the port authority.", Published, "according to");

        statement.Speakers.Select(s => s.Text).Should().Equal("the port authority");
    }

    [Theory]
    [InlineData("A spokesman for President Tomas Horak said the talks would resume.", "A spokesman for President Tomas Horak")]
    [InlineData("A spokeswoman for Prime Minister Anna Berg said the talks would resume.", "A spokeswoman for Prime Minister Anna Berg")]
    public void A_spokesman_for_a_named_leader_speaks_not_the_leader(string body, string text)
    {
        Said(body).Speakers.Should().ContainSingle().Which.Text.Should().Be(text);
    }
}

