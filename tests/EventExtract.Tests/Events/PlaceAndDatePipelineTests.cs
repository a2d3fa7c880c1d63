using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Where and when an event happened, read by the full pipeline from made-up news sentences: the place with its
/// country code and the resolved date value that users map and sort events by.
/// </summary>
public class PlaceAndDatePipelineTests
{
    // A Friday: "Tuesday" is 2021-03-02, "yesterday" 2021-03-04.
    private static readonly DateOnly Published = new(2021, 3, 5);

    private static List<T> Events<T>(string body) where T : ExtractedEvent => ArticleBody.Events<T>(body, Published);

    [Fact]
    public void A_city_followed_by_its_state_is_the_place_not_the_state()
    {
        var attack = Events<Attack>("A gunman shot a pharmacist in Tulsa, Okla., on Monday night.").Should().ContainSingle().Subject;

        attack.Location!.Name.Should().Be("Tulsa");
        attack.Location.CountryCode.Should().Be("US");
        attack.Location.IsCountry.Should().BeFalse();
    }

    [Fact]
    public void A_city_naming_the_target_of_an_attack_is_where_it_happened()
    {
        var attack = Events<Attack>("Police are still investigating the 2004 bombing of a Tulsa, Okla., courthouse that killed a guard.")
            .Should().ContainSingle().Subject;

        attack.Location!.Name.Should().Be("Tulsa");
        attack.Location.CountryCode.Should().Be("US");
        attack.Date!.Value.Should().Be("2004");
    }

    [Fact]
    public void A_country_invaded_is_the_place_of_the_invasion()
    {
        var attack = Events<Attack>("Neighbouring states condemned Ruritania's invasion of Moldova on March 2.").Should().ContainSingle().Subject;

        attack.Location!.CountryCode.Should().Be("MD");
        attack.Location.IsCountry.Should().BeTrue();
        attack.Date!.Value.Should().Be("2021-03-02");
    }

    [Fact]
    public void A_statement_made_from_home_after_its_date_takes_that_place_and_date()
    {
        var statement = Events<Statement>("The suspect's aunt said Tuesday from her home in Tulsa, Okla.: \"He should turn himself in.\"")
            .Should().ContainSingle().Subject;

        statement.Location!.Name.Should().Be("Tulsa");
        statement.Location.CountryCode.Should().Be("US");
        statement.Date!.Value.Should().Be("2021-03-02");
    }

    [Fact]
    public void A_statement_responded_from_a_capital_was_made_there()
    {
        var statement = Events<Statement>("The deputy minister said from Quito that the report was false.").Should().ContainSingle().Subject;

        statement.Location!.Name.Should().Be("Quito");
        statement.Location.CountryCode.Should().Be("EC");
    }

    [Fact]
    public void A_statement_made_at_a_news_conference_takes_the_place_of_the_conference()
    {
        var statement = Events<Statement>("The mayor said at a news conference in Pueblo that the steel plant would stay open.")
            .Should().ContainSingle().Subject;

        statement.Location!.Name.Should().Be("Pueblo");
        statement.Location.CountryCode.Should().Be("US");
    }

    [Fact]
    public void An_inverted_speaker_with_an_appositive_keeps_the_date_and_place_of_the_news_conference()
    {
        var statement = Events<Statement>("\"We will not sell,\" said Anne Cole, the firm's treasurer, at a news conference yesterday in Toledo, Ohio.")
            .Should().ContainSingle().Subject;

        statement.Location!.Name.Should().Be("Toledo");
        statement.Location.CountryCode.Should().Be("US");
        statement.Date!.Value.Should().Be("2021-03-04");
    }

    [Fact]
    public void A_date_closing_the_reporting_clause_dates_the_statement()
    {
        var statement = Events<Statement>("The envoy is also expected to visit Lima, Martinez said at a regular news briefing today.")
            .Should().ContainSingle().Subject;

        statement.Date!.Value.Should().Be("2021-03-05");
    }

    [Fact]
    public void A_place_name_does_not_run_into_the_day_after_it()
    {
        var statement = Events<Statement>("The president told reporters in the Rose Garden Wednesday that the decision was final.")
            .Should().ContainSingle().Subject;

        statement.Location!.Text.Should().Be("Rose Garden");
        statement.Date!.Value.Should().Be("2021-03-03");
    }

    [Fact]
    public void A_possessive_date_in_what_was_said_does_not_date_the_saying()
    {
        var statement = Events<Statement>("Police said last month's discovery of a rifle near the house was a breakthrough.")
            .Should().ContainSingle().Subject;

        statement.Date.Should().BeNull();
    }

    [Fact]
    public void A_trailing_participle_shares_the_date_and_place_of_the_main_clause()
    {
        var statement = Events<Statement>("Hundreds of farmers rallied outside the ministry in Lyon on Monday, demanding that the subsidy be restored.")
            .Should().ContainSingle().Subject;

        statement.Location!.Name.Should().Be("Lyon");
        statement.Location.CountryCode.Should().Be("FR");
        statement.Date!.Value.Should().Be("2021-03-01");
    }

    [Fact]
    public void A_statement_coordinated_with_the_first_verb_takes_the_date_after_its_object()
    {
        var statement = Events<Statement>("British Foreign Secretary Anne Ward paid tribute Tuesday to flood victims and rescue workers on a short visit to South Asia, and promised to rebuild the bridges.")
            .Should().ContainSingle().Subject;

        statement.Date!.Value.Should().Be("2021-03-02");
    }

    [Fact]
    public void The_end_of_a_period_does_not_date_the_event_before_it()
    {
        var meeting = Events<Meeting>("The talks between the two parties were extended until Friday.").Should().ContainSingle().Subject;

        meeting.Date.Should().BeNull();
    }

    [Fact]
    public void Earlier_that_day_refers_to_the_date_named_just_before()
    {
        var statement = Events<Statement>("The clinic was bombed on Oct. 12, 2019.\n\nEarlier that day, the owner told police about a threatening call.")
            .Should().ContainSingle().Subject;

        statement.Date!.Value.Should().Be("2019-10-12");
    }

    [Fact]
    public void A_place_inside_the_phrases_opening_a_sentence_sets_its_scene()
    {
        var statement = Events<Statement>("In June 2018, at a conference in Lisbon, the finance minister announced a new budget.")
            .Should().ContainSingle(e => e.Trigger.Text == "announced").Subject;

        statement.Location!.Name.Should().Be("Lisbon");
        statement.Location.CountryCode.Should().Be("PT");
    }
}
