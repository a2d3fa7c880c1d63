using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "The company's bargaining team met with union negotiators", "The two delegations held a negotiating session": a
/// team or several delegations are an unnamed party (party-heads.txt), a participant named by its own words. Sentences
/// invented for these tests.
/// </summary>
public class MeetingTeamAndDelegationsPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("The airline's bargaining team met with union negotiators for six hours on Monday.", "team")]
    [InlineData("The Estonian and Latvian delegations held a negotiating session in Tartu.", "delegations")]
    public void The_team_or_delegations_are_a_participant(string body, string head)
    {
        var meeting = ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain(t => t.EndsWith(head));
    }
}
