using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>An article right after a dateline, which the tagger may take for a name, still opens the noun phrase (made-up sentences, whole pipeline).</summary>
public class DatelineArticleStatusPipelineTests
{
    [Fact]
    public void A_planned_meeting_postponed_after_a_dateline_is_cancelled() =>
        ArticleBody.Events<Meeting>(
            "VIENNA, Sept 13 - A planned meeting between the leaders of Armenia and Azerbaijan in Vienna was postponed on Wednesday.",
            new DateOnly(2023, 9, 13))
            .Should().ContainSingle().Which.Status.Should().Be(EventStatus.Cancelled);
}
