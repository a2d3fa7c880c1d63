using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up wire sentences, read by the full pipeline: who withdraws or walks away from talks was a party to them.
/// </summary>
public class MeetingWithdrawnPartyPipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 14); // a Thursday

    private static List<Meeting> Meetings(string body) => ArticleBody.Events<Meeting>(body, Published);

    [Theory]
    [InlineData("The Karen National Union withdrew from the peace talks on Tuesday.", "Karen National Union")]
    [InlineData("The Teamsters union walked away from the negotiations on Tuesday.", "Teamsters")]
    public void The_party_that_left_the_talks_took_part(string body, string party)
    {
        var meeting = Meetings(body).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain(t => t.Contains(party));
    }
}
