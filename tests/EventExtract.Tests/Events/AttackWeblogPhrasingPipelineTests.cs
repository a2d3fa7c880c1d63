using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Attack triggers and attackers as commentary and weblog writing phrases them: a demonym or an "X-led" modifier
/// naming the attacker, a party that plans or threatens the attack, regimes and islamists as unnamed armed parties,
/// a late "by" agent past a long "of" phrase, and triggers ("massacring", "butcher", "blew himself up", "acts of
/// terror", "the siege of", "the conquest of") the lexicon lacked. Sentences invented for these tests.
/// </summary>
public class AttackWeblogPhrasingPipelineTests
{
    private static readonly DateOnly Published = new(2021, 3, 10);

    private static Attack OnlyAttack(string body) =>
        ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;

    [Fact]
    public void A_demonym_before_an_attack_noun_is_the_attacker_with_its_country()
    {
        var attack = OnlyAttack("The Libyan bombing of the airliner shocked the world.");

        var attacker = attack.Attackers.Should().ContainSingle().Subject;
        attacker.Text.Should().Be("Libyan");
        attacker.CountryCode.Should().Be("LY");
        attacker.Canonical.Should().Be("Libya");
    }

    [Fact]
    public void A_demonym_before_an_air_strike_is_the_attacker()
    {
        var attack = OnlyAttack("Israeli air strikes hit a warehouse in the town on Tuesday.");

        attack.Attackers.Should().ContainSingle().Which.CountryCode.Should().Be("IL");
    }

    [Fact]
    public void The_party_before_led_is_the_attacker_of_the_invasion()
    {
        var attack = OnlyAttack("Critics still argue about the American-led invasion of Vardenia.");

        attack.Attackers.Should().ContainSingle().Which.CountryCode.Should().Be("US");
    }

    [Fact]
    public void A_place_named_before_the_bombing_is_not_its_attacker()
    {
        var attack = OnlyAttack("The Istanbul bombings frightened tourists away for a year.");

        attack.Attackers.Should().BeEmpty();
    }

    [Fact]
    public void Those_who_plan_an_attack_are_its_attackers()
    {
        var attack = OnlyAttack("Rebel leaders were planning a large attack on the capital.");

        attack.Attackers.Should().ContainSingle().Which.Text.Should().Be("Rebel leaders");
    }

    [Fact]
    public void One_who_demands_an_inquiry_into_an_attack_is_not_its_attacker()
    {
        var attack = OnlyAttack("The mayor planned an inquiry into the bombing of the market.");

        attack.Attackers.Should().BeEmpty();
    }

    [Fact]
    public void A_regime_massacring_villagers_is_the_attacker_not_the_target()
    {
        var attack = OnlyAttack("The military regime is massacring villagers in the north.");

        attack.Attackers.Should().ContainSingle().Which.Text.Should().Be("The military regime");
        attack.Targets.Should().ContainSingle().Which.Text.Should().Be("villagers");
    }

    [Fact]
    public void The_subject_of_a_progressive_attack_verb_attacks_and_its_object_is_the_target()
    {
        var attack = OnlyAttack("Armed militants are attacking the Kalvar garrison near the river.");

        attack.Attackers.Should().ContainSingle().Which.Text.Should().Contain("militants");
        attack.Targets.Should().NotContain(t => t.Text.Contains("militants"));
    }

    [Fact]
    public void A_late_by_agent_past_a_long_of_phrase_is_the_attacker()
    {
        var attack = OnlyAttack("The killings of dozens of farmers in one valley or another by armed bandits went unpunished.");

        attack.Attackers.Should().ContainSingle().Which.Text.Should().Be("armed bandits");
    }

    [Fact]
    public void Blowing_oneself_up_is_a_suicide_bombing_by_the_subject()
    {
        var attack = OnlyAttack("A young man blew himself up at a checkpoint, killing six soldiers.");

        attack.Mentions.Should().Contain(m => m.Trigger.Text == "blew himself up");
        attack.Attackers.Should().ContainSingle().Which.Text.Should().Be("A young man");
        attack.Killed.Should().Be(6);
    }

    [Fact]
    public void Butchering_civilians_is_an_attack()
    {
        var attack = OnlyAttack("The dictator butchered thousands of civilians in the southern provinces.");

        attack.Mentions.Should().Contain(m => m.Trigger.Text == "butchered");
    }

    [Fact]
    public void Acts_of_terror_are_an_attack()
    {
        ArticleBody.Events<Attack>("The group carried out acts of terror in three countries last year.", Published)
            .Should().ContainSingle().Which.Mentions.Should().Contain(m => m.Trigger.Text.StartsWith("acts of terror"));
    }

    [Fact]
    public void The_siege_of_a_town_is_an_attack_on_it()
    {
        var attack = OnlyAttack("The siege of the rebels in the old town lasted three weeks.");

        attack.Targets.Should().ContainSingle().Which.Text.Should().Be("the rebels");
    }

    [Fact]
    public void Hurling_a_grenade_at_guards_is_an_attack_on_them()
    {
        var attack = OnlyAttack("A masked man hurled a grenade at the guards of the bank in Tolvar.");

        attack.Mentions.Should().Contain(m => m.Trigger.Text.StartsWith("hurled"));
    }

    [Fact]
    public void Using_poison_gas_against_a_country_is_an_attack()
    {
        var attack = OnlyAttack("In 1963 the air force used poison gas against Vardenian villages.");

        attack.Mentions.Should().Contain(m => m.Trigger.Text.StartsWith("used poison gas"));
    }

    [Fact]
    public void Kidnapping_by_rebels_is_an_attack_by_them()
    {
        var attack = OnlyAttack("Two aid workers were kidnapped by rebels near the border on Monday.");

        attack.Attackers.Should().ContainSingle().Which.Text.Should().Be("rebels");
    }

    [Fact]
    public void Wells_set_afire_are_an_attack()
    {
        ArticleBody.Events<Attack>("Retreating troops set afire dozens of oil wells in the desert.", Published)
            .Should().ContainSingle().Which.Mentions.Should().Contain(m => m.Trigger.Text.StartsWith("set afire"));
    }

    [Fact]
    public void The_noun_a_relative_pronoun_stands_for_is_the_attacker()
    {
        var attack = OnlyAttack("Police arrested the man who stabbed a guard outside the museum.");

        attack.Attackers.Should().ContainSingle().Which.Text.Should().Be("the man");
    }

    [Fact]
    public void Fanatics_are_an_unnamed_armed_party()
    {
        var attack = OnlyAttack("The clinic in Tolvar was attacked on Sunday by fanatics.");

        attack.Attackers.Should().ContainSingle().Which.Text.Should().Contain("fanatics");
    }
}
