using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Wire phrasings of strikes and bombings: missiles of a compound name fired at a target ("fired cruise missiles at
/// the port", a name in the weapon's phrase naming the weapon, not the target); a missile launched into the sea hits
/// nothing and is no attack, nor is one fired in a weapons test ("a test of the truce" is no such test). Sentences
/// invented for these tests. An organization before an attack noun that names its own target carried it out ("the
/// NATO bombing of Belgrade"). A pronoun-subject label ('"This was an act of terror," the mayor said of the bombing')
/// is a mention of the attack it describes, never a new attack nor one reported earlier. A plural killing noun counts
/// the dead of its "of" phrase ("condemned the killings of 12 villagers"). Aircraft and drones that strike stand for
/// the force flying them ("Israeli aircraft struck", "Ukrainian drones attacked"), though "it" never stands for a
/// counted fleet of them. An area the gazetteer lacks after a country's possessive is the place, in that country
/// ("in Afghanistan's southern Helmand province"). A target phrase may follow the attacker's "by" phrase ("an attack by
/// Islamic State fighters on a prison"), and a name after the determiner of a target phrase is the target ("a car
/// bombing outside the U.S. embassy"). "any attack", "such an attack" name no one attack. One person with an "of"
/// phrase shot dead is one killed ("The mayor of Uruapan was shot dead"). What a weapon is thrown "into" is the target.
/// One person killed by the verb an attack noun is the subject of is the target ("An air strike killed a commander"), and
/// "a" with adjectives before a named role counts one dead ("killed a senior Hamas commander"). A group saying "they
/// had killed" soldiers in an attack noun carried it out. "A convoy carrying aid workers was attacked": the convoy
/// with its riders is the target, not the riders alone. A relative clause on a condemned attack may name its attackers
/// ("the killings, which they say were carried out by soldiers").
/// </summary>
public class AttackWireStrikePhrasingPipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 14);
    private static List<Attack> Attacks(string body) => ArticleBody.Events<Attack>(body, Published);

    [Theory]
    [InlineData("Russia fired cruise missiles at the port of Odesa on Tuesday.", "Russia", "*port*")]
    [InlineData("U.S. warships fired Tomahawk cruise missiles at a radar site near Hodeidah.", "U.S. warships", "*radar site*")]
    public void Missiles_named_by_a_compound_fired_at_a_target_are_an_attack(string sentence, string attacker, string target)
    {
        var attack = Attacks(sentence).Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().Equal(attacker);
        attack.Targets.Select(t => t.Text).Should().ContainMatch(target);
    }

    [Fact]
    public void Missiles_fired_on_a_named_day_are_still_an_attack()
    {
        Attacks("Militants fired rockets Tuesday at an army base near Kandahar.").Should().ContainSingle();
    }

    [Theory]
    [InlineData("North Korea launched a missile into the sea on Wednesday, South Korea's military said.")]
    [InlineData("Pyongyang fired two ballistic missiles into the Sea of Japan on Monday.")]
    public void A_missile_fired_into_the_sea_hitting_nothing_is_no_attack(string sentence)
    {
        Attacks(sentence).Should().BeEmpty();
    }

    [Fact]
    public void A_missile_fired_at_a_ship_at_sea_is_still_an_attack()
    {
        var attack = Attacks("Houthi rebels fired missiles at a cargo ship in the Red Sea on Sunday.").Should().ContainSingle().Subject;

        attack.Targets.Select(t => t.Text).Should().ContainMatch("*cargo ship*");
    }

    [Theory]
    [InlineData("North Korea launched a ballistic missile in a test on Wednesday, South Korea's military said.")]
    [InlineData("Iran fired a new cruise missile during a weapons test near Bandar Abbas.")]
    public void A_missile_fired_in_a_weapons_test_is_no_attack(string sentence)
    {
        Attacks(sentence).Should().BeEmpty();
    }

    [Fact]
    public void An_attack_called_a_test_of_something_is_still_an_attack()
    {
        Attacks("The rocket attack on Friday was seen as a test of the ceasefire.").Should().ContainSingle();
    }

    [Theory]
    [InlineData("Serbian leaders still recall the NATO bombing of Belgrade in 1999.", "NATO")]
    [InlineData("The African Union bombing of rebel positions near Kismayo killed 30 fighters on Monday.", "African Union")]
    public void An_organization_before_an_attack_noun_with_its_own_target_is_the_attacker(string sentence, string attacker)
    {
        var attack = Attacks(sentence).Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().Equal(attacker);
    }

    [Fact]
    public void A_quoted_label_joins_the_attack_its_sentence_names_after_it()
    {
        var attacks = Attacks("Serbian leaders still recall the NATO bombing of Belgrade in 1999.\n\n"
            + "\"This was an act of terror,\" the mayor said of the bombing of a market in Kano that killed 20 people.");

        attacks.Should().HaveCount(2);
        var kano = attacks.Should().ContainSingle(a => a.Killed == 20).Subject;
        kano.Mentions.Select(m => m.Trigger.Text).Should().Contain("act of terror");
        attacks.Single(a => a != kano).Mentions.Select(m => m.Trigger.Text).Should().NotContain("act of terror");
    }

    [Fact]
    public void A_quoted_label_alone_in_its_sentence_is_the_attack_just_reported()
    {
        var attack = Attacks("A car bomb exploded outside a police station in Kirkuk on Sunday, killing four officers.\n\n"
            + "\"It was a cowardly act of terrorism,\" the prime minister said.").Should().ContainSingle().Subject;

        attack.Mentions.Select(m => m.Trigger.Text).Should().Contain("act of terrorism");
    }

    [Theory]
    [InlineData("Amnesty International condemned the killings of 12 villagers in Borno state on Monday.", 12)]
    [InlineData("The murders of at least 30 civilians near Beni were blamed on rebels.", 30)]
    public void A_plural_killing_noun_counts_the_dead_of_its_of_phrase(string sentence, int killed)
    {
        var attack = Attacks(sentence).Should().ContainSingle().Subject;

        attack.Killed.Should().Be(killed);
    }

    [Theory]
    [InlineData("Israeli aircraft struck a house in Khan Younis early on Tuesday.", "Israeli aircraft")]
    [InlineData("Ukrainian drones attacked an oil refinery in the Krasnodar region overnight.", "Ukrainian drones")]
    public void Aircraft_or_drones_that_strike_are_the_attackers(string sentence, string attacker)
    {
        var attack = Attacks(sentence).Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().Equal(attacker);
    }

    [Fact]
    public void It_does_not_stand_for_a_counted_fleet_of_aircraft()
    {
        var statement = ArticleBody.Events<Statement>("The Syrian army also includes holdings of 1,200 tanks, 120 combat aircraft, 40 attack "
            + "helicopters and 3 submarines. It has never declared its stocks of nerve agents.", Published).Should().ContainSingle().Subject;

        statement.Speakers.Select(a => a.Text).Should().NotContain(a => a.Contains("aircraft"));
    }

    [Theory]
    [InlineData("A roadside bomb killed three soldiers in Afghanistan's southern Helmand province on Monday.", "Helmand province", "AF")]
    [InlineData("Jihadists killed 20 villagers in Nigeria's northeastern Borno state on Sunday.", "Borno state", "NG")]
    public void An_unlisted_area_after_a_country_possessive_is_the_place(string sentence, string place, string country)
    {
        var attack = Attacks(sentence).Should().ContainSingle().Subject;

        attack.Location!.Text.Should().Be(place);
        attack.Location.CountryCode.Should().Be(country);
    }

    [Theory]
    [InlineData("An attack by Islamic State fighters on a prison in Hasakah left dozens dead.", "Islamic State fighters", "a prison")]
    [InlineData("The bombing by separatists of a railway bridge near Quetta cut the line.", "separatists", "a railway bridge")]
    public void A_target_phrase_after_the_attackers_by_phrase_is_the_target(string sentence, string attacker, string target)
    {
        var attack = Attacks(sentence).Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().Equal(attacker);
        attack.Targets.Select(t => t.Text).Should().Equal(target);
    }

    [Fact]
    public void A_name_after_the_determiner_of_a_target_phrase_is_the_target()
    {
        var attack = Attacks("A car bombing outside the U.S. embassy in Tanzania killed 10 people and wounded about 70 others.").Should().ContainSingle().Subject;

        attack.Targets.Select(t => t.Text).Should().ContainMatch("*embassy*");
    }

    [Theory]
    [InlineData("Analysts say any attack upon the country's nuclear facilities would draw in its allies.")]
    [InlineData("An examination of the ramifications of such an attack is badly needed.")]
    public void Any_attack_or_such_an_attack_is_no_attack(string sentence)
    {
        Attacks(sentence).Should().BeEmpty();
    }

    [Theory]
    [InlineData("The mayor of Uruapan was shot dead during a festival on Saturday.")]
    [InlineData("A member of the ruling party was shot dead by gunmen in Mosul on Sunday.")]
    public void One_person_named_with_an_of_phrase_and_shot_dead_counts_one_killed(string sentence)
    {
        var attack = Attacks(sentence).Should().ContainSingle().Subject;

        attack.Killed.Should().Be(1);
    }

    [Fact]
    public void What_a_grenade_is_thrown_into_is_the_target()
    {
        var attack = Attacks("Unknown assailants threw a grenade into a bar in Cali, wounding nine people.").Should().ContainSingle().Subject;

        attack.Targets.Select(t => t.Text).Should().Equal("a bar");
        attack.Injured.Should().Be(9);
    }

    [Theory]
    [InlineData("An Israeli air strike killed a senior militant commander in Khan Younis on Thursday.", "a senior militant commander")]
    [InlineData("A roadside bomb killed Anna Berg, a local councillor, in Basra on Monday.", "Anna Berg")]
    public void One_person_killed_by_the_verb_of_an_attack_noun_is_the_target(string sentence, string target)
    {
        var attack = Attacks(sentence).Should().ContainSingle().Subject;

        attack.Targets.Select(t => t.Text).Should().Equal(target);
    }

    [Fact]
    public void A_with_adjectives_before_a_named_role_counts_one_killed()
    {
        var attack = Attacks("Israeli jets killed a senior Hamas commander in Khan Younis on Thursday.").Should().ContainSingle().Subject;

        attack.Killed.Should().Be(1);
    }

    [Fact]
    public void A_group_saying_they_killed_people_in_an_ambush_is_its_attacker()
    {
        var attack = Attacks("The Pakistani Taliban said they had killed 15 soldiers in an ambush in South Waziristan.").Should().ContainSingle().Subject;

        // (The curated group "Pakistani Taliban", PK, not the Afghan "Taliban".)
        attack.Attackers.Select(a => (a.Text, a.CountryCode)).Should().Equal(("Pakistani Taliban", "PK"));
        attack.Killed.Should().Be(15);
    }

    [Theory]
    [InlineData("A convoy carrying aid workers was attacked by gunmen near Juba on Wednesday.", "A convoy carrying aid workers")]
    [InlineData("A bus carrying Hindu pilgrims was attacked near Reasi on Sunday, killing nine people.", "A bus carrying Hindu pilgrims")]
    public void A_vehicle_carrying_people_that_was_attacked_is_the_target(string sentence, string target)
    {
        var attack = Attacks(sentence).Should().ContainSingle().Subject;

        attack.Targets.Select(t => t.Text).Should().Equal(target);
    }

    [Fact]
    public void A_relative_clause_on_the_attack_noun_names_its_attackers()
    {
        var attack = Attacks("Rights groups have condemned the killings, which they say were carried out by soldiers.").Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().Equal("soldiers");
    }
}
