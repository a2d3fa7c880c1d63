using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"…, killing three, before he was shot dead by police": the attacker killed in turn is an attack of its own, and the police are no attackers of the first (made-up sentences, whole pipeline).</summary>
public class AttackAttackerKilledInTurnPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void The_killing_of_the_attacker_is_a_second_attack()
    {
        var attacks = ArticleBody.Events<Attack>(
            "A gunman opened fire at a bus depot in Malmo on Friday, killing two drivers before he was shot dead by police.", Published);
        attacks.Should().HaveCount(2);
        attacks.Should().ContainSingle(a => a.Attackers.Any(x => x.Text == "A gunman")).Which.Attackers.Select(x => x.Text).Should().NotContain("police");
        attacks.Should().ContainSingle(a => a.Attackers.Any(x => x.Text == "police"));
    }
}
