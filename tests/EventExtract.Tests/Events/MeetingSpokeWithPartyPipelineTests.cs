using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up wire sentences, read by the full pipeline: speaking "with" a named person or a counterpart is a talk between
/// the two, a Meeting, with no phone line named; speaking with a news agency is an interview.
/// </summary>
public class MeetingSpokeWithPartyPipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 14); // a Thursday

    private static List<Meeting> Meetings(string body) => ArticleBody.Events<Meeting>(body, Published);

    [Fact]
    public void Speaking_with_a_named_leader_is_a_meeting()
    {
        var meeting = Meetings("President Sam Keller said he had spoken with Prime Minister Omar Haddad about the drought.")
            .Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain("Sam Keller").And.Contain("Omar Haddad");
    }

    [Fact]
    public void Speaking_with_a_news_agency_is_no_meeting()
    {
        Meetings("President Sam Keller spoke with Reuters about the drought on Tuesday.").Should().BeEmpty();
    }
}
