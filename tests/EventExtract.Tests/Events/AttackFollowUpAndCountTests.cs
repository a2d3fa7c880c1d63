using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Attack news beyond its first sentence (evatk7): a later death-toll update, a definite casualty report that counts the
/// dead of the latest attack, a responsibility claim in a sentence of its own; casualty phrases that join several counted
/// parts; age compounds in attacker and victim phrases; counter-attacks; and a match report's attack words that are play.
/// Sentences invented for these tests.
/// </summary>
public class AttackFollowUpAndCountTests
{
    private static readonly DateOnly Published = new(2025, 9, 18);
    private static List<Attack> Attacks(string body) => ArticleBody.Events<Attack>(body, Published);

    [Fact]
    public void A_later_death_toll_update_raises_the_killed_figure_of_the_attack()
    {
        var attack = Attacks("A truck bomb exploded near a bus depot in Karvel on Monday, killing six people, police said. "
            + "By Tuesday evening the death toll had risen to 14, hospital officials said.").Should().ContainSingle().Subject;

        attack.Killed.Should().Be(14);
    }

    [Fact]
    public void A_toll_standing_at_a_figure_after_at_least_counts_too()
    {
        var attack = Attacks("Gunmen stormed a hotel in Port Vesta on Friday night, killing at least nine guests. "
            + "The toll stood at more than 20 on Saturday, the health ministry said.").Should().ContainSingle().Subject;

        attack.Killed.Should().Be(20);
    }

    [Fact]
    public void A_definite_casualty_report_counts_the_dead_of_the_latest_attack_not_an_earlier_one()
    {
        var attacks = Attacks("Militants fired mortar rounds at an army base near Sorel on Friday, the army said. "
            + "Hours later, air force jets struck militant hideouts in the hills. "
            + "Two fighters were killed and four were wounded in the air strikes, a local official said.");

        attacks.Should().HaveCount(2);
        var jets = attacks.Single(a => a.Mentions.Any(m => m.Trigger.Text == "struck"));
        jets.Mentions.Select(m => m.Trigger.Text).Should().Contain("air strikes");
        jets.Killed.Should().Be(2);
        jets.Injured.Should().Be(4);
        attacks.Single(a => a != jets).Killed.Should().BeNull();
    }

    [Fact]
    public void A_responsibility_claim_in_its_own_sentence_names_the_attacker_of_the_attack_before()
    {
        var attack = Attacks("A cyber-attack has paralysed the ticketing systems of the national railway, the operator said on Monday. "
            + "A hacker group calling itself Grey Lynx claimed responsibility on a messaging channel.").Should().ContainSingle().Subject;

        attack.Attackers.Should().ContainSingle().Which.Text.Should().Contain("Lynx");
        attack.Targets.Select(t => t.Text).Should().ContainMatch("*ticketing systems*");
    }

    [Fact]
    public void A_denied_claim_names_no_attacker()
    {
        var attack = Attacks("A bomb exploded outside a courthouse in Delmar on Sunday, wounding three guards. "
            + "No organisation has claimed responsibility so far.").Should().ContainSingle().Subject;

        attack.Attackers.Should().BeEmpty();
    }

    [Fact]
    public void Coordinated_victims_before_a_death_verb_are_all_counted()
    {
        var attack = Attacks("Rebels attacked a police post near Tambra on Sunday. "
            + "Three officers and a civilian died in the assault, the governor said.").Should().ContainSingle().Subject;

        attack.Killed.Should().Be(4);
    }

    [Fact]
    public void The_lives_of_coordinated_victims_are_all_counted()
    {
        var attack = Attacks("Gunmen ambushed a minibus near Orlik on Thursday, claiming the lives of a driver and three passengers.")
            .Should().ContainSingle().Subject;

        attack.Killed.Should().Be(4);
    }

    [Fact]
    public void Dead_and_wounded_figures_joined_by_and_stay_apart()
    {
        var attack = Attacks("A parcel bomb exploded at a market in Suvan on Saturday, leaving five dead and 12 wounded.")
            .Should().ContainSingle().Subject;

        attack.Killed.Should().Be(5);
        attack.Injured.Should().Be(12);
    }

    [Fact]
    public void An_age_compound_stays_in_the_attacker_phrase()
    {
        var attack = Attacks("A 17-year-old boy stabbed two teachers at a school in Kelby on Wednesday, police said.")
            .Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().Equal("A 17-year-old boy");
    }

    [Fact]
    public void A_victim_described_by_an_age_compound_counts_one_killed()
    {
        var attack = Attacks("Soldiers opened fire on a crowd in Mavora on Tuesday. A 62-year-old man was killed and three other people were wounded in the shooting.")
            .Should().ContainSingle().Subject;

        attack.Killed.Should().Be(1);
        attack.Injured.Should().Be(3);
    }

    [Fact]
    public void A_counter_attack_is_an_attack_with_its_own_attackers_and_dead()
    {
        var attacks = Attacks("Government troops shelled rebel positions outside Marsa on Monday. "
            + "Two soldiers and a medic died when the rebels counter-attacked at dusk.");

        var counter = attacks.Should().ContainSingle(a => a.Mentions.Any(m => m.Trigger.Text == "counter-attacked")).Subject;
        counter.Killed.Should().Be(3);
        counter.Attackers.Select(a => a.Text).Should().Contain("the rebels");
    }

    [Fact]
    public void Attack_words_of_a_match_report_are_play()
    {
        Attacks("The winger scored twice as Rovers beat the league leaders 3-1 on Saturday. "
            + "Their new midfielder attacked the space behind the back line all evening and struck the crossbar before half-time. "
            + "Rovers host City in a top-of-the-table clash next week.").Should().BeEmpty();
    }

    [Fact]
    public void A_shooting_with_casualties_outside_a_stadium_is_still_an_attack()
    {
        var attack = Attacks("The home striker scored twice in the league match on Sunday. "
            + "As fans were leaving, a gunman shot and wounded five people outside the stadium, police said.").Should().ContainSingle().Subject;

        attack.Injured.Should().Be(5);
    }
}
