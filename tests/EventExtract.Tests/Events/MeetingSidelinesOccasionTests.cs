using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Yellen held separate talks with Suzuki on the sidelines of the meeting": the meeting named after "on the sidelines of"
/// is the gathering reported before, not the side talks of its own sentence (made-up sentences, whole pipeline).
/// </summary>
public class MeetingSidelinesOccasionTests
{
    private static readonly DateOnly Published = new(2024, 5, 24);

    [Fact]
    public void The_meeting_on_whose_sidelines_two_ministers_talked_is_the_gathering_told_before()
    {
        var meetings = ArticleBody.Events<Meeting>(
            "Finance ministers from the Group of Seven met on Friday in the Italian town of Stresa for two days of talks.\n\n"
            + "U.S. Treasury Secretary Janet Yellen held separate talks with Japanese Finance Minister Shunichi Suzuki on the sidelines of the meeting.",
            Published);
        meetings.Should().HaveCount(2);
        var side = meetings.Should().ContainSingle(m => m.Participants.Any(p => p.Text.Contains("Suzuki"))).Subject;
        side.Mentions.Should().NotContain(m => m.Trigger.Text == "meeting");
        meetings.Should().ContainSingle(m => m.Mentions.Any(x => x.Trigger.Text == "meeting"))
            .Which.Location!.Text.Should().Be("Stresa");
    }
}
