using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// '"…," Toledo said': a surname the gazetteer knows as a town, alone between a quotation and its reporting verb, is
/// the speaker; the names inside the quotation are not. Sentences invented for these tests.
/// </summary>
public class PlaceNamedSpeakerPipelineTests
{
    private static readonly DateOnly Published = new(2024, 6, 27);

    [Theory]
    [InlineData("\"The gangs are growing,\" Toledo said.", "Toledo")]
    [InlineData("\"We are ready,\" Florence said on Monday.", "Florence")]
    public void A_town_name_between_a_quotation_and_said_is_the_speaker(string body, string speaker)
    {
        var statement = ArticleBody.Events<Statement>(body, Published).Should().ContainSingle().Subject;

        statement.Speakers.Should().ContainSingle().Which.Text.Should().Be(speaker);
    }
}
