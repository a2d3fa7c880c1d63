using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up wire sentences, read by the full pipeline: two parties named as the subject of "discussed" talked with each
/// other, a Meeting, as "discussed X with Y" already was; one party discussing something is no meeting.
/// </summary>
public class MeetingDiscussedByPartiesPipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 14); // a Thursday

    private static List<Meeting> Meetings(string body) => ArticleBody.Events<Meeting>(body, Published);

    [Fact]
    public void Two_named_parties_who_discussed_something_met()
    {
        var meeting = Meetings("Foreign Minister Lena Marsh and Prime Minister Omar Haddad discussed the border dispute on Tuesday, officials said.")
            .Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain("Lena Marsh").And.Contain("Omar Haddad");
    }

    [Fact]
    public void The_two_sides_who_discussed_something_met()
    {
        Meetings("The two sides discussed a new road corridor and the sharing of river water.").Should().ContainSingle();
    }

    [Fact]
    public void One_party_discussing_something_is_no_meeting()
    {
        Meetings("Prime Minister Omar Haddad discussed the budget in a radio interview on Tuesday.").Should().BeEmpty();
    }
}
