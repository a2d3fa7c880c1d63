using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "held a two-hour session with union leaders", "The session with Iranian negotiators lasted four hours": a session with a
/// party is a meeting with it (a definite one after a meeting is that meeting); a session of practice or of a craft
/// ("a photo session with fans") is none. Sentences invented for these tests.
/// </summary>
public class SessionWithPartyPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 14);

    [Fact]
    public void A_session_with_a_party_is_a_meeting_with_it()
    {
        var meeting = ArticleBody.Events<Meeting>("The labor minister held a two-hour session with union leaders on Friday.", Published)
            .Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain("union leaders");
        meeting.Date!.Value.Should().Be("2024-05-10");
    }

    [Fact]
    public void The_session_after_a_meeting_is_that_meeting()
    {
        const string body = "Officials from the two countries met in Geneva on Tuesday. The session with Iranian negotiators lasted four hours, a diplomat said.";

        var meeting = ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain("Iranian negotiators");
    }

    [Theory]
    [InlineData("The striker posed for a photo session with fans on Sunday.")]
    [InlineData("The coach held a training session with the squad on Monday.")]
    public void A_session_of_practice_is_no_meeting(string body)
    {
        ArticleBody.Events<Meeting>(body, Published).Should().BeEmpty();
    }
}
