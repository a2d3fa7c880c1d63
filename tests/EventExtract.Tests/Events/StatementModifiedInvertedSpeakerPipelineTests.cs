using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// '"…," says one senior official involved in the talks': after a quote, an unnamed noun phrase right after the
/// reporting verb speaks even when a participle, relative clause or preposition follows its head; a thing in that
/// slot ("a copy of the letter") does not. Sentences invented for these tests.
/// </summary>
public class StatementModifiedInvertedSpeakerPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("\"He is unpredictable,\" says one senior diplomat involved in the negotiations.", "one senior diplomat")]
    [InlineData("\"The market is nervous,\" said a trader working for a large bank in Frankfurt.", "a trader")]
    [InlineData("\"We did everything we could,\" said one firefighter who had been at the scene since dawn.", "one firefighter")]
    public void An_unnamed_speaker_after_the_verb_speaks_past_its_modifier(string body, string speaker)
    {
        var statement = ArticleBody.Events<Statement>(body, Published).Should().ContainSingle().Subject;

        statement.Speakers.Select(s => s.Text).Should().Equal(speaker);
    }

    [Fact]
    public void A_thing_after_the_verb_is_no_speaker()
    {
        var statement = ArticleBody.Events<Statement>(
            "\"The family must stay together,\" said a French translation of the appeal.", Published).Should().ContainSingle().Subject;

        statement.Speakers.Should().BeEmpty();
    }
}
