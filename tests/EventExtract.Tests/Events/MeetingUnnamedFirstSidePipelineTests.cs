using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up wire sentences, read by the full pipeline: a common-noun side opening the clause and joined by "and" to a
/// party before a meeting trigger ("The union and the company", "Teachers and the education ministry") is a party too,
/// though its noun is in no party list.
/// </summary>
public class MeetingUnnamedFirstSidePipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 14); // a Thursday

    private static List<Meeting> Meetings(string body) => ArticleBody.Events<Meeting>(body, Published);

    [Theory]
    [InlineData("The union and the company held talks on Monday.", "The union", "the company")]
    [InlineData("Teachers and the education ministry held talks on Monday.", "Teachers", "the education ministry")]
    [InlineData("On Monday, the union and management met for six hours.", "the union", "management")]
    public void Both_sides_joined_by_and_before_the_meeting_are_parties(string sentence, string first, string second)
    {
        var meeting = Meetings(sentence).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain(first).And.Contain(second);
    }
}
