using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "bombings in Europe … The Istanbul bombings killed …": when one mention of an event names a region with no country and
/// another names a city, the event is reported at the city (invented story, whole pipeline).
/// </summary>
public class ClusterRegionThenCityPlacePipelineTests
{
    [Fact]
    public void A_city_named_by_a_later_mention_is_reported_over_an_earlier_region()
    {
        var attack = ArticleBody.Events<Attack>(
                "A wave of bombings in Europe has alarmed security services. The Istanbul bombings killed 40 people on Monday.",
                new DateOnly(2024, 5, 1))
            .Should().ContainSingle().Subject;

        attack.Location!.Name.Should().Be("Istanbul");
    }

    [Fact]
    public void A_city_is_reported_over_an_earlier_region_in_another_continent_too()
    {
        var attack = ArticleBody.Events<Attack>(
                "Militants carried out bombings in East Africa on Friday. The Mombasa bombings wounded 12 people.",
                new DateOnly(2024, 5, 1))
            .Should().ContainSingle().Subject;

        attack.Location!.Name.Should().Be("Mombasa");
    }
}
