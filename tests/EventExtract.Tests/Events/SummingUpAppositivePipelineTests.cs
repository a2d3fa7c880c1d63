using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "began talks on Wednesday, the first such meeting since 2019": an appositive ranking the event just told among others
/// of its kind names that event, not another occurrence. Sentences invented for these tests.
/// </summary>
public class SummingUpAppositivePipelineTests
{
    private static readonly DateOnly Published = new(2024, 6, 13);

    [Theory]
    [InlineData("Pakistan and India began two days of talks on Wednesday on sharing river waters, the first such meeting since their armies clashed last year.")]
    [InlineData("The foreign ministers of Peru and Chile met in Lima on Wednesday, the second meeting between them this year.")]
    public void The_appositive_joins_the_meeting_it_sums_up(string body)
    {
        ArticleBody.ArticleEvents<ExtractedEvent>("Headline\n\n" + body, Published)
            .Where(e => e.Type == EventType.Meeting).Should().ContainSingle()
            .Which.Mentions.Should().HaveCount(2);
    }
}
