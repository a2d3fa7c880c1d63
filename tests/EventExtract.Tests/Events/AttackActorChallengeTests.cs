using EventExtract.Events;
using EventExtract.Places;

namespace EventExtract.Tests.Events;

/// <summary>
/// A challenge set of made-up news sentences for the parties of an attack: who attacked (named, unnamed, in a passive
/// "by" phrase, as the subject of a verb the tagger may misread) and what or whom was attacked (a named victim, a
/// building, a convoy), with their kinds and country codes, read by the full pipeline.
/// </summary>
public class AttackActorChallengeTests
{
    private static readonly DateOnly Published = new(2022, 9, 15);

    private static Attack Single(string body) => ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;

    [Fact]
    public void An_unnamed_killer_of_a_named_person_is_the_attacker_and_the_person_the_target()
    {
        var attack = Single("A former patient killed Dr. Mira Solberg in her surgery last month.");

        attack.Attackers.Should().ContainSingle().Which.Text.Should().Be("A former patient");
        attack.Attackers[0].Kind.Should().Be(ActorKind.Person);
        attack.Targets.Should().ContainSingle().Which.Text.Should().Be("Mira Solberg");
        attack.Targets[0].Kind.Should().Be(ActorKind.Person);
        attack.Killed.Should().Be(1);
    }

    [Fact]
    public void A_purpose_infinitive_names_no_new_killing()
    {
        ArticleBody.Events<Attack>("Detectives tested whether the rifle was used to kill Tomas Varga.", Published).Should().BeEmpty();
    }

    [Fact]
    public void A_people_noun_in_a_passive_by_phrase_is_the_attacker()
    {
        var attack = Single("A nurse was stabbed by a teenager outside the hospital in Tarnby on Monday.");

        attack.Attackers.Should().ContainSingle().Which.Text.Should().Be("a teenager");
        attack.Attackers[0].Kind.Should().Be(ActorKind.Person);
        attack.Targets.Select(t => t.Text).Should().Equal("A nurse");
    }

    [Fact]
    public void Shot_dead_read_as_a_noun_still_has_its_gunman_as_attacker()
    {
        var attack = Single("A gunman shot dead two police officers in Carlow on Tuesday.");

        attack.Attackers.Should().ContainSingle().Which.Text.Should().Be("A gunman");
        attack.Attackers[0].Kind.Should().Be(ActorKind.Person);
        attack.Killed.Should().Be(2);
    }

    [Fact]
    public void The_agent_of_an_attack_noun_follows_its_of_phrase_even_before_a_casualty_verb()
    {
        var attack = Single("The bombing of the consulate by separatists killed four guards.");

        attack.Attackers.Should().ContainSingle().Which.Text.Should().Be("separatists");
        attack.Attackers[0].Kind.Should().Be(ActorKind.Group);
        attack.Targets.Select(t => t.Text).Should().Equal("the consulate");
        attack.Killed.Should().Be(4);
    }

    [Fact]
    public void The_object_of_an_attack_verb_is_the_target_not_the_victims_of_the_casualty_participle()
    {
        var attack = Single("Militants bombed the post office in Varnak, killing a guard.");

        attack.Attackers.Select(a => a.Text).Should().Equal("Militants");
        attack.Targets.Select(t => t.Text).Should().Equal("the post office");
        attack.Killed.Should().Be(1);
    }

    [Fact]
    public void Warplanes_bombing_a_market_have_the_market_as_target_and_the_dead_as_toll()
    {
        var attack = Single("Government warplanes bombed a market in Idlib, killing 20 civilians.");

        attack.Attackers.Select(a => a.Text).Should().Equal("Government warplanes");
        attack.Targets.Select(t => t.Text).Should().Equal("a market");
        attack.Killed.Should().Be(20);
    }

    [Fact]
    public void A_target_phrase_keeps_an_adverb_on_its_modifier()
    {
        var attack = Single("Extremists have bombed two predominantly Catholic villages since March.");

        attack.Attackers.Select(a => a.Text).Should().Equal("Extremists");
        attack.Targets.Select(t => t.Text).Should().Equal("two predominantly Catholic villages");
    }

    [Fact]
    public void A_target_phrase_keeps_a_city_and_its_state_before_the_head()
    {
        var attack = Single("The suspect fled after the 2019 bombing of a Tulsa, Okla., bus depot that killed a driver.");

        attack.Targets.Select(t => t.Text).Should().Equal("a Tulsa, Okla., bus depot");
    }

    [Fact]
    public void A_passive_subject_is_the_target_and_the_by_phrase_the_attackers()
    {
        var attack = Single("The border post was attacked by militants on Monday.");

        attack.Targets.Select(t => t.Text).Should().Equal("The border post");
        attack.Attackers.Should().ContainSingle().Which.Text.Should().Be("militants");
        attack.Attackers[0].Kind.Should().Be(ActorKind.Group);
    }

