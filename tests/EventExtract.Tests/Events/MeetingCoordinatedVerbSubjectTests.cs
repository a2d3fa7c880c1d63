using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Blinken is scheduled to hold talks with Wang Yi on Monday and may meet Xi Jinping": a meeting verb after "and" with no
/// subject of its own shares the subject of the verb before it, not the party met before the "and" (made-up sentences,
/// whole pipeline).
/// </summary>
public class MeetingCoordinatedVerbSubjectTests
{
    private static readonly DateOnly Published = new(2024, 6, 16);

    [Fact]
    public void The_second_meeting_verb_keeps_the_first_verbs_subject()
    {
        var meetings = ArticleBody.Events<Meeting>(
            "U.S. Secretary of State Antony Blinken is scheduled to hold talks with Foreign Minister Wang Yi on Monday and may meet President Xi Jinping.",
            Published);
        var withXi = meetings.Should().ContainSingle(m => m.Participants.Any(p => p.Text.Contains("Xi Jinping"))).Subject;
        withXi.Participants.Should().Contain(p => p.Text.Contains("Blinken"));
        withXi.Participants.Should().NotContain(p => p.Text.Contains("Wang Yi"));
    }

    [Fact]
    public void The_verb_nearest_before_the_and_gives_the_subject()
    {
        var meeting = ArticleBody.Events<Meeting>(
            "Her lawyer says that Maria Lopez had no money for the fare and met Ana Ruiz at the station on Friday.", Published)
            .Should().ContainSingle().Subject;
        meeting.Participants.Should().Contain(p => p.Text == "Maria Lopez");
        meeting.Participants.Should().NotContain(p => p.Text.Contains("lawyer"));
    }
}
