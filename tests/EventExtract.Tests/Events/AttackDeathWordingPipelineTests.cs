using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Deaths told by the verb's result ("shot dead", "stabbed to death"), subjects in apposition, the agent of a reduced
/// passive relative ("a worker kidnapped and presumed killed by rebels"), and "striking" words that are no attack
/// (a labour strike, "striking a blow for").
/// </summary>
public class AttackDeathWordingPipelineTests
{
    private static readonly DateOnly Published = new(2024, 3, 10);
    private static List<Attack> Attacks(string body) => ArticleBody.Events<Attack>(body, Published);

    [Fact]
    public void A_named_person_in_apposition_shot_dead_counts_one_killed()
    {
        var attack = Attacks("A farmer, Ann Cole, was shot dead in Riverton on Tuesday.").Should().ContainSingle().Subject;

        attack.Killed.Should().Be(1);
    }

    [Fact]
    public void Stabbed_to_death_counts_one_killed_and_no_injured()
    {
        var attack = Attacks("A teacher was stabbed to death in Westport on Sunday by a former student.").Should().ContainSingle().Subject;

        attack.Killed.Should().Be(1);
        attack.Injured.Should().BeNull();
    }

    [Fact]
    public void The_subject_of_a_reduced_passive_relative_is_not_the_kidnapper()
    {
        var kidnapping = Attacks("An aid worker kidnapped and presumed killed by rebels in the hills was buried on Monday.")
            .Should().Contain(a => a.Mentions.Any(m => m.Trigger.Text == "kidnapped")).Which;

        kidnapping.Attackers.Select(a => a.Text).Should().Equal("rebels");
    }

    [Fact]
    public void Meeting_striking_miners_is_no_attack()
    {
        Attacks("The minister met striking miners in Riverton on Friday to hear their demands.").Should().BeEmpty();
    }

    [Fact]
    public void Striking_a_blow_for_a_cause_is_no_attack()
    {
        Attacks("Lee said the nation was striking a blow against tyranny by sending troops.").Should().BeEmpty();
    }

    [Fact]
    public void A_victim_described_in_apposition_who_was_killed_is_the_target_of_an_attack()
    {
        var attack = Attacks("The victim was Tom Bell, a grocer, who was killed on March 3 in Lakeville.").Should().ContainSingle().Subject;

        attack.Targets.Select(a => a.Text).Should().Equal("Tom Bell");
        attack.Killed.Should().Be(1);
    }

    [Fact]
    public void An_attack_with_other_parties_paragraphs_later_in_the_same_town_is_another_attack()
    {
        var attacks = Attacks("Tom Bell, a grocer, was killed on March 3 in Lakeville.\n\n"
            + "The town council met on Monday to discuss the budget.\n\n"
            + "Schools reopened after a week of heavy snow.\n\n"
            + "A new bridge over the river will open in May.\n\n"
            + "Separatists fired rockets at an army post near Lakeville, officials said.");

        attacks.Should().HaveCount(2);
        attacks.Should().ContainSingle(a => a.Targets.Any(t => t.Text == "Tom Bell")).Which.Attackers.Should().BeEmpty();
    }

    [Fact]
    public void That_opening_a_reported_clause_is_not_part_of_the_attackers()
    {
        var attack = Attacks("The army said on Tuesday that rebels had bombed a bridge in Hillcrest.").Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().Equal("rebels");
    }
}
