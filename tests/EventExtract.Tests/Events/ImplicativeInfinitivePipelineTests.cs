using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Whole-pipeline status of a trigger in an infinitive: after "managed to", "went on to", "was quick to" it was done,
/// while "agreed to" or "plans to" still only plan it. Invented sentences.
/// </summary>
public class ImplicativeInfinitivePipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 12);

    [Theory]
    [InlineData("The mediator, Ana Ruiz, went on to say that both sides had made concessions.", "say")]
    [InlineData("The opposition leader was quick to condemn the decision.", "condemn")]
    public void A_statement_after_an_implicative_verb_was_made(string sentence, string trigger)
    {
        var statement = ArticleBody.StatementWithTrigger("Port strike\n\n" + sentence, Published, trigger);

        statement.Status.Should().Be(EventStatus.Occurred);
    }

    [Theory]
    [InlineData("The mayor managed to meet union leaders in the town hall on Monday.", EventStatus.Occurred)]
    [InlineData("The port owners agreed to meet union leaders in the town hall next week.", EventStatus.Planned)]
    public void A_meeting_someone_managed_to_hold_took_place_while_one_agreed_to_is_planned(string sentence, EventStatus status)
    {
        var meeting = ArticleBody.ArticleEvents<Meeting>("Port strike\n\n" + sentence, Published).Should().ContainSingle().Subject;

        meeting.Status.Should().Be(status);
    }
}
