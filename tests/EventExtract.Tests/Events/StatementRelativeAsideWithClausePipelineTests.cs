using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "The coach's widow, who met him when he played in Lyon, said …": a relative clause set off by commas may hold a
/// clause of its own ("when …"); the phrase before it still speaks, not a name inside it. Sentences invented for these tests.
/// </summary>
public class StatementRelativeAsideWithClausePipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void A_possessed_subject_before_a_relative_clause_with_a_when_clause_speaks()
    {
        var statements = ArticleBody.Events<Statement>(
            "Dupont's widow, who met Dupont when Dupont played in Lyon, said on Friday that the club had forgotten him.", Published);

        var said = statements.Should().ContainSingle(s => s.Mentions.Any(m => m.Trigger.Text == "said")).Subject;
        said.Speakers.Select(s => s.Text).Should().Equal("Dupont's widow");
    }

    [Fact]
    public void A_relative_clause_broken_by_a_semicolon_is_no_aside()
    {
        var statements = ArticleBody.Events<Statement>(
            "Anna Berg, who chairs the panel; the report, published on Friday, said the lake was warming.", Published);

        var said = statements.Should().ContainSingle(s => s.Mentions.Any(m => m.Trigger.Text == "said")).Subject;
        said.Speakers.Select(s => s.Canonical).Should().NotContain("Anna Berg");
    }
}
