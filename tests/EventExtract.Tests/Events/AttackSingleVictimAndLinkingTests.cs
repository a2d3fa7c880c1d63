using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// One victim named by a common noun counts one killed ("the killing of the pharmacist", "the judge, who was
/// murdered"); a single death ties no two attacks together, nor does a shared place when new attackers come in; an
/// attack noun predicated of another with "be" is the same attack. Sentences invented for these tests.
/// </summary>
public class AttackSingleVictimAndLinkingTests
{
    private static readonly DateOnly Published = new(2024, 3, 6);
    private static List<Attack> Attacks(string body) => ArticleBody.Events<Attack>(body, Published);

    [Fact]
    public void A_killing_noun_whose_of_phrase_names_one_common_noun_victim_is_an_attack_killing_one()
    {
        var attack = Attacks("Investigators said the Oct. 3 killing of the pharmacist shocked the town.").Should().ContainSingle().Subject;

        attack.Killed.Should().Be(1);
    }

    [Fact]
    public void A_victim_of_two_coordinated_nouns_is_not_counted_as_one()
    {
        var attacks = Attacks("Investigators said the Oct. 3 killing of a pharmacist and a nurse shocked the town.");

        attacks.Should().NotContain(a => a.Killed == 1);
    }

    [Fact]
    public void A_relative_clause_passive_after_a_common_noun_subject_counts_one_killed()
    {
        var attack = Attacks("The judge, who was murdered in his garden last spring, had received threats for months.").Should().ContainSingle().Subject;

        attack.Killed.Should().Be(1);
    }

    [Fact]
    public void Killed_before_a_long_hyphenated_singular_noun_phrase_counts_one()
    {
        var attack = Attacks("Eric Brant has been sought since the 1996 bombing of a Mesa clinic that killed an off-duty police officer.").Should().ContainSingle().Subject;

        attack.Killed.Should().Be(1);
    }

    [Fact]
    public void Gunning_down_a_titled_person_counts_one_killed()
    {
        var attack = Attacks("Prosecutors charged Tom Harker with gunning down Dr. Emma Field in her office in Dayton.").Should().ContainSingle().Subject;

        attack.Killed.Should().Be(1);
        attack.Targets.Select(t => t.Text).Should().Contain(t => t.Contains("Emma Field"));
    }

    [Fact]
    public void One_death_each_does_not_make_a_murder_and_a_later_bombing_one_attack()
    {
        var attacks = Attacks(
            "The murder of Dr. Ann Lowe shocked the small town.\n\n"
            + "Her death shows how fragile the clinics have become.\n\n"
            + "In 1995, a clinic bombing in Akron, Ohio, killed a security guard.");

        attacks.Should().HaveCount(2);
        attacks.Should().ContainSingle(a => a.Mentions.Any(m => m.Trigger.Text == "murder"))
            .Which.Mentions.Should().NotContain(m => m.Trigger.Text == "bombing");
    }

    [Fact]
    public void An_attack_noun_predicated_of_an_attack_subject_with_be_is_the_same_attack()
    {
        var attack = Attacks("The murder of Dr. Ann Lowe is the latest brutal assault on the few doctors of the county.").Should().ContainSingle().Subject;

        attack.Mentions.Select(m => m.Trigger.Text).Should().Contain("murder").And.Contain("assault");
    }

    [Fact]
    public void New_unnamed_attackers_at_the_same_place_start_a_new_attack()
    {
        var attacks = Attacks("Separatists attacked a convoy near Kandor on Monday.\n\nMasked gunmen shot dead a judge outside his home in Kandor.");

        attacks.Should().HaveCount(2);
    }

    [Fact]
    public void Definite_attackers_at_the_same_place_stay_with_the_attack_reported_before()
    {
        var attack = Attacks("Separatists attacked a convoy near Kandor on Monday.\n\nThe gunmen killed three guards in Kandor.").Should().ContainSingle().Subject;

        attack.Killed.Should().Be(3);
    }

    [Fact]
    public void A_restrictive_who_passive_after_one_common_noun_counts_one_injured()
    {
        var attack = Attacks("A nurse who was badly injured in the 1998 bombing of a clinic in Akron spoke at the service.").Should().ContainSingle().Subject;

        attack.Injured.Should().Be(1);
    }

    [Fact]
    public void A_restrictive_who_passive_after_a_plural_noun_counts_no_single_victim()
    {
        var attacks = Attacks("Nurses who were badly injured in the 1998 bombing of a clinic in Akron spoke at the service.");

        attacks.Should().NotContain(a => a.Injured == 1);
    }
}
