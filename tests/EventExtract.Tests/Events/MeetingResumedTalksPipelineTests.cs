using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up wire sentences, read by the full pipeline: "talks" right after a verb ("will resume talks") is that verb's
/// object, a meeting noun, even when the tagger reads it as the verb "talks" (a habit, "she talks to her family").
/// </summary>
public class MeetingResumedTalksPipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 14); // a Thursday

    private static List<Meeting> Meetings(string body) => ArticleBody.Events<Meeting>(body, Published);

    [Fact]
    public void Talks_a_verb_will_resume_are_a_planned_meeting()
    {
        var meeting = Meetings("The rebels and the government will resume talks next week.").Should().ContainSingle().Subject;

        meeting.Status.Should().Be(EventStatus.Planned);
        meeting.Participants.Select(p => p.Text).Should().Contain("the government");
    }

    [Fact]
    public void A_person_who_talks_to_her_family_holds_no_meeting()
    {
        Meetings("Anna Berg sometimes talks to her family about the war.").Should().BeEmpty();
    }
}
