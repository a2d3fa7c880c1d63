using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "held a call on Thursday", "had a call with": a call held between leaders is a phone call (a Meeting in the
/// schema), not a "call on" someone to act. Sentences invented for these tests.
/// </summary>
public class MeetingHeldCallPipelineTests
{
    private static readonly DateOnly Published = new(2024, 6, 2);

    [Theory]
    [InlineData("Prime Minister Ana Lind and President Tomas Berg held a call on Thursday.")]
    [InlineData("Prime Minister Ana Lind and President Tomas Berg held a call.")]
    [InlineData("Prime Minister Ana Lind had a call with President Tomas Berg on Thursday.")]
    public void A_held_call_is_a_meeting_of_both(string body)
    {
        var meeting = ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain("Ana Lind").And.Contain("Tomas Berg");
        ArticleBody.Events<Statement>(body, Published).Should().BeEmpty();
    }

    [Fact]
    public void A_renewed_call_on_a_leader_is_still_a_statement()
    {
        ArticleBody.Events<Statement>("Prime Minister Ana Lind renewed her call on President Tomas Berg to open the border.", Published)
            .Should().ContainSingle();
    }
}
