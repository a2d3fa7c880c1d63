using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "met with his 6-year-old son", "met with the victim's widow": unnamed people met with, whose phrase holds an age
/// compound the tokenizer split at its hyphens, or whose head is a kin word, are parties (invented sentences, whole pipeline).
/// </summary>
public class MeetingKinAndAgedPeopleMetPipelineTests
{
    [Theory]
    [InlineData("Two consular officials met with his 6-year-old son in Tampa on Tuesday.", "his 6-year-old son")]
    [InlineData("Governor Lena Marsh met with 72-year-old farmers on Friday.", "72-year-old farmers")]
    [InlineData("The mayor met with the victim's widow on Wednesday.", "the victim's widow")]
    [InlineData("The archbishop met with the prisoner's uncle on Wednesday.", "the prisoner's uncle")]
    public void The_unnamed_person_met_is_a_party(string text, string party)
    {
        var meeting = ArticleBody.Events<Meeting>(text, new DateOnly(2024, 5, 1)).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain(party);
    }
}
