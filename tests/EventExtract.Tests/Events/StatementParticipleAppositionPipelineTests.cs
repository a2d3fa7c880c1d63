using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Her husband, a retired firefighter, says …": an apposition whose noun a participle modifies ("a retired …", "a
/// trained …") is still a verbless aside; the subject before it speaks. Sentences invented for these tests.
/// </summary>
public class StatementParticipleAppositionPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void A_possessed_subject_with_a_retired_apposition_speaks()
    {
        var statements = ArticleBody.Events<Statement>("Her husband, a retired firefighter, says the council ignored the warnings.", Published);

        var says = statements.Should().ContainSingle(s => s.Mentions.Any(m => m.Trigger.Text == "says")).Subject;
        says.Speakers.Select(s => s.Text).Should().ContainSingle().Which.Should().EndWith("husband");
    }

    [Fact]
    public void The_apposition_of_an_unnamed_subject_is_not_a_second_speaker()
    {
        var statements = ArticleBody.Events<Statement>("The mayor, a trained lawyer, said the plan was legal.", Published);

        var said = statements.Should().ContainSingle(s => s.Mentions.Any(m => m.Trigger.Text == "said")).Subject;
        said.Speakers.Select(s => s.Text).Should().Equal("The mayor");
    }
}
