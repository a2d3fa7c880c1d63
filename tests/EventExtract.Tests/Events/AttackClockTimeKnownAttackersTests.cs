using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "The attackers arrived at around 10 a.m. and fired into the crowd": a clock time with no day of its own does not set the
/// known attackers' act apart from the attack reported before (made-up sentences, whole pipeline).
/// </summary>
public class AttackClockTimeKnownAttackersTests
{
    private static readonly DateOnly Published = new(2024, 5, 14);

    [Fact]
    public void The_attackers_hour_belongs_to_the_attack_reported_before()
    {
        var attack = ArticleBody.Events<Attack>(
            "Gunmen killed five civilians when they opened fire on a market in the town of Djibo on Saturday, officials said.\n\n"
            + "The attackers arrived on motorcycles at around 10 a.m. and fired into the crowd before setting fire to several stalls.", Published)
            .Should().ContainSingle().Subject;
        attack.Killed.Should().Be(5);
        attack.Location!.Text.Should().Be("Djibo");
    }
}
