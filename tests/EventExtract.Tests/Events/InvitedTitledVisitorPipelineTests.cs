using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "invited Polish Foreign Minister Bronislaw Geremek to visit Washington": the one invited to visit is a participant of
/// the visit, however many nationality and office words stand before the name. Sentences invented for these tests.
/// </summary>
public class InvitedTitledVisitorPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 14);

    [Theory]
    [InlineData("Secretary of State Madeleine Albright invited Polish Foreign Minister Bronislaw Geremek to visit Washington next month.", "Bronislaw Geremek", "Madeleine Albright")]
    [InlineData("Chancellor Karl Weiss invited Peruvian Foreign Minister Ana Quispe to visit Berlin in June.", "Ana Quispe", "Karl Weiss")]
    public void The_invited_visitor_takes_part_and_the_inviter_hosts(string body, string visitor, string host)
    {
        var meeting = ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle().Subject;

        meeting.Status.Should().Be(EventStatus.Planned);
        meeting.Participants.Select(p => p.Text).Should().Contain(visitor);
        meeting.Host!.Text.Should().Be(host);
    }
}
