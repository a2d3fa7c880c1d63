using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "The mayor countered that …" reports what she said in reply: a statement, with its subject as the speaker.
/// Sentences invented for these tests.
/// </summary>
public class CounteredThatStatementPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 14);

    [Fact]
    public void Countered_that_is_a_statement_by_its_subject()
    {
        var statements = ArticleBody.Events<Statement>(
            "Critics said the levee had been neglected for years. Mayor Giulia Ferri countered that the town had done everything it could.", Published);

        statements.Should().ContainSingle(e => e.Mentions.Any(m => m.Trigger.Text.StartsWith("countered")))
            .Which.Speakers.Should().ContainSingle().Which.Text.Should().Be("Giulia Ferri");
    }
}
