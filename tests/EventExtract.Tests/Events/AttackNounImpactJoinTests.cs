using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Russian forces shelled Kharkiv ... The shelling hit a residential district": "the" attack noun opening the next
/// sentence with an impact verb tells what the attack just reported hit; it is that attack, not a new one with no
/// attacker. Sentences invented for these tests.
/// </summary>
public class AttackNounImpactJoinTests
{
    private static readonly DateOnly Published = new(2024, 5, 14);

    [Theory]
    [InlineData("Russian forces shelled the city of Kharkiv on Tuesday, killing seven civilians. The shelling hit a residential district in the north of the city.", "Russian forces")]
    [InlineData("Government warplanes bombed a market in the rebel town on Monday, killing 12 people. The bombing destroyed dozens of stalls.", "Government warplanes")]
    public void The_attack_noun_with_an_impact_verb_joins_the_attack_before(string body, string attacker)
    {
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;
        attack.Attackers.Select(a => a.Text).Should().Equal(attacker);
    }
}
