using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// A challenge set of made-up news sentences with attack words in other senses (illness, criticism, labour disputes,
/// film-making, sport, weather, accidents, police work, business) that must yield no attack, and real attacks in varied
/// phrasing that must yield one attack with its attackers, casualties and place, read by the full pipeline.
/// </summary>
public class AttackChallengePipelineTests
{
    private static readonly DateOnly Published = new(2021, 6, 30);

    private static List<Attack> Attacks(string body) => ArticleBody.Events<Attack>(body, Published);

    [Theory]
    [InlineData("The senator suffered a heart attack on Sunday and was taken to hospital.")]
    [InlineData("Opposition leaders attacked the budget plan as reckless on Tuesday.")]
    [InlineData("Striking workers blocked the gates of the car factory on Monday.")]
    [InlineData("The director shot a film about the floods in the capital last year.")]
    [InlineData("The club fired its coach after a string of defeats.")]
    [InlineData("The sequel was a bomb at the box office, earning only a fraction of its budget.")]
    [InlineData("A blast of cold air swept across the northern plains overnight.")]
    [InlineData("An explosion of anger followed the referee's decision.")]
    [InlineData("Police raided the home of the former mayor on Wednesday and seized documents.")]
    [InlineData("Police raided three homes in the suburb on Tuesday and arrested two men.")]
    [InlineData("Two people were killed when a bus crashed into a truck on the highway.")]
    [InlineData("The storm hit the coast on Friday, killing three people.")]
    [InlineData("A gas explosion at a chemical plant injured four workers on Monday.")]
    [InlineData("The striker hit the post twice before scoring in the second half.")]
    [InlineData("The boxer hit his opponent with a left hook in the third round.")]
    [InlineData("Dock workers threatened a strike if the talks fail.")]
    [InlineData("Nurses have been on strike since Monday over pay.")]
    [InlineData("Investors are betting on a clash between the two carmakers over the merger.")]
    [InlineData("The minister came under fire from lawmakers over the delays.")]
    [InlineData("Shares of the airline were hit hard by the fuel costs.")]
    [InlineData("The island was once the powerless victim of foreign invasion.")]
    public void A_sentence_using_an_attack_word_in_another_sense_yields_no_attack(string sentence)
    {
        Attacks(sentence).Should().BeEmpty();
    }

    [Fact]
    public void Gunmen_opening_fire_on_a_party_are_the_attackers_of_one_shooting_with_its_toll()
    {
        var attack = Attacks("Gunmen opened fire on a wedding party in the village of Tarbak on Saturday, killing six people, police said.")
            .Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().Equal("Gunmen");
        attack.Killed.Should().Be(6);
        attack.AttackType.Should().Be(AttackType.Shooting);
        attack.Date!.Value.Should().Be("2021-06-26");
    }

    [Fact]
    public void A_suicide_bomber_blowing_himself_up_is_one_bombing_with_its_dead_wounded_and_place()
    {
        var attack = Attacks("A suicide bomber blew himself up at a checkpoint outside Kirkuk on Monday, killing four soldiers and wounding nine.")
            .Should().ContainSingle().Subject;

        attack.AttackType.Should().Be(AttackType.Bombing);
        attack.Killed.Should().Be(4);
        attack.Injured.Should().Be(9);
        attack.Location!.Text.Should().Be("Kirkuk");
    }

    [Fact]
    public void Soldiers_killed_in_an_ambush_are_the_toll_of_one_attack()
    {
        var attack = Attacks("Three soldiers were killed in an ambush near the border on Tuesday.").Should().ContainSingle().Subject;

        attack.Killed.Should().Be(3);
        attack.Mentions.Select(m => m.Trigger.Text).Should().Contain("ambush");
    }

    [Fact]
    public void Insurgents_ambushing_a_convoy_are_its_attackers_and_the_soldiers_killed_its_toll()
    {
        var attack = Attacks("Insurgents ambushed a military convoy near the town of Kandahar on Friday, killing five soldiers.")
            .Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().Equal("Insurgents");
        attack.Killed.Should().Be(5);
        attack.Location!.Text.Should().Be("Kandahar");
    }

    [Fact]
    public void Shot_dead_counts_the_victims_named_after_it()
    {
        var attack = Attacks("Gunmen shot dead two police officers at a checkpoint in Lahore on Monday.").Should().ContainSingle().Subject;

        attack.Killed.Should().Be(2);
        attack.Attackers.Select(a => a.Text).Should().Equal("Gunmen");
        attack.Location!.Text.Should().Be("Lahore");
    }

