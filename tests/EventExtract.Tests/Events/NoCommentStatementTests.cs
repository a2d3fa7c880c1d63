using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "The embassy had no comment": a refusal to speak is a statement its speaker did not make (negated), however short
/// the sentence. Sentences invented for these tests.
/// </summary>
public class NoCommentStatementTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("The embassy had no comment.", "The embassy")]
    [InlineData("The White House had no immediate comment on the report.", "White House")]
    public void Having_no_comment_is_a_negated_statement(string text, string speaker)
    {
        var statement = ArticleBody.Events<Statement>(text, Published).Should().ContainSingle().Subject;

        statement.Status.Should().Be(EventStatus.Negated);
        statement.Speakers.Select(s => s.Text).Should().Contain(speaker);
    }
}
