using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"The attack, blamed by officials on a criminal gang, …": the party blamed is the attacker (made-up sentences, whole pipeline).</summary>
public class AttackBlamedParticiplePipelineTests
{
    [Fact]
    public void The_party_an_attack_is_blamed_on_in_a_participle_aside_is_the_attacker() =>
        ArticleBody.Events<Attack>("The bombing, blamed by police on the Red Hand Defenders, killed two men in Belfast on Friday.", new DateOnly(2024, 10, 3))
            .Should().ContainSingle().Which.Attackers.Select(a => a.Text).Should().Contain(t => t.Contains("Red Hand Defenders"));
}
