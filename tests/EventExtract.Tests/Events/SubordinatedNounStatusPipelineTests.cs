using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "The talks were suspended after a deadly clash": a subordinating word between a status cue and a noun trigger opens
/// the noun's own phrase, so the main clause's cancellation is not the clash's; the talks stay cancelled. Sentences
/// invented for these tests.
/// </summary>
public class SubordinatedNounStatusPipelineTests
{
    private static readonly DateOnly Published = new(2025, 1, 28);
    private const string Text = "The border talks were suspended after a deadly clash in the valley in June 2020, in which 20 soldiers were killed.";

    [Fact]
    public void The_clash_after_the_cue_happened() =>
        ArticleBody.Events<Attack>(Text, Published).Should().ContainSingle().Which.Status.Should().Be(EventStatus.Occurred);

    [Fact]
    public void The_talks_before_it_are_still_cancelled() =>
        ArticleBody.Events<Meeting>(Text, Published).Should().ContainSingle().Which.Status.Should().Be(EventStatus.Cancelled);
}
