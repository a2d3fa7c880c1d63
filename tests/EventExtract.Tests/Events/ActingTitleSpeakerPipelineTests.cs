using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Acting Labor Secretary Julie Su, who had met both sides last week, praised the outcome": a title modifier opening the
/// sentence, though tagged as a verb, opens no clause, so the titled person before the aside speaks (not the object after
/// the verb). Sentences invented for these tests.
/// </summary>
public class ActingTitleSpeakerPipelineTests
{
    private static readonly DateOnly Published = new(2024, 11, 5);

    [Fact]
    public void The_titled_person_speaks() =>
        ArticleBody.Events<Statement>("Acting Labor Secretary Julie Su, who had met both sides last week, praised the outcome.", Published)
            .Should().ContainSingle().Which.Speakers.Should().ContainSingle().Which.Text.Should().Be("Julie Su");
}
