using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "The report, published by the WHO on Tuesday, warned that …": a definite document set off with its own author is a
/// new speech act, spoken by the author together with the verb it is the subject of, not a back-reference to the
/// statement before. Sentences invented for these tests.
/// </summary>
public class DocumentAuthorAsidePipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void The_document_with_its_own_author_is_the_authors_statement()
    {
        var statements = ArticleBody.Events<Statement>(
            "Residents said they had never been consulted. The report, published by the World Health Organization on Tuesday, warned that cases were rising.", Published);

        var warning = statements.Should().ContainSingle(e => e.Mentions.Any(m => m.Trigger.Text == "warned" && m.Trigger.Span.Start > 50)).Subject;
        warning.Mentions.Select(m => m.Trigger.Text).Should().Contain("report");
        warning.Speakers.Should().ContainSingle().Which.Text.Should().Be("World Health Organization");
        statements.Single(e => e.Mentions.Any(m => m.Trigger.Text == "said")).Mentions.Should().ContainSingle();
    }
}
