using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Karl Lind is a lawyer who works in Oslo. He said …": a role after "is"/"was" describes the subject, so "he" stands for
/// the named subject, not for the role. Sentences invented for these tests.
/// </summary>
public class StatementPronounPastPredicatePipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void He_after_a_name_that_is_a_lawyer_is_that_name()
    {
        var statements = ArticleBody.Events<Statement>("Karl Lind is a lawyer who works in Oslo. He said the court had erred.", Published);

        var said = statements.Should().ContainSingle(s => s.Mentions.Any(m => m.Trigger.Text == "said")).Subject;
        said.Speakers.Select(s => s.Canonical).Should().Equal("Karl Lind");
    }

    [Fact]
    public void She_after_a_name_that_was_a_nurse_is_that_name()
    {
        var statements = ArticleBody.Events<Statement>(
            "Ana Ruiz was a nurse at the county hospital for twenty years. She told reporters that the ward had been closed twice.", Published);

        var told = statements.Should().ContainSingle(s => s.Mentions.Any(m => m.Trigger.Text == "told")).Subject;
        told.Speakers.Select(s => s.Canonical).Should().Equal("Ana Ruiz");
    }
}
