using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up wire sentences, read by the full pipeline, for how meetings are dated and who takes part in them: a date before
/// "and" and a meeting verb whose first verb is no event of its own ("landed in Kabul on Tuesday and met X"); a name
/// after "his [nationality] counterpart" when the recognizer gave the name no kind; a country in "negotiators from X
/// and [a named group]"; a place the recognizer ran a known organization's name on into ("the European Union in Brussels");
/// plural references to parties named just before ("the two leaders", "both sides", "the delegations"); a party discussed
/// with who is named in apposition after a role phrase ("with her closest ally, President X"); a meeting on the
/// sidelines of a dated summit takes the summit's date.
/// </summary>
public class MeetingTalksPhrasingPipelineTests
{
    private static readonly DateOnly Published = new(2026, 3, 4); // a Wednesday

    private static List<Meeting> Meetings(string body) => ArticleBody.Events<Meeting>(body, Published);

    private static List<string> Parties(Meeting m) => m.Participants.Select(p => p.Text).ToList();

    [Fact]
    public void A_date_of_an_arrival_that_is_no_event_dates_the_meeting_after_and()
    {
        var meeting = Meetings("The envoy landed in Kabul on Tuesday and met President Karim Nazari.").Should().ContainSingle().Subject;

        meeting.Date!.Value.Should().Be("2026-03-03");
    }

    [Fact]
    public void A_date_of_an_arrival_that_is_no_event_dates_the_statement_after_and()
    {
        var statement = ArticleBody.Events<Statement>("The minister arrived in Cairo on Monday and told reporters the ceasefire would hold.", Published)
            .Should().ContainSingle().Subject;

        statement.Date!.Value.Should().Be("2026-03-02");
    }

    [Fact]
    public void The_name_after_his_counterpart_is_the_party_even_when_the_recognizer_gave_it_no_kind()
    {
        var meeting = Meetings("Indian Prime Minister Ravi Nair held talks with his Pakistani counterpart Imran Qadir on Monday. The delegations also discussed water sharing.")
            .Should().ContainSingle().Subject;

        Parties(meeting).Should().Contain("Imran Qadir").And.NotContain(p => p.Contains("counterpart"));
    }

    [Fact]
    public void A_country_listed_with_a_named_group_after_negotiators_from_takes_part()
    {
        var meeting = Meetings("Negotiators from Israel and Hamas met in Cairo on Tuesday.").Should().ContainSingle().Subject;

        // ("Negotiators from Israel" is Israel's party, as "commanders from India" is India's.)
        meeting.Participants.Should().Contain(p => p.CountryCode == "IL" && p.Text.EndsWith("Israel"));
        Parties(meeting).Should().Contain("Hamas");
        meeting.Location!.Name.Should().Be("Cairo");
    }

    [Fact]
    public void A_place_after_a_known_organization_is_where_they_met_not_part_of_its_name()
    {
        var meeting = Meetings("Italian Prime Minister Paolo Conti met the European Union in Brussels on Thursday.").Should().ContainSingle().Subject;

        Parties(meeting).Should().Contain("European Union");
        meeting.Location!.Name.Should().Be("Brussels");
    }

    [Fact]
    public void The_two_leaders_are_the_pair_named_after_an_earlier_one_party_visit()
    {
        var meeting = Meetings("Chilean President Ana Rojas arrived in Buenos Aires on Monday for a two-day visit. Rojas and Argentine President Luis Ferrer signed a trade agreement. The two leaders met at the Casa Rosada on Tuesday.")
            .Should().ContainSingle(m => m.Mentions.Any(x => x.Trigger.Text == "met")).Subject;

        Parties(meeting).Should().Contain(p => p.Contains("Rojas")).And.Contain("Luis Ferrer");
    }

    [Fact]
    public void Both_sides_are_the_pair_named_just_before_not_the_parties_of_an_older_meeting()
    {
        var meeting = Meetings("Chilean President Ana Rojas met Argentine President Luis Ferrer in Santiago on Monday. Japanese Foreign Minister Kenji Sato flew to Seoul on Sunday. Sato and South Korean Foreign Minister Park Jae-sung discussed trade. Both sides agreed to hold talks again next month.")
            .Should().ContainSingle(m => m.Mentions.Any(x => x.Trigger.Text == "hold talks")).Subject;

        Parties(meeting).Should().Contain(p => p.Contains("Sato")).And.NotContain(p => p.Contains("Rojas") || p.Contains("Ferrer"));
    }

    [Fact]
    public void The_delegations_are_those_from_the_countries_named_before()
    {
        var meeting = Meetings("Chilean President Ana Rojas met Argentine President Luis Ferrer in Santiago on Monday. Delegations from Ethiopia and Egypt arrived in Khartoum on Tuesday. The delegations will meet on Thursday to discuss the dam.")
            .Should().ContainSingle(m => m.Mentions.Any(x => x.Trigger.Text == "meet")).Subject;

        Parties(meeting).Should().BeEquivalentTo("Ethiopia", "Egypt");
    }

    [Fact]
    public void Discussing_with_a_person_named_after_a_role_phrase_and_comma_is_a_meeting_with_that_person()
    {
        var meeting = Meetings("President Ana Rojas discussed the crisis with her closest ally, Argentine President Luis Ferrer.").Should().ContainSingle().Subject;

        Parties(meeting).Should().Contain("Ana Rojas").And.Contain("Luis Ferrer");
    }

    [Fact]
    public void A_meeting_on_the_sidelines_of_a_summit_takes_the_summits_date_and_place()
    {
        var meeting = Meetings("Russian President Ivan Petrov met with French President Marc Dubois on the sidelines of the G20 summit in Rome on Saturday.")
            .Should().ContainSingle(m => m.Mentions.Any(x => x.Trigger.Text == "met")).Subject;

        meeting.Date!.Value.Should().Be("2026-02-28");
        meeting.Location!.Name.Should().Be("Rome");
        meeting.Status.Should().Be(EventStatus.Occurred);
    }
}
