using EventExtract.Events;
using FluentAssertions;
using Xunit;

namespace EventExtract.Tests.Events;

/// <summary>
/// A question put to someone ("asked whether", "Asked about") is a statement of asking whose addressee is the one
/// who answers in the main clause, whether the asking opens the sentence or sits in an aside after the subject.
/// </summary>
public sealed class AskedQuestionPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("Asked about the sanctions, President Ortiz replied that they would not change his policy.", "Asked", "Ortiz")]
    [InlineData("Crown Prince Ali, asked whether Jordan would close the border, said it would not.", "asked", "Crown Prince Ali")]
    [InlineData("Governor Maria Lopez, asked whether she would run again, said she had not decided.", "asked", "Maria Lopez")]
    public void TheAskingIsPutToWhoAnswers(string body, string trigger, string answerer)
    {
        var events = ArticleBody.Events<Statement>(body, Published);
        var asking = events.Should().ContainSingle(e => e.Trigger.Text == trigger).Subject;
        asking.Addressees.Select(a => a.Text).Should().ContainSingle().Which.Should().Contain(answerer);
        asking.Speakers.Should().BeEmpty();
        events.Should().Contain(e => e.Trigger.Text != trigger && e.Speakers.Any(s => s.Text.Contains(answerer)));
    }
}