    [Fact]
    public void A_country_attacking_a_country_gives_both_with_their_codes()
    {
        var attack = Single("Iraq's attack on Kuwait drew swift condemnation.");

        attack.Attackers.Should().ContainSingle().Which.CountryCode.Should().Be("IQ");
        attack.Attackers[0].Kind.Should().Be(ActorKind.Country);
        attack.Targets.Should().ContainSingle().Which.CountryCode.Should().Be("KW");
    }

    [Fact]
    public void A_group_claiming_responsibility_is_the_attacker_of_the_attack_it_names()
    {
        var attack = Single("The Red Crescent Brigade claimed responsibility for the attack on the ministry.");

        attack.Attackers.Select(a => a.Text).Should().Equal("Red Crescent Brigade");
        attack.Targets.Select(t => t.Text).Should().Equal("the ministry");
    }

    [Fact]
    public void National_troops_firing_on_protesters_carry_their_country()
    {
        var attack = Single("Syrian troops fired on protesters in the square.");

        attack.Attackers.Should().ContainSingle().Which.CountryCode.Should().Be("SY");
        attack.Targets.Select(t => t.Text).Should().Equal("protesters");
    }

    [Fact]
    public void Troops_from_a_country_carry_its_code()
    {
        var attack = Single("Troops from Ethiopia shelled a refugee camp near the border.");

        attack.Attackers.Should().ContainSingle().Which.CountryCode.Should().Be("ET");
        attack.Targets.Select(t => t.Text).Should().Equal("a refugee camp");
    }

    [Fact]
    public void Forces_of_a_country_are_the_attackers_with_its_code()
    {
        var attack = Single("Forces of Syria fired on the village on Monday.");

        attack.Attackers.Should().ContainSingle().Which.CountryCode.Should().Be("SY");
        attack.Targets.Select(t => t.Text).Should().Equal("the village");
    }

    [Fact]
    public void A_convoy_coming_under_attack_is_the_target()
    {
        var attack = Single("The convoy came under attack by Taliban fighters near Kandahar.");

        attack.Targets.Select(t => t.Text).Should().Equal("The convoy");
        attack.Attackers.Should().ContainSingle().Which.Text.Should().Be("Taliban fighters");
    }

    [Fact]
    public void An_attack_on_police_has_the_police_as_target()
    {
        var attack = Single("An attack on police in the capital left two officers dead.");

        attack.Targets.Select(t => t.Text).Should().Equal("police");
        attack.Attackers.Should().BeEmpty();
        attack.Killed.Should().Be(2);
    }

    [Fact]
    public void Suspected_militants_ambushing_a_convoy_are_the_attackers_and_the_counted_dead_are_the_toll()
    {
        var attack = Single("Suspected militants ambushed a military convoy near Kandahar on Sunday, killing three soldiers.");

        attack.Attackers.Should().ContainSingle().Which.Text.Should().EndWith("militants");
        attack.Targets.Select(t => t.Text).Should().Equal("a military convoy");
        attack.Killed.Should().Be(3);
    }

    [Fact]
    public void The_party_an_architect_appositive_describes_is_the_attacker()
    {
        var attack = Single("Police are hunting Karl Rask, the architect of the twin bombings of two ferries in Kiel.");

        attack.Attackers.Should().ContainSingle().Which.Text.Should().Be("Karl Rask");
        attack.Attackers[0].Kind.Should().Be(ActorKind.Person);
        attack.Targets.Select(t => t.Text).Should().Equal("two ferries");
    }

    [Fact]
    public void A_means_gerund_shares_the_subject_of_its_clause()
    {
        var attack = Single("Iraq could widen the war by attacking Jordan.");

        attack.Attackers.Should().ContainSingle().Which.CountryCode.Should().Be("IQ");
        attack.Targets.Should().ContainSingle().Which.CountryCode.Should().Be("JO");
        attack.Status.Should().Be(EventStatus.Hypothetical);
    }

    [Fact]
    public void The_dead_of_a_killing_noun_are_victims_and_not_targets()
    {
        var attack = Single("Hundreds marched in Tirana on Sunday against the killings of ethnic Albanians by Serb police.");

        attack.Targets.Should().BeEmpty();
        attack.Attackers.Should().ContainSingle().Which.Text.Should().Be("Serb police");
    }

    [Fact]
    public void A_named_person_in_the_of_phrase_of_a_killing_noun_is_the_target()
    {
        var attack = Single("The murder of Judge Ellen Park in March shocked the city.");

        attack.Targets.Should().ContainSingle().Which.Text.Should().Be("Ellen Park");
        attack.Targets[0].Kind.Should().Be(ActorKind.Person);
    }
}
