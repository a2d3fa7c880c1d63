using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Officials said Ruiz and Quispe would meet in Lima": "meet" after a modal, with two parties named or counted as its
/// subject and no thing as its object, is a meeting ahead between them (invented sentences, whole pipeline).
/// </summary>
public class MeetingModalPartiesMeetPipelineTests
{
    [Theory]
    [InlineData("Officials said Ruiz and Quispe would meet in Lima.", "Ruiz")]
    [InlineData("The two sides would meet again in Geneva, the mediator said.", "The two sides")]
    [InlineData("The two presidents would meet in Helsinki.", "The two presidents")]
    public void Two_parties_who_would_meet_plan_a_meeting(string text, string party)
    {
        var meeting = ArticleBody.Events<Meeting>(text, new DateOnly(2024, 5, 1)).Should().ContainSingle().Subject;

        meeting.Status.Should().Be(EventStatus.Planned);
        meeting.Participants.Select(p => p.Text).Should().Contain(party);
    }

    [Fact]
    public void Two_parties_who_would_meet_a_target_hold_no_meeting()
    {
        ArticleBody.Events<Meeting>("Officials said Ruiz and Quispe would meet the deadline for the budget.", new DateOnly(2024, 5, 1))
            .Should().BeEmpty();
    }
}
