using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// An attack named as a known thing inside another clause ("a suspect in the bombing", "bombing victims", "before the
/// shooting") takes neither that clause's date, scene nor modality, so it joins the attack it names.
/// </summary>
public class AttackReferenceTests
{
    private static readonly DateOnly Published = new(2021, 6, 4);

    [Fact]
    public void The_date_of_a_search_does_not_date_the_bombing_it_names()
    {
        var events = new TestDocument(
            "A car bomb exploded outside the central bank in Springfield on Monday, killing four people. " +
            "On Thursday, police searched two houses for a suspect in the bombing.", Published)
            .Place("Springfield", "US", isCountry: false)
            .Timex("Monday", "2021-05-31")
            .Timex("Thursday", "2021-06-03")
            .Trigger("exploded", EventType.Attack)
            .Trigger("bombing", EventType.Attack)
            .Find();

        var attack = events.Should().ContainSingle().Subject;
        attack.Mentions.Should().HaveCount(2);
        attack.Date!.Value.Should().Be("2021-05-31");
    }

    [Fact]
    public void A_scheduled_visit_to_bombing_victims_does_not_make_the_bombing_planned()
    {
        var events = new TestDocument(
            "A bomb exploded at a market in Springfield last week. " +
            "The minister is scheduled to meet bombing victims at the city hospital.", Published)
            .Place("Springfield", "US", isCountry: false)
            .Trigger("exploded", EventType.Attack)
            .Trigger("bombing", EventType.Attack)
            .Find();

        var attack = events.Should().ContainSingle().Which.Should().BeOfType<Attack>().Subject;
        attack.Status.Should().Be(EventStatus.Occurred);
        attack.Mentions.Should().HaveCount(2);
        attack.Targets.Should().NotContain(t => t.Text.Contains("hospital"));
    }

    [Fact]
    public void A_known_attack_as_the_subject_of_a_negated_predicate_still_happened()
    {
        var events = new TestDocument(
            "A bomb exploded at a market in Springfield last week. The bombing has not shaken the resolve of the town.", Published)
            .Place("Springfield", "US", isCountry: false)
            .Trigger("exploded", EventType.Attack)
            .Trigger("bombing", EventType.Attack)
            .Find();

        events.Should().ContainSingle().Which.Status.Should().Be(EventStatus.Occurred);
    }

    [Fact]
    public void A_known_attack_that_did_not_happen_is_still_negated()
    {
        var events = new TestDocument(
            "The bombing did not happen.", Published)
            .Trigger("bombing", EventType.Attack)
            .Find();

        events.Should().ContainSingle(e => e.Type == EventType.Attack).Which.Status.Should().Be(EventStatus.Negated);
    }

    [Fact]
    public void A_place_in_the_clause_after_a_known_attack_is_not_its_place()
    {
        var events = new TestDocument(
            "A sniper shot a doctor at his home in Springfield on Friday. " +
            "His car was seen near the house after the shooting, and was found later at an airport in Shelbyville.", Published)
            .Place("Springfield", "US", isCountry: false)
            .Place("Shelbyville", "US", isCountry: false)
            .Timex("Friday", "2021-05-28")
            .Trigger("shot", EventType.Attack)
            .Trigger("shooting", EventType.Attack)
            .Find();

        var attack = events.Should().ContainSingle().Subject;
        attack.Mentions.Should().HaveCount(2);
        attack.Location!.Name.Should().Be("Springfield");
    }

    [Fact]
    public void A_date_inside_the_attack_phrase_still_dates_it()
    {
        var events = new TestDocument(
            "On Tuesday, the mayor laid a wreath for the victims of the May 3 bombing.", Published)
            .Timex("Tuesday", "2021-06-01")
            .Timex("May 3", "2021-05-03")
            .Trigger("bombing", EventType.Attack)
            .Find();

        events.Should().ContainSingle().Which.Date!.Value.Should().Be("2021-05-03");
    }

    [Fact]
    public void A_reaction_to_a_known_attack_far_from_its_report_joins_it()
    {
        var events = new TestDocument(
            "A bomb exploded in a market in Springfield on Friday. The market was closed. Traders counted their losses. " +
            "The mayor promised help. Residents later denounced the bombing of the market.", Published)
            .Place("Springfield", "US", isCountry: false)
            .Timex("Friday", "2021-06-04")
            .Trigger("exploded", EventType.Attack)
            .Trigger("bombing", EventType.Attack)
            .Find();

        events.Should().ContainSingle().Which.Mentions.Should().HaveCount(2);
    }

    [Fact]
    public void A_bombing_soon_after_a_shooting_is_not_linked_by_kind_alone()
    {
        var events = new TestDocument(
            "A doctor was shot dead by a sniper. A nurse who was hurt in the 2019 clinic bombing in Shelbyville attended the service.", Published)
            .Place("Shelbyville", "US", isCountry: false)
            .Timex("2019", "2019")
            .Trigger("shot", EventType.Attack)
            .Trigger("bombing", EventType.Attack)
            .Find();

        events.Should().HaveCount(2);
    }

    [Fact]
    public void The_shot_fired_is_the_weapon_not_the_target()
    {
        var events = new TestDocument(
            "Whoever fired the shot at the doctor has not been found.", Published)
            .Trigger("fired", EventType.Attack)
            .Find();

        var attack = events.Should().ContainSingle().Which.Should().BeOfType<Attack>().Subject;
        attack.Targets.Should().NotContain(t => t.Text.Contains("shot"));
    }

    [Fact]
    public void A_date_of_the_main_clause_does_not_date_an_attack_in_a_clause_after_it()
    {
        var events = new TestDocument(
            "Hundreds of people attended a memorial on Sunday for the doctor, a year since he was killed by a sniper.", Published)
            .Timex("Sunday", "2021-05-30")
            .Trigger("killed", EventType.Attack)
            .Find();

        events.Should().ContainSingle().Which.Date.Should().BeNull();
    }

    [Fact]
    public void A_place_after_over_is_where_an_attack_happened()
    {
        var events = new TestDocument("Two men are suspected of blowing up an airliner over Sylvania in 1999.", Published)
            .Place("Sylvania", "SY")
            .Trigger("blowing up", EventType.Attack)
            .Find();

        events.Should().ContainSingle().Which.Location!.Name.Should().Be("Sylvania");
    }

    [Fact]
    public void An_attack_behind_a_preposition_of_a_purpose_gerund_is_not_planned()
    {
        var events = new TestDocument("The man is wanted for questioning in two other shootings of doctors.", Published)
            .Trigger("shootings", EventType.Attack)
            .Find();

        events.Should().ContainSingle().Which.Status.Should().Be(EventStatus.Occurred);
    }

    [Fact]
    public void An_attack_a_party_plans_to_carry_out_is_still_planned()
    {
        var events = new TestDocument("The group vowed to launch attacks against the capital.", Published)
            .Trigger("attacks", EventType.Attack)
            .Find();

        events.Should().ContainSingle().Which.Status.Should().Be(EventStatus.Planned);
    }
}
