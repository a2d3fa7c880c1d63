using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Militants killed 20 soldiers in an attack on a base": the casualty verb joins the attack noun after it, and its
/// subject is the attacker; a reduced passive ("Twenty soldiers killed in an attack ...") names the dead instead.
/// Sentences invented for these tests.
/// </summary>
public class AttackCasualtyVerbSubjectPipelineTests
{
    private static readonly DateOnly Published = new(2024, 8, 30);

    private static Attack OnlyAttack(string body) => ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;

    [Theory]
    [InlineData("Militants killed 20 soldiers in an attack on a base near Kidal.", "Militants")]
    [InlineData("Al-Shabaab fighters killed at least 20 soldiers in an attack on a base near Kismayo.", "Al-Shabaab fighters")]
    [InlineData("Jihadists killed about a dozen gendarmes during a raid on an outpost near Djibo.", "Jihadists")]
    public void The_subject_of_a_casualty_verb_before_the_attack_noun_is_the_attacker(string body, string attacker)
    {
        var attack = OnlyAttack(body);

        attack.Attackers.Select(a => a.Text).Should().Contain(attacker);
    }

    [Fact]
    public void The_dead_before_a_reduced_passive_are_no_attackers()
    {
        var attack = OnlyAttack("Twenty soldiers killed in an attack on a base near Kidal were buried on Friday.");

        attack.Attackers.Should().BeEmpty();
    }
}
