using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"was set on fire by unknown attackers": the passive arson phrase is an attack (made-up sentences, whole pipeline).</summary>
public class AttackSetOnFirePipelineTests
{
    [Fact]
    public void A_house_set_on_fire_by_attackers_is_an_attack() =>
        ArticleBody.Events<Attack>("The house of a local councillor was set on fire by unknown attackers in Sylhet on Sunday.", new DateOnly(2024, 5, 1))
            .Should().ContainSingle().Which.Attackers.Select(a => a.Text).Should().Contain(t => t.Contains("attackers"));

    [Fact]
    public void Homes_set_on_fire_are_the_target() =>
        ArticleBody.Events<Attack>("Dozens of homes were set on fire in the village of Kisa overnight, residents said.", new DateOnly(2024, 5, 1))
            .Should().ContainSingle().Which.Targets.Select(t => t.Text).Should().Contain(t => t.Contains("homes"));
}
