using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "A grenade was thrown into a bar ..., wounding four people": the passive of "threw a grenade" and a wounding participle
/// report an attack, as "hurled a grenade" and "wounded" did. Invented sentences.
/// </summary>
public class AttackThrownGrenadePipelineTests
{
    private static readonly DateOnly Published = new(2024, 9, 9);

    [Fact]
    public void A_grenade_thrown_into_a_bar_is_an_attack() =>
        ArticleBody.Events<Attack>("A grenade was thrown into a crowded bar in Medellin on Friday night.", Published)
            .Should().ContainSingle().Which.Location!.Text.Should().Be("Medellin");

    [Fact]
    public void A_wounding_participle_counts_the_injured_of_an_attack() =>
        ArticleBody.Events<Attack>("Unknown assailants fired on a bus near Kandahar on Friday, wounding six passengers.", Published)
            .Should().ContainSingle().Which.Mentions.Select(m => m.Trigger.Text).Should().Contain("wounding");
}
