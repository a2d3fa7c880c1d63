using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"Security forces killed four of the attackers. Al Shabaab claimed responsibility for the assault": the claim is the first attack's, not the forces' fire at the attackers (made-up sentences, whole pipeline).</summary>
public class AttackClaimPastCounterAttackPipelineTests
{
    private const string Text =
        "Gunmen stormed a hotel in Mogadishu on Saturday. Security forces killed four of the attackers after a six-hour siege. " +
        "Al Shabaab claimed responsibility for the assault.";

    [Fact]
    public void The_claiming_group_is_no_attacker_of_the_forces_fire() =>
        ArticleBody.Events<Attack>(Text, new DateOnly(2024, 2, 11))
            .Should().ContainSingle(a => a.Attackers.Any(p => p.Text == "Security forces"))
            .Which.Attackers.Should().NotContain(p => p.Text == "Al Shabaab");
}
