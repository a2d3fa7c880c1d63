using EventExtract.Events;
using EventExtract.Places;

namespace EventExtract.Tests.Events;

/// <summary>
/// Unnamed attackers ("killed by a sniper"), single victims counted as one, police raids, sport shooting, and the
/// linking of attack mentions whose parties are unnamed things or fill different roles.
/// </summary>
public class AttackAgentAndVictimTests
{
    private static readonly DateOnly Published = new(2021, 6, 14);
    private static List<Attack> Attacks(string body) => ArticleBody.Events<Attack>(body, Published);

    [Fact]
    public void Passive_agent_party_noun_is_the_attacker_and_a_named_victim_counts_one_killed()
    {
        var attack = Attacks("Mayor Tom Reed was killed in Lakeville on Friday by a sniper hiding in a parked van.").Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().Equal("a sniper");
        attack.Targets.Select(a => a.Text).Should().Equal("Tom Reed");
        attack.Killed.Should().Be(1);
    }

    [Fact]
    public void Possessor_of_the_weapon_after_by_is_the_attacker()
    {
        var attack = Attacks("The judge was killed by a gunman's bullet in Lakeville on Friday.").Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().Equal("a gunman");
    }

    [Fact]
    public void Subject_party_noun_of_a_multiword_attack_verb_is_the_attacker()
    {
        var events = new TestDocument("A sniper shot and killed a pharmacist in Lakeville.", Published)
            .Place("Lakeville", "US")
            .Trigger("shot and killed", EventType.Attack)
            .Find();

        var attack = (Attack)events.Should().ContainSingle().Subject;
        attack.Attackers.Select(a => a.Text).Should().Equal("A sniper");
        attack.Killed.Should().Be(1);
    }

    [Fact]
    public void A_pronoun_victim_of_a_passive_counts_one_and_maimed_counts_one_injured()
    {
        var events = new TestDocument("The 2019 bombing of a bank in Lakeville killed an off-duty guard and maimed a clerk.", Published)
            .Place("Lakeville", "US")
            .Trigger("bombing", EventType.Attack)
            .Trigger("killed", EventType.Attack)
            .Find();

        var attack = (Attack)events.Should().ContainSingle().Subject;
        attack.Killed.Should().Be(1);
        attack.Injured.Should().Be(1);
    }

    [Fact]
    public void He_was_gunned_down_counts_one_killed()
    {
        var events = new TestDocument("He was gunned down in Lakeville on Friday.", Published)
            .Place("Lakeville", "US")
            .Timex("Friday", "2021-06-11")
            .Trigger("gunned down", EventType.Attack)
            .Find();

        ((Attack)events.Should().ContainSingle().Subject).Killed.Should().Be(1);
    }

    [Fact]
    public void Shooting_of_a_titled_person_targets_the_person_not_the_title()
    {
        var attack = Attacks("Police are hunting the gunman in the May 3 shooting of Dr. Ann Moss, a 60-year-old dentist.").Should().ContainSingle().Subject;

        attack.Targets.Select(a => a.Text).Should().Equal("Ann Moss");
    }

    [Fact]
    public void Slaying_of_a_person_counts_one_killed()
    {
        var events = new TestDocument("Police named a suspect in the slaying of Ann Moss in Lakeville.", Published)
            .Actor("Ann Moss", ActorKind.Person)
            .Place("Lakeville", "US")
            .Trigger("slaying", EventType.Attack)
            .Find();

        ((Attack)events.Should().ContainSingle().Subject).Killed.Should().Be(1);
    }

    [Fact]
    public void Attempted_murder_is_no_death()
    {
        var events = new TestDocument("He was charged with the attempted murder of Dr. Ann Moss in Lakeville.", Published)
            .Actor("Ann Moss", ActorKind.Person)
            .Place("Lakeville", "US")
            .Trigger("murder", EventType.Attack)
            .Find();

        events.OfType<Attack>().Should().OnlyContain(a => a.Killed == null);
    }

    [Fact]
    public void A_count_before_plural_killings_counts_the_dead()
    {
        var events = new TestDocument("The militia was blamed for two killings in Lakeville.", Published)
            .Place("Lakeville", "US")
            .Trigger("killings", EventType.Attack)
            .Find();

        ((Attack)events.Should().ContainSingle().Subject).Killed.Should().Be(2);
    }

    [Fact]
    public void A_police_raid_is_no_attack_but_a_militia_raid_is()
    {
        new TestDocument("On Monday, police raided two homes in Lakeville and searched for a suspect.", Published)
            .Place("Lakeville", "US")
            .Timex("Monday", "2021-06-07")
            .Trigger("raided", EventType.Attack)
            .Find().OfType<Attack>().Should().BeEmpty();

        new TestDocument("On Monday, rebels raided two villages near Lakeville.", Published)
            .Place("Lakeville", "US")
            .Timex("Monday", "2021-06-07")
            .Trigger("raided", EventType.Attack)
            .Find().OfType<Attack>().Should().ContainSingle();
    }

    [Fact]
    public void Shooting_skeet_is_no_attack()
    {
        new TestDocument("Members were shooting skeet at a club near Lakeville on Sunday.", Published)
            .Place("Lakeville", "US")
            .Timex("Sunday", "2021-06-13")
            .Trigger("shooting", EventType.Attack)
            .Find().OfType<Attack>().Should().BeEmpty();
    }

    [Fact]
    public void Mentions_naming_the_attacker_and_the_target_separately_are_one_attack()
    {
        var attack = Attacks("A sniper shot and killed a pharmacist in Lakeville on Friday. Police are hunting the gunman in the Friday sniper shooting of Dr. Ann Moss.")
            .Should().ContainSingle().Subject;

        attack.Mentions.Should().HaveCount(2);
        attack.Attackers.Select(a => a.Text).Should().Equal("A sniper");
        attack.Targets.Select(a => a.Text).Should().Equal("Ann Moss");
    }

    [Fact]
    public void Unnamed_targets_with_one_head_noun_link_two_mentions()
    {
        var events = new TestDocument(
            "Bombs damaged two banks in the north on Friday. Investigators are studying the bombings of the banks in the north.", Published)
            .Place("the north", null)
            .Place("the north", null, nth: 1)
            .Timex("Friday", "2021-06-11")
            .Trigger("Bombs damaged", EventType.Attack)
            .Trigger("bombings", EventType.Attack)
            .Find();

        events.OfType<Attack>().Should().ContainSingle();
    }

    [Fact]
    public void The_second_place_of_a_locative_tail_is_no_target()
    {
        var attack = Attacks("The president on Friday condemned the terrorist bomb attacks at French consulates in Mali and Niger.").Should().ContainSingle().Subject;

        attack.Targets.Select(a => a.Text).Should().Equal("French consulates");
    }

    [Fact]
    public void A_country_modifying_a_noun_gives_the_noun_phrase_as_target()
    {
        var attack = Attacks("A bomb attack on the U.S. consulate in Bamako killed 12 people on Friday.").Should().ContainSingle().Subject;

        attack.Targets.Select(a => a.Text).Should().Equal("the U.S. consulate");
        attack.Targets[0].CountryCode.Should().Be("US");
    }

    [Fact]
    public void An_ing_attack_word_before_victims_takes_no_subject_or_object_as_its_parties()
    {
        var attacks = Attacks("Foreign Minister Anna Berg paid tribute to bombing victims and hospital staff on a visit to Mali.");

        attacks.Should().OnlyContain(a => a.Attackers.Count == 0 && a.Targets.Count == 0);
    }
}
