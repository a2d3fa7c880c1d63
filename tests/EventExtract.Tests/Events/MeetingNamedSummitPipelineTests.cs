using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>A summit named as such ("the East Asia Summit") is a meeting, unlike other trigger words inside names (made-up sentences, whole pipeline).</summary>
public class MeetingNamedSummitPipelineTests
{
    private static readonly DateOnly Published = new(2023, 9, 5);

    [Fact]
    public void A_named_summit_is_a_planned_meeting() =>
        ArticleBody.Events<Meeting>("The Japanese prime minister is due to attend the Pacific Islands Summit on Thursday.", Published)
            .Should().ContainSingle().Which.Status.Should().Be(EventStatus.Planned);

    [Fact]
    public void A_conference_that_names_a_body_is_still_no_meeting() =>
        ArticleBody.Events<Meeting>("The Italian Episcopal Conference published its annual report on Thursday.", Published)
            .Should().BeEmpty();
}
