using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// An armed party's noun right before an attack noun ("a rebel attack", "an insurgent ambush") names the attacker;
/// a word for the kind of attack ("a terrorist attack") does not. Sentences invented for these tests.
/// </summary>
public class AttackerModifierNounPipelineTests
{
    private static readonly DateOnly Published = new(2004, 5, 8);

    [Theory]
    [InlineData("A rebel attack on an army base killed ten soldiers.", "rebel")]
    [InlineData("An insurgent ambush near Kirkuk killed three policemen.", "insurgent")]
    [InlineData("The army shelling of the town continued for a week.", "army")]
    public void An_armed_party_modifier_is_the_attacker(string body, string attacker)
    {
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;

        attack.Attackers.Should().ContainSingle().Which.Text.Should().Be(attacker);
    }

    [Fact]
    public void A_kind_of_attack_is_no_attacker()
    {
        var attack = ArticleBody.Events<Attack>("A terrorist attack on a hotel killed ten guests.", Published).Should().ContainSingle().Subject;

        attack.Attackers.Should().BeEmpty();
    }
}
