using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// An attack verb in the passive whose agent after "by" is named by its armed attacks ("were killed by militants",
/// "was shot by a cop") is an attack, as the same word before the verb is; an agent that is a disaster or a critic is
/// not. Sentences invented for these tests.
/// </summary>
public class AssailantAgentTriggerPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 8);

    [Theory]
    [InlineData("Three aid workers were killed by militants in Darfur.", "militants")]
    [InlineData("Two reporters were wounded by a sniper near the old bridge.", "a sniper")]
    public void A_victim_hit_by_an_assailant_is_an_attack(string body, string attacker)
    {
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;

        attack.Attackers.Should().ContainSingle().Which.Text.Should().Be(attacker);
        attack.Targets.Should().NotBeEmpty();
    }

    [Fact]
    public void A_victim_of_a_cop_is_an_attack()
    {
        ArticleBody.Events<Attack>("My cousin was shot by a cop last night.", Published).Should().ContainSingle();
    }

    [Fact]
    public void People_killed_by_a_landslide_are_no_attack()
    {
        ArticleBody.Events<Attack>("Three aid workers were killed by a landslide in Darfur.", Published).Should().BeEmpty();
    }
}
