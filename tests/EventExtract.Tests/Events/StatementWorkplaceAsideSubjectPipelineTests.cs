using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Officials at the Health Ministry, who asked not to be named, said": before an aside, a place of work after the
/// subject's head is only its prepositional object; the party before the preposition speaks. Sentences invented for
/// these tests.
/// </summary>
public class StatementWorkplaceAsideSubjectPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void The_party_before_a_workplace_and_an_aside_speaks()
    {
        var statement = ArticleBody.Events<Statement>(
            "Officials at the Finance Ministry, who asked not to be named, said the budget would be cut.", Published)
            .Should().ContainSingle(s => s.Mentions.Any(m => m.Trigger.Text == "said")).Subject;

        statement.Speakers.Select(s => s.Text).Should().Equal("Officials");
    }
}
