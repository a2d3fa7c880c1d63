using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up wire sentences, read by the full pipeline: the subject of "attended" a summit took part in it, beside the
/// body named in the summit's own modifier.
/// </summary>
public class MeetingAttendedPipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 14); // a Thursday

    private static List<Meeting> Meetings(string body) => ArticleBody.Events<Meeting>(body, Published);

    [Fact]
    public void The_one_who_attended_a_summit_took_part()
    {
        var meeting = Meetings("Prime Minister Omar Haddad attended a NATO summit in Vilnius on Wednesday.").Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain("Omar Haddad");
    }
}
