using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"Rockets hit a market": a weapon the recognizer took for a name is fired by someone and is no attacker (made-up sentences, whole pipeline).</summary>
public class AttackWeaponNotAttackerPipelineTests
{
    [Fact]
    public void A_capitalized_weapon_subject_is_no_attacker() =>
        ArticleBody.Events<Attack>("IDLIB (AP) - Rockets hit a crowded market in the town on Sunday, killing four civilians.", new DateOnly(2024, 5, 1))
            .SelectMany(a => a.Attackers).Select(a => a.Text).Should().NotContain("Rockets");
}
