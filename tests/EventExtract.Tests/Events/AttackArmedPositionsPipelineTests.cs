using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Rebels attacked army positions", "Turkish drones struck militant positions": positions struck by an armed party or a
/// munition, or held by one, are military ones, so the verb is an attack, not criticism of a stance ("The senator
/// attacked the position of the administration" stays no attack); so is an attack noun on them ("launched an attack on
/// rebel positions"). Sentences invented for these tests.
/// </summary>
public class AttackArmedPositionsPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("Rebels attacked army positions near the town of Kidal on Sunday.", "Rebels")]
    [InlineData("Turkish drones struck militant positions in northern Iraq on Thursday.", "drones")]
    [InlineData("The Taliban attacked army positions in Kunduz overnight.", "Taliban")]
    public void Armed_positions_are_attacked(string body, string attacker)
    {
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;

        attack.Attackers.Should().Contain(a => a.Text.Contains(attacker));
        attack.Targets.Should().Contain(t => t.Text.Contains("positions"));
    }

    [Theory]
    [InlineData("Government troops launched a counter-attack on rebel positions in the hills on Tuesday.", "troops")]
    [InlineData("The army launched an attack on rebel positions on Wednesday.", "army")]
    public void An_attack_noun_on_armed_positions_is_an_attack(string body, string attacker)
    {
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;

        attack.Attackers.Should().Contain(a => a.Text.Contains(attacker));
        attack.Targets.Should().Contain(t => t.Text.Contains("positions"));
    }

    [Fact]
    public void A_stance_attacked_by_a_politician_is_no_attack()
    {
        ArticleBody.Events<Attack>("The senator attacked the position of the administration on Tuesday.", Published).Should().BeEmpty();
    }
}
