using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// '"We must do more," the secretary general told a news conference after the meeting': one party speaking to reporters
/// is no meeting, even when "after the meeting" joined the press event's mention. Invented story.
/// </summary>
public class MeetingPressEventJoinedPipelineTests
{
    [Fact]
    public void A_news_conference_after_the_meeting_is_no_second_meeting() =>
        ArticleBody.Events<Meeting>("Defence ministers of the alliance met in Brussels on Thursday.\n\n\"We must do more,\" the secretary general told a news conference after the meeting.", new DateOnly(2024, 6, 14))
            .Should().ContainSingle();
}
