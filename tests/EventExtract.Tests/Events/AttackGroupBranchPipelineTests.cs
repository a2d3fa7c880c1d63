using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"al-Qaeda in Iraq": a named group and its branch's place are one party, so the verb after the place finds the group (made-up sentences, whole pipeline).</summary>
public class AttackGroupBranchPipelineTests
{
    [Fact]
    public void A_branch_claiming_responsibility_is_the_attacker() =>
        ArticleBody.Events<Attack>("A bomb exploded at a crowded market in Mosul on Monday, killing 12 people. Al-Qaeda in Iraq claimed responsibility.", new DateOnly(2024, 4, 20))
            .Should().ContainSingle().Which.Attackers.Should().ContainSingle()
            .Which.Text.Should().Be("Al-Qaeda in Iraq");

    [Fact]
    public void A_branch_said_to_have_carried_out_the_attack_is_the_attacker() =>
        ArticleBody.Events<Attack>("A bomb exploded at a crowded market in Mosul on Monday, killing 12 people. Police said al-Qaeda in Iraq carried out the attack.", new DateOnly(2024, 4, 20))
            .Should().ContainSingle().Which.Attackers.Should().ContainSingle()
            .Which.Text.Should().Be("al-Qaeda in Iraq");
}
