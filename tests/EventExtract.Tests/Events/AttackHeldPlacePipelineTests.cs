using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "in rebel-held Idlib", "in Indian-administered Kashmir", "in the rebel-held town of X": a hyphened participle before a
/// place says who holds it; the place is still where the attack happened. Invented sentences.
/// </summary>
public class AttackHeldPlacePipelineTests
{
    [Theory]
    [InlineData("Airstrikes hit a market in rebel-held Idlib on Sunday, killing nine people.", "Idlib")]
    [InlineData("Militants ambushed a police convoy in Indian-administered Kashmir on Friday, killing four officers.", "Kashmir")]
    [InlineData("Shelling struck a hospital in the rebel-held town of Maarat al-Numan on Monday.", "Maarat al-Numan")]
    public void A_held_place_is_the_scene(string sentence, string place) =>
        ArticleBody.Events<Attack>(sentence, new DateOnly(2023, 9, 9))
            .Should().ContainSingle().Which.Location!.Text.Should().Be(place);
}
