using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Several of them said", "One of the survivors told reporters": a quantifier with its "of" phrase speaks as a whole,
/// not the whole group after "of", and not no one. Sentences invented for these tests.
/// </summary>
public class PartitiveSpeakerPipelineTests
{
    private static readonly DateOnly Published = new(2025, 3, 9);

    [Theory]
    [InlineData("Johnson met Republican lawmakers on Thursday. Several of them said afterwards that they expected a long shutdown.", "Several of them")]
    [InlineData("Many of the residents said they had heard explosions before dawn.", "Many of the residents")]
    [InlineData("One of the survivors told reporters that the gunmen wore uniforms.", "One of the survivors")]
    public void The_quantified_phrase_speaks(string text, string speaker) =>
        ArticleBody.Events<Statement>(text, Published).Should().ContainSingle()
            .Which.Speakers.Should().ContainSingle().Which.Text.Should().Be(speaker);
}