    [Fact]
    public void A_charge_dated_after_on_does_not_date_the_crime_so_the_murder_is_the_shooting_reported_before()
    {
        var attacks = Attacks(
            "A former patient fired the shots that killed Dr. Anna Berg last month, prosecutors said on Tuesday.\n\n"
            + "The patient was charged with murder on Monday.\n\n"
            + "Berg was shot to death on the night of May 14 as she stood in her kitchen.");

        var attack = attacks.Should().ContainSingle().Subject;
        attack.Mentions.Select(m => m.Trigger.Text).Should().Contain("murder").And.Contain("shot");
    }

    [Fact]
    public void Murder_charges_in_a_conditional_name_the_attack_already_reported()
    {
        var attacks = Attacks(
            "A sniper shot and killed Dr. Anna Berg at her home in Hallsberg on May 14, police said.\n\n"
            + "If the suspect were convicted on murder charges, he could face life in prison.");

        var attack = attacks.Should().ContainSingle().Subject;
        attack.Status.Should().Be(EventStatus.Occurred);
    }

    [Fact]
    public void A_person_possessing_a_shooting_is_its_victim_not_its_attacker()
    {
        var attacks = Attacks("Anna Berg's shooting outside her home in Hallsberg on Friday shocked the town.");

        var attack = attacks.Should().ContainSingle().Subject;
        attack.Targets.Select(a => a.Text).Should().Equal("Anna Berg");
        attack.Attackers.Should().BeEmpty();
    }

    [Fact]
    public void A_day_after_an_unknown_town_is_the_date_not_part_of_the_place()
    {
        var attack = Attacks("A sniper killed a doctor at her home in Hallsberg on Friday night.").Should().ContainSingle().Subject;

        attack.Location!.Text.Should().Be("Hallsberg");
        attack.Date!.Value.Should().StartWith("2021-06-25");
    }

    [Fact]
    public void A_later_mention_that_disagrees_in_nothing_repeats_the_only_attack_reported()
    {
        // The first mention is dated by month and names its victim; the later one gives the day and no party.
        var attacks = Attacks(
            "Federal officials said Wednesday that a sniper killed Dr. Anna Berg, a surgeon in Hallsberg, last October.\n\n"
            + "Berg, a 52-year-old surgeon who ran the only clinic in town, was shot to death on the night of Oct. 23 in her kitchen.");

        attacks.Should().ContainSingle();
    }

    [Fact]
    public void A_shooting_with_its_own_earlier_year_stays_a_second_attack()
    {
        var attacks = Attacks(
            "A sniper killed Dr. Anna Berg at her home in Hallsberg on Friday night, police said.\n\n"
            + "Detectives are comparing it with the 2019 shooting of a judge in Orebro.");

        attacks.Should().HaveCount(2);
    }

    [Fact]
    public void A_bare_clock_time_after_an_attack_of_another_day_does_not_make_a_new_attack_of_the_publication_day()
    {
        var attacks = ArticleBody.Events<Attack>(
            "A sniper killed Dr. Anna Berg at her home in Hallsberg on May 14, police said.\n\n"
            + "Three judges in Orebro were shot at in 2019, but none of them was hurt.\n\n"
            + "Berg, 52, was shot to death at 10 p.m. as she stood in her kitchen.", new DateOnly(2021, 6, 8));

        attacks.Should().HaveCount(2);
        attacks.Should().NotContain(a => a.Date != null && a.Date.Value.StartsWith("2021-06-08", StringComparison.Ordinal));
    }

    [Fact]
    public void Fear_of_more_attacks_is_a_feared_attack_of_its_own_not_the_bombing_reported()
    {
        var attacks = Attacks(
            "A bomb exploded outside the central bank in Kampala on Monday, killing nine people.\n\n"
            + "Shop owners said they were alarmed by the possibility of more terrorist attacks in the city.");

        attacks.Should().HaveCount(2);
        var bombing = attacks.Should().ContainSingle(a => a.Status == EventStatus.Occurred).Subject;
        bombing.Killed.Should().Be(9);
        bombing.Location!.Text.Should().Be("Kampala");
        attacks.Should().ContainSingle(a => a.Status == EventStatus.Hypothetical);
    }
}
