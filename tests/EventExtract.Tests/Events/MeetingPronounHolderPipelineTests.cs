using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up wire stories, read by the full pipeline: "she" as the subject of the verb that has a meeting noun as its
/// object ("She had talks with X", "She held a phone call with X") stands for the person named before, a party.
/// </summary>
public class MeetingPronounHolderPipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 14); // a Thursday

    private static List<Meeting> Meetings(string body) => ArticleBody.Events<Meeting>(body, Published);

    private static List<string> Parties(Meeting m) => m.Participants.Select(p => p.Text).ToList();

    [Theory]
    [InlineData("She had talks with French President Paul Dubois on Wednesday.")]
    [InlineData("She held a phone call with French President Paul Dubois on Wednesday.")]
    [InlineData("She had a long meeting with French President Paul Dubois on Wednesday.")]
    [InlineData("She is scheduled to hold a summit with French President Paul Dubois on Friday.")]
    public void She_holding_the_meeting_noun_is_the_person_named_before(string second)
    {
        var meeting = Meetings("Prime Minister Lena Marsh arrived in Paris on Tuesday. " + second).Should().ContainSingle().Subject;

        Parties(meeting).Should().Contain("Lena Marsh").And.Contain("Paul Dubois");
    }
}
