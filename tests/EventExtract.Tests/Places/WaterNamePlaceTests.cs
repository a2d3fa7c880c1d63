using EventExtract.Places;
using EventExtract.Tagging;

namespace EventExtract.Tests.Places;

/// <summary>
/// "the South China Sea", "the Taiwan Strait": a sea or strait named after a country is one place of its own, not a
/// mention of the country (water-name-heads.txt). Sentences invented for these tests.
/// </summary>
public class WaterNamePlaceTests
{
    private static AnalyzedDocument Resolve(string text, params (string, EntityType)[] names) => ResolverTestHelper.Resolve(text, names);

    [Theory]
    [InlineData("Warships sailed through the South China Sea on Monday.", "South China Sea")]
    [InlineData("A destroyer crossed the Taiwan Strait on Monday.", "Taiwan Strait")]
    public void The_sea_is_a_place_of_its_own(string text, string sea)
    {
        var doc = Resolve(text, (sea, EntityType.Location));

        doc.Places.Should().ContainSingle().Which.Text.Should().Be(sea);
        doc.Actors.Should().BeEmpty();
    }
}
