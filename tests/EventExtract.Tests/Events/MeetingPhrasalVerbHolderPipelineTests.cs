using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up wire sentences, read by the full pipeline: the subject of a phrasal verb whose particle stands between it
/// and a meeting noun ("sat down for talks") holds the talks.
/// </summary>
public class MeetingPhrasalVerbHolderPipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 14); // a Thursday

    [Fact]
    public void Who_sat_down_for_talks_holds_them()
    {
        var meeting = ArticleBody.Events<Meeting>("Prime Minister Taro Sato and President Lee Jae-myung sat down for talks in Seoul on Monday.", Published)
            .Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain("Taro Sato").And.Contain(p => p.StartsWith("Lee"));
    }
}
