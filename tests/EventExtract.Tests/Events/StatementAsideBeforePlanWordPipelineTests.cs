using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "President X, who met Y last week, is due to address the nation": a relative clause set off by commas before a word
/// of planning leaves X the one who will speak, not the person named inside the clause. Sentences invented for these tests.
/// </summary>
public class StatementAsideBeforePlanWordPipelineTests
{
    private static readonly DateOnly Published = new(2025, 3, 6);

    [Theory]
    [InlineData("President Maria Lindqvist, who met opposition leader Jonas Berg last week, is due to address the nation on Wednesday.", "Maria Lindqvist")]
    [InlineData("The governor, who visited Tom Harlan in hospital on Monday, is expected to announce new measures on Friday.", "The governor")]
    public void The_subject_before_the_aside_speaks(string sentence, string speaker) =>
        ArticleBody.Events<Statement>(sentence, Published).Should().ContainSingle()
            .Which.Speakers.Should().ContainSingle().Which.Text.Should().Be(speaker);
}
