using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "X and Y have not met since their summit": "their" stands for the list that is the subject of the negated verb before
/// it, as it does for a verb that is not negated (invented sentences, whole pipeline).
/// </summary>
public class MeetingTheirAfterNegatedListPipelineTests
{
    [Fact]
    public void Their_summit_is_the_summit_of_the_listed_parties()
    {
        var meetings = ArticleBody.Events<Meeting>(
            "Premier Ana Ruiz and President Tomas Quispe have not met since their summit in Lima in October.", new DateOnly(2024, 5, 1));

        var summit = meetings.Should().ContainSingle(m => m.Mentions.Any(x => x.Trigger.Text == "summit")).Subject;
        summit.Participants.Select(p => p.Text).Should().Contain("Ana Ruiz").And.Contain("Tomas Quispe");
    }
}
