using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "The two delegations are expected to meet again": delegations speak for the sides of the talks told before, not for
/// the last two people named (a spokesman and the channel he told). Invented story.
/// </summary>
public class MeetingDelegationsReferencePipelineTests
{
    [Fact]
    public void The_two_delegations_are_the_sides_of_the_talks_told_before()
    {
        const string body = "The army chief and the leader of the rebel movement held talks in Geneva on Sunday, mediators said.\n\n"
            + "\"We are ready for a ceasefire,\" army spokesman Omar Haddad told Al Jazeera.\n\n"
            + "The two delegations are expected to meet again next week, a U.N. official said.";
        var planned = ArticleBody.Events<Meeting>(body, new DateOnly(2024, 5, 1)).Should().ContainSingle(m => m.Status == EventStatus.Planned).Subject;
        planned.Participants.Select(p => p.Text).Should().NotContain(new[] { "Omar Haddad", "Al Jazeera" }).And.NotBeEmpty();
    }
}
