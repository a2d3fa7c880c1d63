using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"blamed the Pakistani Taliban for the bombing": a nationality before the blamed group does not hide it (made-up sentences, whole pipeline).</summary>
public class AttackBlamedModifiedGroupPipelineTests
{
    [Fact]
    public void A_group_blamed_with_a_nationality_before_it_is_the_attacker() =>
        ArticleBody.Events<Attack>("Police blamed the Pakistani Taliban for the bombing of a police station in Quetta on Monday.", new DateOnly(2024, 4, 20))
            .Should().ContainSingle().Which.Attackers.Select(a => a.Text).Should().Contain(t => t.Contains("Taliban"));
}
