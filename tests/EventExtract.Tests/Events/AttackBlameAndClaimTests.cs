using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Who did an attack when the article says so outside the attack's own clause: a group that claims it, officials who
/// blame or suspect a group in the next sentence, "blamed X for" the attack, a party noun counted ("Dozens of rebels")
/// or described by a participle ("a man armed with an axe"), and the verb of a "when" clause after a passive casualty
/// verb; and attack words that report no attack (drills, a team's "attack", "similar attacks" in general, an "of"
/// phrase naming a bill). Sentences invented for these tests.
/// </summary>
public class AttackBlameAndClaimTests
{
    private static readonly DateOnly Published = new(2025, 6, 12);
    private static List<Attack> Attacks(string body) => ArticleBody.Events<Attack>(body, Published);

    [Fact]
    public void A_claim_for_the_attack_adds_its_group_to_the_sentence_initial_gunmen()
    {
        var attack = Attacks("Gunmen opened fire on a bus carrying pilgrims near Tarsa on Monday, killing nine people. "
            + "The Northern Dawn Brigade claimed responsibility for the attack.").Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().BeEquivalentTo("Gunmen", "Northern Dawn Brigade");
        attack.Killed.Should().Be(9);
    }

    [Fact]
    public void Officials_blaming_a_group_in_the_next_sentence_name_the_attacker()
    {
        var attack = Attacks("A bomb tore through a police checkpoint in Mersa on Sunday, killing four officers. "
            + "The interior ministry blamed the Red Crescent Front.").Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().Equal("Red Crescent Front");
    }

    [Fact]
    public void Authorities_suspecting_a_group_after_no_claim_name_the_attacker_and_no_group_is_none()
    {
        var attack = Attacks("No group has claimed responsibility for the bombing of a market in Kandor, which killed 11 people. "
            + "Investigators suspect the Eastern Liberation Army.").Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().Equal("Eastern Liberation Army");
    }

    [Theory]
    [InlineData("There was no immediate claim of responsibility for the bombing.")]
    [InlineData("Nobody has claimed responsibility for Saturday's attack.")]
    public void Denied_or_missing_claims_leave_the_attack_occurred(string claimSentence)
    {
        var attack = Attacks("A car bomb killed nine people at a market in Kandor on Saturday. " + claimSentence).Should().ContainSingle().Subject;

        attack.Status.Should().Be(EventStatus.Occurred);
        attack.Killed.Should().Be(9);
    }

    [Theory]
    [InlineData("No group has claimed responsibility for the attack.")]
    [InlineData("Nobody has claimed responsibility.")]
    public void A_claim_nobody_made_is_negated_and_has_no_speaker(string claimSentence)
    {
        var claim = ArticleBody.Events<Statement>("A car bomb killed nine people at a market in Kandor on Saturday.\n\n"
            + claimSentence, Published).Should().ContainSingle().Subject;

        claim.Status.Should().Be(EventStatus.Negated);
        claim.Speakers.Should().BeEmpty();
    }

    [Fact]
    public void Blaming_a_group_for_a_bomb_names_it_as_the_attacker()
    {
        var attack = Attacks("Police blamed the Black Harbour Army for a bomb that damaged a bank in Portree on Friday.").Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().Contain("Black Harbour Army");
    }

    [Fact]
    public void Blame_for_something_else_after_an_attack_names_no_attacker()
    {
        var attack = Attacks("Rebels shelled the town of Arvik on Monday, wounding six civilians. "
            + "In the capital, the opposition blamed the finance minister for the delay in the budget vote.").Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().Equal("Rebels");
    }

    [Fact]
    public void A_counted_party_is_the_subject_of_the_attack_verb()
    {
        var attack = Attacks("Hundreds of rebels stormed a prison in Bunia on Tuesday, freeing dozens of inmates.").Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().ContainSingle().Which.Should().Contain("rebels");
    }

    [Fact]
    public void A_party_noun_described_by_a_participle_phrase_is_the_attacker()
    {
        var attack = Attacks("A man armed with an axe attacked shoppers at a supermarket in Malmo on Saturday, injuring three.").Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().Equal("A man");
        attack.Injured.Should().Be(3);
    }

    [Fact]
    public void Who_throws_the_bombs_is_the_attacker()
    {
        var attack = Attacks("Youths hurled petrol bombs at a police station in Lurgan overnight.").Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().Equal("Youths");
    }

    [Fact]
    public void The_subject_of_a_when_clause_attack_verb_is_the_attacker_not_the_killed_person()
    {
        var attack = Attacks("The judge, Maria Estevez, was killed when gunmen ambushed her convoy outside Toluca.").Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().Equal("gunmen");
    }

    [Fact]
    public void Live_fire_in_a_military_exercise_is_no_attack()
    {
        Attacks("Navy ships fired missiles during a joint exercise off the coast on Thursday, the ministry said.").Should().BeEmpty();
    }

    [Fact]
    public void A_team_strong_in_attack_is_no_attack()
    {
        Attacks("Porto dominated in attack and scored twice before half-time against Braga.").Should().BeEmpty();
    }

    [Fact]
    public void Similar_attacks_in_general_are_no_attack_of_their_own()
    {
        var attacks = Attacks("A bomb exploded at a rally in Multan on Friday, wounding 15 people. "
            + "Police blamed Sipah Kaveh, which has carried out similar attacks in the past.");

        var attack = attacks.Should().ContainSingle().Subject;
        attack.Attackers.Select(a => a.Text).Should().Equal("Sipah Kaveh");
    }

    [Fact]
    public void The_bombing_of_a_bill_is_no_attack()
    {
        Attacks("Analysts said the bombing of the bill in parliament would haunt the coalition.").Should().BeEmpty();
    }

    [Fact]
    public void An_impact_verb_after_the_attack_noun_has_the_target_as_its_object()
    {
        var attack = Attacks("A drone strike by government forces hit a fuel depot near Kassala on Monday, killing two guards.").Should().ContainSingle().Subject;

        attack.Targets.Select(t => t.Text).Should().Equal("a fuel depot");
    }

    [Fact]
    public void A_disaster_striking_a_coast_is_no_attack()
    {
        Attacks("A typhoon struck the northern coast of Luzon on Sunday, killing five people.").Should().BeEmpty();
    }

    [Fact]
    public void A_camera_shot_is_no_attack()
    {
        Attacks("The director shot the final scene in a castle near Krakow last spring.").Should().BeEmpty();
    }

    [Fact]
    public void Shooting_to_fame_is_no_attack()
    {
        Attacks("The drummer shot to fame in 2015 with a viral video.").Should().BeEmpty();
    }

    [Fact]
    public void An_assault_on_a_right_is_no_attack()
    {
        Attacks("Journalists called the new law an assault on media freedom.").Should().BeEmpty();
    }
}
