using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up labour and politics sentences, read by the full pipeline: a union, politicians, a hospital or an employer
/// that negotiates is a party, including a union owned by a plural possessor ("the pilots' union").
/// </summary>
public class MeetingInstitutionPartiesPipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 14); // a Thursday

    private static List<Meeting> Meetings(string body) => ArticleBody.Events<Meeting>(body, Published);

    [Theory]
    [InlineData("The union and the hospital resumed negotiations on Friday.", "union", "hospital")]
    [InlineData("Management and the pilots' union met on Wednesday to discuss wages.", "Management", "union")]
    [InlineData("The environment secretary will meet farmers' leaders in York next week.", "secretary", "leaders")]
    [InlineData("The prime minister met with opposition politicians on Tuesday.", "prime minister", "politicians")]
    [InlineData("The nurses resumed negotiations with the hospital on Friday.", "nurses", "hospital")]
    public void Both_sides_are_parties(string sentence, string first, string second)
    {
        var meeting = Meetings(sentence).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain(t => t.Contains(first)).And.Contain(t => t.Contains(second));
    }
}
