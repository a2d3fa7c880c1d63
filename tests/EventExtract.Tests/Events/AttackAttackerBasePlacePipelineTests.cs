using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Militants near Maiduguri launched an attack", "Troops in Kandahar opened fire": a place right after the attackers named
/// before the trigger is the scene when nothing else names one (invented sentences, whole pipeline).
/// </summary>
public class AttackAttackerBasePlacePipelineTests
{
    [Theory]
    [InlineData("Militants near Maiduguri launched an attack on a village that left nine people dead.", "Maiduguri")]
    [InlineData("Troops in Kandahar opened fire on protesters on Monday.", "Kandahar")]
    public void The_place_of_the_attackers_is_the_scene(string text, string place)
    {
        var attack = ArticleBody.Events<Attack>(text, new DateOnly(2024, 5, 1)).Should().ContainSingle().Subject;

        attack.Location!.Text.Should().Be(place);
    }

    [Fact]
    public void A_place_of_its_own_after_the_trigger_comes_first()
    {
        var attack = ArticleBody.Events<Attack>("Militants in Mali attacked an army camp in Boulkessi on Sunday.", new DateOnly(2024, 5, 1))
            .Should().ContainSingle().Subject;

        attack.Location!.Text.Should().Be("Boulkessi");
    }
}
