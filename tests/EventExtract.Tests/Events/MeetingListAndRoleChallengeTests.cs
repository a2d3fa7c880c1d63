using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up news sentences, read by the full pipeline, on meeting participants written in shapes the rules used to
/// miss: a two-word nationality before a title and name ("South Korean President ..."), "the mediators" standing for
/// those said to mediate, a split name in a subject aside, scare quotes before "talks", a meeting noun whose verb
/// names its parties ("The talks involved ..."), a summit "hosted by" a country, "officials from X and Y", and a
/// subject list opened by "after".
/// </summary>
public class MeetingListAndRoleChallengeTests
{
    private static readonly DateOnly Published = new(2024, 5, 22); // a Wednesday

    private static List<Meeting> Meetings(string body) => ArticleBody.Events<Meeting>(body, Published);

    private static List<string> Parties(Meeting m) => m.Participants.Select(p => p.Text).ToList();

    [Theory]
    [InlineData("A planned summit between South Korean President Yoon Hae-jin and North Korean leader Kim Tae-song has been postponed, Seoul said on Friday.", "Yoon Hae-jin", "Kim Tae-song")]
    [InlineData("Talks between South African President Thabo Nkosi and New Zealand Prime Minister Jack Reid ended on Friday.", "Thabo Nkosi", "Jack Reid")]
    public void A_two_word_nationality_before_a_title_names_the_person_not_a_party_of_its_own(string body, string first, string second)
    {
        var meeting = Meetings(body).Should().ContainSingle().Subject;

        Parties(meeting).Should().BeEquivalentTo(first, second);
    }

