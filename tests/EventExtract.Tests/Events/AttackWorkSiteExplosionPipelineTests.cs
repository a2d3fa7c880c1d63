using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>An explosion at a factory or mine, with no weapon or attacker named, is an accident (made-up sentences, whole pipeline).</summary>
public class AttackWorkSiteExplosionPipelineTests
{
    private static readonly DateOnly Published = new(2024, 4, 20);

    [Theory]
    [InlineData("An explosion at a fireworks factory killed 11 workers in Sivakasi on Monday.")]
    [InlineData("A blast in a coal mine killed 14 miners in Zonguldak on Friday.")]
    public void An_explosion_at_a_work_site_is_no_attack(string body) =>
        ArticleBody.Events<Attack>(body, Published).Should().BeEmpty();

    [Fact]
    public void A_bomb_explosion_at_a_factory_is_still_an_attack() =>
        ArticleBody.Events<Attack>("A bomb explosion at a textile factory killed three guards in Karachi on Monday.", Published)
            .Should().ContainSingle();
}
