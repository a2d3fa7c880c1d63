using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Attacks told without an attack word the lexicon trusts on its own: a munition or warplane as the subject of an
/// impact verb ("Mortar shells landed on a market"), a weapon as the agent of a passive "hit"/"struck" ("was struck by
/// a roadside bomb"), and a vehicle driven at people ("rammed his van into a group of cyclists"). Their look-alikes
/// (hit by a bus, lightning, a deal struck, a car driven into a ditch, a grenade found) stay silent. Made-up sentences.
/// </summary>
public class AttackWeaponTriggerTests
{
    private static readonly DateOnly Published = new(2024, 5, 20);

    private static List<Attack> Attacks(string body) => ArticleBody.Events<Attack>(body, Published);

    [Theory]
    [InlineData("The convoy was struck by a roadside bomb outside Kandahar on Monday.")]
    [InlineData("An apartment block in Zaporizhzhia was hit by two cruise missiles on Sunday.")]
    [InlineData("Israeli warplanes struck targets in southern Lebanon overnight, the army said.")]
    [InlineData("Enemy gunboats pounded fishing villages along the coast on Thursday.")]
    [InlineData("Mortar shells landed on a market in the town of Beledweyne on Friday.")]
    [InlineData("A man rammed his van into a group of cyclists in Lille on Sunday.")]
    [InlineData("A driver ploughed a lorry into a crowd of football fans outside the stadium in Leeds.")]
    public void A_weapon_or_vehicle_that_strikes_makes_one_attack(string sentence)
    {
        Attacks(sentence).Should().ContainSingle();
    }

    [Fact]
    public void A_grenade_thrown_into_a_bar_is_an_attack_with_its_dead()
    {
        var attack = Attacks("A grenade tossed into a bar in Tegucigalpa killed three men on Saturday.").Should().ContainSingle().Subject;

        attack.Killed.Should().Be(3);
    }

    [Fact]
    public void A_building_hit_by_missiles_is_the_target_and_its_wounded_are_counted()
    {
        var attack = Attacks("A hospital in Sumy was hit by a ballistic missile on Tuesday, wounding twelve people.").Should().ContainSingle().Subject;

        attack.Injured.Should().Be(12);
    }

    [Theory]
    [InlineData("A pensioner was hit by a bus while crossing the road in Bristol on Tuesday.")]
    [InlineData("Lightning struck a radio mast on the hill above the town on Sunday.")]
    [InlineData("The two unions struck an agreement with the rail operator on Friday.")]
    [InlineData("Bomb disposal experts found a grenade in a field near Ypres and destroyed it safely.")]
    [InlineData("The driver drove his car into a ditch after skidding on ice near Tromso.")]
    [InlineData("Shares in the missile maker hit a record high on Monday.")]
    [InlineData("The toll of the floods in Kerala rose to 52 on Thursday, officials said.")]
    public void A_look_alike_without_a_weapon_or_ramming_yields_no_attack(string sentence)
    {
        Attacks(sentence).Should().BeEmpty();
    }
}
