using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"The attackers" / "the gunmen" tell more of the attack reported before; a detonated bomb is no target (made-up sentences, whole pipeline).</summary>
public class AttackKnownAttackersPipelineTests
{
    private static readonly DateOnly Published = new(2023, 6, 3);

    [Fact]
    public void What_the_attackers_did_next_belongs_to_the_attack_reported_before()
    {
        var attack = ArticleBody.Events<Attack>(
            "Rebel fighters ambushed an army patrol near Goma on Friday, killing six soldiers, officials said.\n\n"
            + "The attackers then set fire to two trucks before fleeing into the forest.", Published)
            .Should().ContainSingle().Subject;
        attack.Location!.Name.Should().Be("Goma");
        attack.Killed.Should().Be(6);
    }

    [Fact]
    public void The_bomb_a_verb_detonates_is_the_weapon_not_the_target()
    {
        var attacks = ArticleBody.Events<Attack>("Militants detonated a roadside bomb before opening fire on the trucks near Goma on Friday.", Published);
        attacks.Should().NotBeEmpty();
        attacks.SelectMany(a => a.Targets).Should().NotContain(t => t.Text.Contains("roadside"));
    }
}
