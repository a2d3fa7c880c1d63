using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// An unnamed party owning an attack noun carried the attack out ("the army's shelling of the town", "the rebels'
/// offensive"), as a named one does ("Hamas's attack"). Sentences invented for these tests.
/// </summary>
public class AttackUnnamedPossessorPipelineTests
{
    private static readonly DateOnly Published = new(2024, 3, 6);
    private static List<Attack> Attacks(string body) => ArticleBody.Events<Attack>(body, Published);

    [Theory]
    [InlineData("The army's shelling of Tal Harb killed eight civilians, residents said.", "The army")]
    [InlineData("Aid groups condemned the militants' attack on the refugee camp near Wadi Sera.", "the militants")]
    public void An_unnamed_party_possessing_the_attack_noun_is_the_attacker(string body, string attacker)
    {
        var attack = Attacks(body).Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().Equal(attacker);
    }
}
