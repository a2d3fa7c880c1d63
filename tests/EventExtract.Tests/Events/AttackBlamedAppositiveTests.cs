using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"blamed the ambush on the Northern Front, a rebel militia": the phrase describing the blamed party is no target (made-up sentences, whole pipeline).</summary>
public class AttackBlamedAppositiveTests
{
    private const string Story = "Gunmen ambushed a police patrol near the town of Arvik on Tuesday, killing four officers, the army said. "
        + "A spokesman blamed the ambush on the Northern Liberation Front, a separatist rebel group.";

    [Fact]
    public void The_appositive_of_the_blamed_group_is_not_a_target() =>
        ArticleBody.Events<Attack>(Story, new DateOnly(2024, 4, 20))
            .SelectMany(a => a.Targets).Select(t => t.Text).Should().NotContain(t => t.Contains("rebel group"));

    [Fact]
    public void The_blamed_group_stays_the_attacker() =>
        ArticleBody.Events<Attack>(Story, new DateOnly(2024, 4, 20))
            .SelectMany(a => a.Attackers).Select(t => t.Text).Should().Contain(t => t.Contains("Northern Liberation Front"));
}
