using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Rebel fighters launched an offensive ... A roadside bomb hit a police vehicle": a target-only mention that introduces
/// its attack with "a"/"an" is another attack, not the attacker-only one reported a few sentences before.
/// </summary>
public class AttackIndefiniteNewAttackPipelineTests
{
    private static readonly DateOnly Published = new(2025, 3, 6);

    [Fact]
    public void Indefinite_target_only_mention_is_not_joined_to_an_attacker_only_attack()
    {
        const string body = "Rebel fighters launched an offensive in Kandor province on Monday, officials said.\n\n"
            + "The governor said the rebels were pushed back.\n\n"
            + "A roadside bomb hit a police vehicle, killing two officers.";
        var attacks = ArticleBody.Events<Attack>(body, Published);
        attacks.Should().HaveCount(2);
        attacks.Should().ContainSingle(a => a.Killed == 2).Which.Attackers.Should().BeEmpty();
    }
}
