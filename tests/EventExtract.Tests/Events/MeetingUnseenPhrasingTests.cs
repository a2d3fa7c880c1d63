using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up news sentences, read by the full pipeline, for meeting phrasings of the c-articles of
/// tests/data/meeting-challenge (scored by scripts/score-meeting-challenge.py) that the rules missed on first reading:
/// "X and his Y counterpart Z met", a reporting clause or an appositive after the party met, envoys of one body
/// gathering, "returned to the bargaining table", hosting a visitor the recognizer does not know, references back
/// ("the talks", "the two leaders"), the meeting's place beside its topic's, and look-alikes that are no meetings.
/// </summary>
public class MeetingUnseenPhrasingTests
{
    private static readonly DateOnly Published = new(2025, 3, 12); // a Wednesday

    private static List<Meeting> Meetings(string body) => ArticleBody.Events<Meeting>(body, Published);

    private static List<string> Parties(Meeting m) => m.Participants.Select(p => p.Text).ToList();

    [Theory]
    [InlineData("Peru's Foreign Minister Elena Quispe and her Chilean counterpart Tomas Riquelme met in Arica on Monday.", "Elena Quispe", "Tomas Riquelme")]
    [InlineData("Defence Minister Lars Dahl and his Finnish counterpart Aino Virtanen met in Oslo on Monday.", "Lars Dahl", "Aino Virtanen")]
    public void Both_a_minister_and_his_counterpart_named_after_the_role_meet(string sentence, string first, string second)
    {
        var meeting = Meetings(sentence).Should().ContainSingle().Subject;

        Parties(meeting).Should().Contain(first).And.Contain(second);
        Parties(meeting).Should().NotContain(p => p.Contains("counterpart"));
    }

    [Fact]
    public void Two_titled_surnames_the_recognizer_does_not_know_both_hold_the_talks()
    {
        var meeting = Meetings("Prime Minister Ishida and President Kim held talks in Busan on Thursday.").Should().ContainSingle().Subject;

        Parties(meeting).Should().Contain(p => p.EndsWith("Ishida")).And.Contain(p => p.EndsWith("Kim"));
    }

    [Fact]
    public void He_stands_for_a_titled_visitor_whose_name_the_recognizer_does_not_know()
    {
        var meetings = Meetings("Vietnamese Trade Minister Tran Quoc Dung arrived in Wellington on Sunday. He met Rachel Kerr on Monday.");

        var met = meetings.Single(m => m.Mentions.Any(x => x.Trigger.Text == "met"));
        Parties(met).Should().Contain("Tran Quoc Dung").And.Contain("Rachel Kerr");
    }

    [Theory]
    [InlineData("The presidents of Ghana and Togo held a summit in Lome on Monday. Benin's president, Paul Ahouansou, joined them by video link.")]
    [InlineData("The presidents of Ghana and Togo held a summit in Lome on Monday. Benin's president, Paul Ahouansou, joined the summit from Cotonou.")]
    public void One_who_joins_a_meeting_just_reported_is_its_party(string body)
    {
        var meeting = Meetings(body).Should().ContainSingle().Subject;

        Parties(meeting).Should().Contain(p => p.Contains("Ahouansou"));
    }

    [Fact]
    public void Talks_expected_to_continue_have_taken_place()
    {
        var meeting = Meetings("Nurses and the hospital board resumed pay talks in Leeds on Thursday. The talks, chaired by an arbitrator, are expected to continue until Saturday.")
            .Should().ContainSingle().Subject;

        meeting.Status.Should().Be(EventStatus.Occurred);
    }

    [Fact]
    public void Co_hosts_named_after_the_date_of_a_conference_host_it_and_take_part()
    {
        var meeting = Meetings("Defence ministers from more than 30 countries took part in a video conference on Thursday hosted by Britain's Defence Secretary Alan Reed and his Polish counterpart, Marta Nowak, to coordinate deliveries.")
            .Should().ContainSingle().Subject;

        meeting.Host!.Text.Should().Be("Alan Reed");
        Parties(meeting).Should().Contain("Alan Reed").And.Contain("Marta Nowak").And.NotContain("Britain");
    }

    [Fact]
    public void A_speaker_reporting_after_the_party_met_is_no_party_and_did_not_meet_is_negated()
    {
        var meeting = Meetings("Anwar Ghani did not meet the Jordanian envoy, his spokesman said.").Should().ContainSingle().Subject;

        meeting.Status.Should().Be(EventStatus.Negated);
        Parties(meeting).Should().Contain("Anwar Ghani").And.Contain(p => p.Contains("Jordanian envoy"));
        Parties(meeting).Should().NotContain(p => p.Contains("spokesman"));
    }

