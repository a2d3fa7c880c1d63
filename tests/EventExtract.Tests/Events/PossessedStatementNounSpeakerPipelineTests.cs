using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "The court ruled in favor of the minister's request that …": the possessor of a statement noun makes the request,
/// not the subject of the verb that takes it. Sentences invented for these tests.
/// </summary>
public class PossessedStatementNounSpeakerPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 14);

    [Theory]
    [InlineData("The court ruled in favor of the minister's request that the hearing be delayed.", "the minister")]
    [InlineData("The court ruled in favor of Ellen Marsh's request that the hearing be delayed.", "Ellen Marsh")]
    public void The_possessor_speaks(string body, string speaker)
    {
        var statement = ArticleBody.Events<Statement>(body, Published).Should().ContainSingle(e => e.Trigger.Text == "request").Subject;

        statement.Speakers.Should().ContainSingle().Which.Text.Should().Be(speaker);
    }

    [Fact]
    public void Without_a_possessor_the_verb_subject_still_speaks()
    {
        const string body = "The minister renewed the request that the hearing be delayed.";

        var statement = ArticleBody.Events<Statement>(body, Published).Should().ContainSingle(e => e.Mentions.Any(m => m.Trigger.Text == "request")).Subject;

        statement.Speakers.Should().ContainSingle().Which.Text.Should().Be("The minister");
    }
}
