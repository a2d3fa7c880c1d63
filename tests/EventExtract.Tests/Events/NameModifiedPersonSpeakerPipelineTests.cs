using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "a Reuters witness said", "an Obama aide said": a person noun after a name that only says whose people are meant
/// speaks as a whole; the agency or the politician named said nothing. Sentences invented for these tests.
/// </summary>
public class NameModifiedPersonSpeakerPipelineTests
{
    private static readonly DateOnly Published = new(2025, 3, 9);

    [Theory]
    [InlineData("The crowd marched on parliament after the vote, a Reuters witness said.", "a Reuters witness")]
    [InlineData("The talks went on past midnight, an Obama aide said.", "an Obama aide")]
    [InlineData("The talks went on past midnight, a CNN reporter said.", "a CNN reporter")]
    public void The_whole_phrase_speaks_not_the_name(string sentence, string speaker) =>
        ArticleBody.Events<Statement>(sentence, Published).Should().ContainSingle()
            .Which.Speakers.Should().ContainSingle().Which.Text.Should().Be(speaker);
}
