using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up wire sentences, read by the full pipeline: two parties named as the subject of a word of planning before
/// "to discuss" or "to talk" ("are expected to", "plan to") will talk with each other, a planned Meeting, as "the two
/// sides discussed" already was one held; one party expected to discuss something is still no meeting.
/// </summary>
public class MeetingPlannedDiscussionPipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 14); // a Thursday

    private static List<Meeting> Meetings(string body) => ArticleBody.Events<Meeting>(body, Published);

    [Fact]
    public void Two_named_parties_expected_to_discuss_something_will_meet()
    {
        var meeting = Meetings("Foreign Minister Lena Marsh and Prime Minister Omar Haddad are also expected to discuss the border dispute.")
            .Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain("Lena Marsh").And.Contain("Omar Haddad");
        meeting.Status.Should().Be(EventStatus.Planned);
    }

    [Fact]
    public void The_two_sides_due_to_discuss_something_will_meet()
    {
        Meetings("The two sides are due to discuss a new road corridor on Friday.").Should().ContainSingle()
            .Which.Status.Should().Be(EventStatus.Planned);
    }

    [Fact]
    public void Two_named_parties_who_plan_to_talk_will_meet()
    {
        Meetings("Lena Marsh and Omar Haddad plan to talk again on Friday.").Should().ContainSingle();
    }

    [Fact]
    public void One_party_expected_to_discuss_something_is_no_meeting()
    {
        Meetings("Prime Minister Omar Haddad is expected to discuss the budget in a radio interview on Friday.").Should().BeEmpty();
    }
}
