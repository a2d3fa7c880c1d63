using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Fighters" of an armed side, as the subject of an attack verb or as its agent after "by", make the verb an attack
/// however the classifier read the rest of the sentence. Sentences invented for these tests.
/// </summary>
public class FightersAssailantTriggerPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 8);

    [Fact]
    public void Fighters_shooting_a_soldier_is_an_attack_by_them()
    {
        var attack = ArticleBody.Events<Attack>("Hezbollah fighters shot a soldier near the fence.", Published).Should().ContainSingle().Subject;

        attack.Attackers.Should().ContainSingle().Which.Text.Should().Be("Hezbollah fighters");
    }

    [Fact]
    public void People_killed_by_fighters_is_an_attack()
    {
        var attack = ArticleBody.Events<Attack>("Two journalists were killed by fighters loyal to the warlord.", Published).Should().ContainSingle().Subject;

        attack.Killed.Should().Be(2);
    }
}
