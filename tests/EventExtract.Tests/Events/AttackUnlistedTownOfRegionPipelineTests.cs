using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "the West Bank city of X": a town the gazetteer lacks, named after a region or country and a place noun, is the
/// attack's place, in that region's country (invented sentence, whole pipeline).
/// </summary>
public class AttackUnlistedTownOfRegionPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void The_named_town_narrows_the_region_before_it()
    {
        var attack = ArticleBody.Events<Attack>("Soldiers shot dead two men during a raid in the occupied West Bank city of Jenin on Tuesday.", Published)
            .Should().ContainSingle().Subject;

        attack.Location!.Name.Should().Be("Jenin");
        attack.Location.CountryCode.Should().Be("PS");
    }
}
