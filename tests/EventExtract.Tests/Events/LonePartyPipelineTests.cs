using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Meeting and attack words used of one party alone, read by the full (tagged) pipeline from made-up sentences: a private
/// trip to a place, talk about a subject, a lecture, a prize received, a weak contact, armies meeting in battle; a labour strike, criticism of
/// coverage, a figurative explosion. The schema counts none of them; the official visits, visits to people and talks
/// between named parties next to them stay meetings.
/// </summary>
public class LonePartyPipelineTests
{
    private static readonly DateOnly Published = new(2021, 6, 30);

    private static List<Meeting> Meetings(string body) => ArticleBody.Events<Meeting>(body, Published);

    private static List<Attack> Attacks(string body) => ArticleBody.Events<Attack>(body, Published);

    [Theory]
    [InlineData("The novelist Clara Voss visited Peru in 1998 and wrote three books there.")]
    [InlineData("The painter Ida Lund made four visits to Norway during her career.")]
    [InlineData("The historian Tom Reed visited England and Scotland in 1686.")]
    [InlineData("If you want a place that will remind you of your visit to the Azores, this beach is the one.")]
    [InlineData("The novelist Maria Santos spoke to reporters on Monday. Santos visited Portugal on Tuesday.")]
    public void A_private_persons_visit_to_a_place_with_no_counterpart_is_no_meeting(string body)
    {
        Meetings(body).Should().BeEmpty();
    }

    [Theory]
    [InlineData("The U.S. envoy visited Moscow on Tuesday.", "Moscow")]
    [InlineData("German Chancellor Olaf Weber visited Spain on Tuesday.", "Spain")]
    [InlineData("A Chinese trade delegation visited Nairobi last week.", "Nairobi")]
    public void An_officials_or_delegations_visit_to_a_place_is_a_meeting_even_with_no_host_named(string body, string place)
    {
        var meeting = Meetings(body).Should().ContainSingle().Subject;
        meeting.Location!.Name.Should().Be(place);
        meeting.Participants.Should().ContainSingle();
    }

    [Theory]
    [InlineData("The bar serves a new cocktail called Santorum.")]
    [InlineData("My brother was a runner, and they called me The Poet.")]
    public void Called_as_naming_is_no_phone_call(string body)
    {
        Meetings(body).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Foreign Minister Maria Santos spoke to reporters on Monday. Santos visited Portugal on Tuesday.")]
    [InlineData("Maria Santos, the Brazilian foreign minister, spoke to reporters on Monday. Santos visited Portugal on Tuesday.")]
    public void An_officials_visit_to_a_country_stays_a_meeting_when_the_title_is_in_another_sentence(string body)
    {
        var meeting = Meetings(body).Should().ContainSingle().Subject;
        meeting.Location!.Name.Should().Be("Portugal");
        meeting.Participants.Select(p => p.Text).Should().Contain("Santos");
    }

    [Fact]
    public void A_delegations_visit_to_a_capital_stays_a_meeting()
    {
        Meetings("A Taliban delegation's visit to Beijing ended on Friday.").Should().ContainSingle()
            .Which.Location!.Name.Should().Be("Beijing");
    }

    [Fact]
    public void A_visit_to_a_person_stays_a_meeting()
    {
        Meetings("The king visited Marco Bellini in hospital last week.").Should().ContainSingle()
            .Which.Participants.Select(p => p.Text).Should().Contain("Marco Bellini");
    }

    [Fact]
    public void A_private_visit_with_a_meeting_in_the_same_sentence_stays_a_meeting()
    {
        Meetings("The museum director Lena Holt visited Japan in May to meet curators there.").Should().ContainSingle();
    }

    [Theory]
    [InlineData("They are talking about selling the house next year.")]
    [InlineData("She gives so many talks at schools that she has lost count.")]
    [InlineData("All the talks about borders bore the young voters.")]
    public void Talk_about_a_subject_or_a_talk_given_to_an_audience_is_no_meeting(string body)
    {
        Meetings(body).Should().BeEmpty();
    }

    [Fact]
    public void Two_named_parties_talking_about_a_subject_still_meet()
    {
        Meetings("President Ruiz and Prime Minister Costa talked about trade for an hour on Monday.").Should().ContainSingle()
            .Which.Participants.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("She received Japan's most prestigious literary award in 2010.")]
    [InlineData("She was the first woman to receive the Holt Poetry Prize, in 2004.")]
    [InlineData("Ms. Lane contacted the museum about the painting last spring.")]
    public void Receiving_an_honour_or_a_weak_contact_with_no_second_party_is_no_meeting(string body)
    {
        Meetings(body).Should().BeEmpty();
    }

    [Fact]
    public void Receiving_another_countrys_envoy_stays_a_meeting()
    {
        Meetings("The president received Britain's ambassador on Monday.").Should().ContainSingle()
            .Which.Participants.Select(p => p.Text).Should().Contain("Britain's ambassador");
    }

    [Fact]
    public void Armies_that_met_each_other_fought_and_did_not_meet()
    {
        Meetings("In 1812, Russian troops met French forces near the river.").Should().BeEmpty();
    }

    [Fact]
    public void Officials_of_two_countries_who_met_still_meet()
    {
        Meetings("The Russian defence minister met French officials in Paris on Monday.").Should().ContainSingle()
            .Which.Participants.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("Workers at the plant staged a sit-down strike in March.")]
    [InlineData("In 1937 we had a sit down strike in Flint, which was a very militant action.")]
    [InlineData("The nurses strike in the capital ended on Friday.")]
    [InlineData("We ’ll attack the Daily Planet ’s coverage of the mayor as much as the mayor.")]
    [InlineData("The critics attacked the magazine's portrayal of the war.")]
    [InlineData("The singer's career exploded into worldwide fame in 1985.")]
    public void A_labour_strike_criticism_or_a_figurative_explosion_is_no_attack(string body)
    {
        Attacks(body).Should().BeEmpty();
    }

    [Fact]
    public void Gunmen_attacking_a_newspapers_office_is_still_an_attack()
    {
        Attacks("Gunmen attacked the newspaper's office in Lagos on Monday, killing two guards.").Should().ContainSingle()
            .Which.Killed.Should().Be(2);
    }
}