    [Fact]
    public void A_role_set_off_by_a_comma_before_the_name_of_the_one_received_is_that_person()
    {
        var meeting = Meetings("President Amara Diallo received Ghana's finance minister, Kofi Mensah, at the presidential palace in Dakar on Thursday.")
            .Should().ContainSingle().Subject;

        Parties(meeting).Should().Contain("Kofi Mensah").And.NotContain(p => p.Contains("finance minister"));
    }

    [Theory]
    [InlineData("Three Austrian climbers reached the summit of Mont Blanc on Sunday before a storm hit.")]
    [InlineData("Police closed a meeting point for ramblers near the lake after the flood.")]
    public void The_top_of_a_mountain_and_a_place_named_for_meetings_are_no_meetings(string sentence)
    {
        Meetings(sentence).Should().BeEmpty();
    }

    [Fact]
    public void Envoys_of_one_body_gathering_in_a_city_meet_there()
    {
        var meeting = Meetings("Health ministers from the 27 member states of the European Union gathered in Lisbon on Tuesday to discuss vaccine stocks.")
            .Should().ContainSingle().Subject;

        meeting.Location!.Text.Should().Be("Lisbon");
        meeting.Date!.Value.Should().Be("2025-03-11");
    }

    [Fact]
    public void Returning_to_the_bargaining_table_is_a_meeting_of_both_sides()
    {
        var meeting = Meetings("The teachers' union and the education ministry returned to the bargaining table in Lyon on Tuesday.")
            .Should().ContainSingle().Subject;

        meeting.Status.Should().Be(EventStatus.Occurred);
        meeting.Location!.Text.Should().Be("Lyon");
    }

    [Fact]
    public void A_host_receiving_a_visitor_whose_name_the_recognizer_does_not_know_meets_the_visitor()
    {
        var meeting = Meetings("Kagame hosted Ndayishimiye in Kigali on Sunday.").Should().ContainSingle().Subject;

        Parties(meeting).Should().Contain("Ndayishimiye");
        meeting.Location!.Text.Should().Be("Kigali");
    }

    [Fact]
    public void The_collapse_of_the_talks_refers_back_to_the_negotiations_just_reported()
    {
        var meetings = Meetings("A third round of negotiations between Chile and Argentina on river water ended without agreement in Mendoza on Friday. "
                                + "Chilean negotiator Rosa Pardo blamed the collapse of the talks on new demands.");

        var meeting = meetings.Should().ContainSingle().Subject;
        meeting.Mentions.Select(m => m.Trigger.Text).Should().Contain("talks");
        meeting.Location!.Text.Should().Be("Mendoza");
    }

    [Fact]
    public void A_place_in_the_topic_of_talks_gives_way_to_the_place_they_were_held()
    {
        var meeting = Meetings("Talks on shipping lanes in the Red Sea ended in Djibouti on Friday.").Should().ContainSingle().Subject;

        meeting.Location!.Text.Should().Be("Djibouti");
    }

    [Fact]
    public void A_town_the_gazetteer_lacks_after_a_place_noun_is_where_they_met()
    {
        var meeting = Meetings("Ruiz and Okafor met in the border town of Villa Esperanza on Saturday.").Should().ContainSingle().Subject;

        meeting.Location!.Text.Should().Be("Villa Esperanza");
    }

    [Fact]
    public void The_two_leaders_after_a_visit_still_to_come_are_its_parties()
    {
        var meetings = Meetings("Prime Minister Ravi Menon will visit Jakarta next week for talks with President Sari Wulandari. "
                                + "The two leaders last met at a regional summit in Manila in October.");

        var earlier = meetings.Single(m => m.Mentions.Any(x => x.Trigger.Text == "met"));
        Parties(earlier).Should().Contain("Ravi Menon").And.Contain("Sari Wulandari");
    }

    [Fact]
    public void The_meeting_does_not_refer_back_to_one_that_did_not_happen()
    {
        var meetings = Meetings("Interior ministers Lopez and Berger met in Basel on Monday. "
                                + "The Swiss president, Ueli Graf, did not meet Lopez, his office said. "
                                + "Both ministers said the meeting would be followed by a visit to Bern.");

        var notMet = meetings.Single(m => m.Mentions.Any(x => x.Trigger.Text == "meet"));
        notMet.Status.Should().Be(EventStatus.Negated);
        notMet.Mentions.Should().ContainSingle();
    }
}