    [Fact]
    public void The_mediators_are_those_said_to_mediate_before()
    {
        var meeting = Meetings("Norway and Cuba have been mediating between the Colombian government and the ELN rebel group since March. "
            + "On Sunday the mediators met ELN commanders in Havana to present a new ceasefire proposal.").Should().ContainSingle().Subject;

        Parties(meeting).Should().Contain(new[] { "Norway", "Cuba" });
        Parties(meeting).Should().NotContain(p => p.Contains("mediators", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_name_in_a_subject_aside_holds_talks_even_behind_scare_quotes()
    {
        var meeting = Meetings("Officials in Riyadh confirmed that the kingdom's envoy, Faisal bin Saad, had held \"constructive\" talks with the Omani minister on Tuesday.")
            .Should().ContainSingle().Subject;

        Parties(meeting).Should().Contain(p => p.EndsWith("Saad", StringComparison.Ordinal));
        Parties(meeting).Should().Contain(p => p.Contains("Omani minister", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The talks, which were brokered by Qatar, involved representatives of the Taliban and the Afghan government.", "Taliban", "Afghan government")]
    [InlineData("The conference in Accra brought together the governments of Ghana and Togo.", "Ghana", "Togo")]
    public void A_meeting_that_involves_parties_has_them_as_participants(string body, string first, string second)
    {
        var meeting = Meetings(body).Should().ContainSingle().Subject;

        Parties(meeting).Should().Contain(p => p.Contains(first, StringComparison.Ordinal));
        Parties(meeting).Should().Contain(p => p.Contains(second, StringComparison.Ordinal));
    }

    [Fact]
    public void A_summit_hosted_by_a_country_has_it_as_host_and_party()
    {
        var meeting = Meetings("The summit, hosted by Indonesia, brought together leaders from 20 countries.").Should().ContainSingle().Subject;

        meeting.Host!.Text.Should().Be("Indonesia");
        Parties(meeting).Should().Contain("Indonesia");
    }

    [Fact]
    public void Talks_which_were_hosted_by_a_party_have_it_as_host_and_party()
    {
        var meeting = Meetings("The talks, which were hosted by Norway, ended on Friday.").Should().ContainSingle().Subject;

        meeting.Host!.Text.Should().Be("Norway");
        Parties(meeting).Should().Contain("Norway");
    }

    [Fact]
    public void The_talks_hosted_by_a_third_minister_are_the_meeting_just_reported_with_that_host()
    {
        var meeting = Meetings("The foreign ministers of Peru and Chile met in Quito on Monday. Peru's Luis Ortega and Chile's Carmen Vidal "
            + "signed an accord after the talks, which were hosted by Ecuadorian Foreign Minister Ana Morales.").Should().ContainSingle().Subject;

        meeting.Host!.Text.Should().Contain("Ana Morales");
        Parties(meeting).Should().Contain(p => p.Contains("Ana Morales", StringComparison.Ordinal));
        meeting.Location!.Name.Should().Be("Quito");
    }

    [Fact]
    public void The_talks_named_again_with_ministers_of_the_same_countries_are_the_meeting_just_reported()
    {
        var meeting = Meetings("The foreign ministers of Peru and Chile met in Quito on Monday. Peru's Luis Ortega and Chile's Carmen Vidal "
            + "signed an accord after the talks.").Should().ContainSingle().Subject;

        meeting.Location!.Name.Should().Be("Quito");
        Parties(meeting).Should().Contain(p => p.Contains("Luis Ortega", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Officials from Peru and Chile began talks in Lima on Tuesday.", "PE", "CL")]
    [InlineData("Delegates from Ghana and Togo met in Lome on Monday.", "GH", "TG")]
    public void Countries_of_officials_from_two_countries_are_both_parties(string body, string first, string second)
    {
        var meeting = Meetings(body).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.CountryCode).Should().Contain(new[] { first, second });
    }

    [Fact]
    public void A_subject_list_after_a_subordinator_keeps_its_first_name()
    {
        var meeting = Meetings("The plan was approved after Defence Minister Ana Ruiz and Gen. Tomas Vidal, the army chief, returned from a visit with commanders in the north.")
            .Should().ContainSingle().Subject;

        Parties(meeting).Should().Contain(new[] { "Ana Ruiz", "Tomas Vidal" });
    }

    [Fact]
    public void A_month_after_met_in_is_a_date_not_the_place()
    {
        var meeting = Meetings("Argentina and Chile held a new round of talks on fishing rights in Santiago on Monday. The two countries last met in March.")
            .Should().HaveCount(2).And.Subject.Last();

        meeting.Location.Should().BeNull();
    }

    [Theory]
    [InlineData("A planned summit between Greek Prime Minister Nikos Pappas and Cypriot President Andreas Kyprianou has been postponed indefinitely, Athens said on Friday.")]
    [InlineData("A summit of European Union leaders planned for next week in Brussels was called off after the Dutch government collapsed.")]
    public void A_summit_postponed_or_called_off_after_a_long_subject_is_cancelled(string body)
    {
        var meeting = Meetings(body).Should().ContainSingle().Subject;

        meeting.Status.Should().Be(EventStatus.Cancelled);
    }

    [Fact]
    public void Envoys_of_several_parties_gathering_hold_a_meeting_of_those_parties()
    {
        var meeting = Meetings("Representatives of Ukraine, Russia, Turkey and the United Nations gathered in Istanbul on Tuesday to review the grain export deal.")
            .Should().ContainSingle().Subject;

        Parties(meeting).Should().Contain(new[] { "Ukraine", "Russia", "Turkey" });
        meeting.Location!.Name.Should().Be("Istanbul");
    }

    [Theory]
    [InlineData("Protesters from France and Spain gathered outside the embassy on Monday.")]
    [InlineData("Troops from Russia and Belarus gathered near the border on Monday.")]
    [InlineData("Police from Kenya and Uganda gathered evidence at the scene.")]
    public void Crowds_troops_or_things_gathered_are_no_meeting(string body)
    {
        Meetings(body).Should().BeEmpty();
    }

    [Fact]
    public void The_two_leaders_who_will_speak_again_are_the_parties_of_the_call_before()
    {
        var meetings = Meetings("French President Elise Moreau spoke by telephone with German Chancellor Jonas Becker on Saturday about the energy crisis. "
            + "Moreau's office said the two leaders would speak again on Monday.");

        meetings.Should().HaveCount(2);
        var again = meetings.Single(m => m.Status == EventStatus.Planned);
        Parties(again).Should().BeEquivalentTo("Elise Moreau", "Jonas Becker");
    }

    [Theory]
    [InlineData("The two leaders spoke to reporters after the match.")]
    [InlineData("Both ministers talked about the weather at the dinner.")]
    public void Two_leaders_speaking_to_others_or_at_an_event_hold_no_meeting(string body)
    {
        Meetings(body).Should().BeEmpty();
    }

    [Fact]
    public void Those_invited_to_talks_are_its_parties_and_the_inviter_hosts()
    {
        var meeting = Meetings("The mediator Karin Dahl has invited Prime Minister Lars Holm and Chancellor Karl Weiss to fresh talks next week.")
            .Should().ContainSingle().Subject;

        Parties(meeting).Should().Contain(new[] { "Lars Holm", "Karl Weiss", "Karin Dahl" });
        meeting.Host!.Text.Should().Be("Karin Dahl");
        meeting.Status.Should().Be(EventStatus.Planned);
    }
}
