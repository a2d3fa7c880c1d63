using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "…, two sources briefed on the matter told Reuters.", "…, sources familiar with the plans said.": a reporting clause
/// closing the sentence after a comma has the whole post-modified phrase as its speaker, not the noun ending the modifier
/// (made-up sentences, whole pipeline).
/// </summary>
public class StatementTrailingModifiedSpeakerTests
{
    private static readonly DateOnly Published = new(2024, 5, 4);

    [Theory]
    [InlineData("The director was expected to attend the talks, two sources briefed on the matter told Reuters.", "two sources briefed on the matter")]
    [InlineData("The director was expected to attend the talks, sources familiar with the plans said.", "sources familiar with the plans")]
    public void The_post_modified_phrase_speaks(string text, string speaker)
    {
        var statement = ArticleBody.Events<Statement>(text, Published).Should().ContainSingle().Subject;
        statement.Speakers.Should().ContainSingle().Which.Text.Should().Be(speaker);
    }
}
