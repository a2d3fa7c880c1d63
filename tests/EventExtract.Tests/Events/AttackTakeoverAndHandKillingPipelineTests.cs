using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Attacks as blog and news prose about wars and killings phrases them: an invasion verb whose country or city object is
/// the scene, a participle coordinated with a passive one, the subject of an absolute "with" clause, parties that pursue
/// or perform attacks, coups, killing by hand (strangled, beheaded, beaten to death), and yes/no questions about anyone's
/// conduct that report no attack. Sentences invented for these tests.
/// </summary>
public class AttackTakeoverAndHandKillingPipelineTests
{
    private static readonly DateOnly Published = new(2021, 3, 10);

    private static Attack OnlyAttack(string body) =>
        ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;

    [Fact]
    public void The_country_an_invasion_verb_takes_is_where_the_attack_happened()
    {
        var attack = OnlyAttack("When Iraq invaded Kuwait, oil prices soared around the world.");

        attack.Location.Should().NotBeNull();
        attack.Location!.CountryCode.Should().Be("KW");
    }

    [Fact]
    public void The_city_an_occupying_army_takes_is_where_the_attack_happened()
    {
        var attack = OnlyAttack("Government troops invaded Kandahar after a week of heavy bombardment.");

        attack.Location.Should().NotBeNull();
        attack.Location!.Text.Should().Be("Kandahar");
    }

    [Fact]
    public void A_participle_coordinated_with_a_passive_one_has_its_subject_as_the_target()
    {
        var attack = OnlyAttack("Tom Reyes was shot and then stabbed in his car on Friday night.");

        attack.Attackers.Should().BeEmpty();
        attack.Targets.Should().ContainSingle().Which.Text.Should().Be("Tom Reyes");
    }

    [Fact]
    public void The_party_of_an_absolute_with_clause_attacks()
    {
        var attack = OnlyAttack("Tension is rising in the province, with rebel fighters now openly attacking police stations.");

        attack.Attackers.Should().ContainSingle().Which.Text.Should().Be("rebel fighters");
    }

    [Theory]
    [InlineData("The militia has pursued attacks against government forces for years.", "The militia")]
    [InlineData("The group performed acts of terror in three countries.", "The group")]
    public void Who_pursues_or_performs_attacks_carries_them_out(string sentence, string attacker)
    {
        var attack = OnlyAttack(sentence);

        attack.Attackers.Should().ContainSingle().Which.Text.Should().Be(attacker);
    }

    [Theory]
    [InlineData("Army officers staged a coup d'etat against the prime minister last July.")]
    [InlineData("The colonel seized power in the capital two years ago.")]
    [InlineData("The president was toppled in a military coup on Sunday.")]
    public void A_coup_is_an_attack(string sentence)
    {
        OnlyAttack(sentence);
    }

    [Theory]
    [InlineData("The trade agreement was a diplomatic coup for the foreign minister.")]
    [InlineData("The second goal delivered the coup de grace.")]
    public void A_coup_that_is_a_success_or_a_finishing_blow_is_no_attack(string sentence)
    {
        ArticleBody.Events<Attack>(sentence, Published).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Police said the shopkeeper was strangled in his home on Monday.")]
    [InlineData("Investigators said the hostage was beheaded in a village near the border.")]
    [InlineData("A teenager was beaten to death outside a bar on Saturday night.")]
    public void Killing_by_hand_is_an_attack_with_one_dead(string sentence)
    {
        OnlyAttack(sentence).Killed.Should().Be(1);
    }

    [Theory]
    [InlineData("Do you raid a house that hides weapons, knowing that children sleep there?")]
    [InlineData("Can a policeman open fire on a man trying to kill him?")]
    public void A_question_about_anyone_s_conduct_reports_no_attack(string sentence)
    {
        ArticleBody.Events<Attack>(sentence, Published).Should().BeEmpty();
    }

    [Fact]
    public void A_question_about_a_particular_attack_still_reports_it()
    {
        OnlyAttack("Why did gunmen attack the school in Kandahar on Monday?");
    }
}
