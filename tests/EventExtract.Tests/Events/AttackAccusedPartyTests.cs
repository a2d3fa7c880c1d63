using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// The accused of a charge frame is the attacker of the crime it names: the subject of a passive or appositive
/// ("who is charged with", "indicted as the architect of", "is a suspect in") or the object of an active charging
/// verb, never the prosecutors who charge; a trigger that names the party ("a suicide bomber") is its own attacker.
/// Sentences invented for these tests.
/// </summary>
public class AttackAccusedPartyTests
{
    private static readonly DateOnly Published = new(2024, 3, 6);
    private static List<Attack> Attacks(string body) => ArticleBody.Events<Attack>(body, Published);

    [Fact]
    public void The_antecedent_of_who_is_charged_with_an_attack_verb_is_the_attacker()
    {
        var attack = Attacks("A reward is offered for the arrest of Tom Harker, who is charged with gunning down Dr. Emma Field in her office.").Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().Equal("Tom Harker");
    }

    [Fact]
    public void The_object_of_an_active_charging_verb_is_the_attacker_not_its_subject()
    {
        var attack = Attacks("Prosecutors charged Ben Rudd with the shooting of a guard in Akron.").Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().Equal("Ben Rudd");
    }

    [Fact]
    public void Coordinated_passive_subjects_of_charged_with_are_the_attackers()
    {
        var attack = Attacks("Ana Pell and Rob Diaz are charged with murder in the bombing of a bus in Lima.").Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().BeEquivalentTo("Ana Pell", "Rob Diaz");
    }

    [Fact]
    public void An_appositive_indicted_as_the_architect_of_the_bombings_names_the_attacker()
    {
        var attack = Attacks("Kurt Vale, indicted as the architect of the twin bombings of two banks in Quito, remains at large.").Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().Equal("Kurt Vale");
    }

    [Fact]
    public void A_suspect_in_the_shootings_is_their_attacker()
    {
        var attack = Attacks("Lee Moss is a suspect in the sniper shootings of three doctors in Ohio.").Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().Equal("Lee Moss");
    }

    [Fact]
    public void A_warrant_for_a_witness_names_no_attacker()
    {
        var attacks = Attacks("Police obtained a warrant for Lee Moss as a witness in the sniper shooting of a doctor in Ohio.");

        attacks.Should().NotContain(a => a.Attackers.Any(x => x.Text == "Police" || x.Text == "Lee Moss"));
    }

    [Fact]
    public void A_date_right_after_the_charged_crime_is_the_charges_even_when_a_second_crime_noun_follows()
    {
        var attack = Attacks("A drifter was charged with murder Thursday in the slaying of a pharmacist in Dayton.").Should().ContainSingle().Subject;

        attack.Date.Should().BeNull();
        attack.Mentions.Select(m => m.Trigger.Text).Should().Contain("slaying");
    }

    [Fact]
    public void An_assassination_is_an_attack_on_the_person_it_names()
    {
        var attack = Attacks("Rebels carried out the assassination of Governor Ana Ruiz in Kandor last week.").Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().Equal("Rebels");
        attack.Targets.Select(a => a.Text).Should().Contain(t => t.Contains("Ana Ruiz"));
    }

    [Fact]
    public void A_trigger_naming_the_party_itself_is_the_attacker()
    {
        var attack = Attacks("On Monday a suicide bomber blew himself up at a checkpoint in Kandor, killing six soldiers.").Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().Equal("a suicide bomber");
        attack.Killed.Should().Be(6);
    }
}
