using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Attackers named outside the subject slot of the attack word: a group that says "it" carried out or was responsible
/// for an attack, a named armed group or an abbreviated country used as a modifier of the attack noun ("the Hamas
/// attack", "a U.S. missile strike"), one who "masterminded" an attack, and aircraft that fire for the force crewing
/// them, a group "believed to be behind" an attack, missiles "launched at" a target, and bombs "planted by" a group; "the killings" is not the single shooting
/// reported last. A company's name before the attack noun is its
/// target, not its attacker. Sentences invented for these tests.
/// </summary>
public class AttackClaimedAndModifierAttackerPipelineTests
{
    private static readonly DateOnly Published = new(2025, 3, 14);
    private static List<Attack> Attacks(string body) => ArticleBody.Events<Attack>(body, Published);

    [Fact]
    public void A_group_saying_it_carried_out_the_attack_is_its_attacker()
    {
        var attack = Attacks("A bomb exploded at a bus station in Kesra on Monday, killing six people. "
            + "The Northern Front said it had carried out the attack.").Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().Equal("Northern Front");
        attack.Killed.Should().Be(6);
    }

    [Fact]
    public void A_group_saying_it_was_responsible_for_a_bombing_is_its_attacker()
    {
        var attack = Attacks("The Red Brigade said it was responsible for the bombing of a bank in Tolva on Friday.").Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().Equal("Red Brigade");
    }

    [Fact]
    public void A_pronoun_that_no_reporting_verb_introduces_is_not_guessed_as_the_attacker()
    {
        // "it" stands for the country the sentence is about, not for the last group named before it.
        var attack = Attacks("Varnia funds the Hezbollah and, through it, Islamic Jihad; it carried out attacks in Europe.").Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().NotContain("Islamic Jihad");
    }

    [Fact]
    public void A_named_armed_group_before_the_attack_noun_carried_it_out()
    {
        var attack = Attacks("The Hamas attack on a border post near Kerem killed three soldiers on Monday.").Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().Equal("Hamas");
        attack.Targets.Select(t => t.Text).Should().Contain("a border post");
    }

    [Fact]
    public void An_abbreviated_country_before_the_attack_noun_carried_it_out()
    {
        var attack = Attacks("A U.S. missile strike destroyed a factory in Khartoum on Monday.").Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().Equal("U.S.");
    }

    [Fact]
    public void A_company_before_the_attack_noun_is_no_attacker()
    {
        var attack = Attacks("The Microsoft attack was traced to servers in Romania on Monday.").Should().ContainSingle().Subject;

        attack.Attackers.Should().BeEmpty();
    }

    [Fact]
    public void Who_masterminded_an_attack_is_its_attacker()
    {
        var attack = Attacks("Karl Meyer masterminded the bombing of the embassy in Lisbon, prosecutors said on Monday.").Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().Equal("Karl Meyer");
    }

    [Fact]
    public void Helicopters_that_fire_missiles_stand_for_the_force_crewing_them()
    {
        var attack = Attacks("Israeli helicopters fired missiles at a car in Gaza City on Monday, killing three militants.").Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().Equal("Israeli helicopters");
        attack.Killed.Should().Be(3);
    }

    [Fact]
    public void Cruise_missiles_launched_at_targets_are_an_attack_by_the_launching_country()
    {
        var attack = Attacks("The United States launched cruise missiles at camps in eastern Varnia on Thursday.").Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().Equal("United States");
        attack.AttackType.Should().Be(AttackType.Military);
    }

    [Fact]
    public void Rockets_launched_into_a_city_are_an_attack_there()
    {
        // (The whole "launched rockets into" phrase is the trigger, so the city after it is where the attack happened.)
        var attack = Attacks("Rebels launched rockets into the city of Dorva on Monday, killing two children.").Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().Equal("Rebels");
        attack.Location!.Name.Should().Be("Dorva");
        attack.Killed.Should().Be(2);
    }

    [Fact]
    public void Who_planted_the_bombs_is_the_attacker()
    {
        var attack = Attacks("Two bombs exploded at a railway station in Tolva on Friday. The bombs were planted by the Red Hand, police said.")
            .Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().Equal("Red Hand");
    }

    [Fact]
    public void The_killings_condemned_are_not_the_single_shooting_reported_last()
    {
        var attacks = Attacks("On Monday, gunmen killed four people at a bus station in Kasra. On Tuesday, a policeman was shot dead in Kasra. "
            + "The government condemned the killings.");

        attacks.Should().HaveCount(2);
        attacks.Single(a => a.Killed == 1).Mentions.Select(m => m.Trigger.Text).Should().NotContain("killings");
        attacks.Single(a => a.Killed == 4).Mentions.Select(m => m.Trigger.Text).Should().Contain("killings");
    }

    [Theory]
    [InlineData("The Northern Army is believed to be behind the bombing of the airport in Lusk on Monday.")]
    [InlineData("The Northern Army was thought to be responsible for the bombing of the airport in Lusk.")]
    public void A_group_believed_to_be_behind_an_attack_is_its_attacker(string body)
    {
        var attack = Attacks(body).Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().Equal("Northern Army");
    }
}
