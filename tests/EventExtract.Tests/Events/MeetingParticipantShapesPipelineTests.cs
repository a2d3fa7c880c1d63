using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>Meeting participants in common news shapes that lost a party: a counterpart named in an aside, and others below.</summary>
public class MeetingParticipantShapesPipelineTests
{
    private static readonly DateOnly Published = new(2025, 5, 16);

    private static List<string> Parties(string body) =>
        ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle().Subject.Participants.Select(p => p.Text).ToList();

    [Fact]
    public void A_party_joined_by_and_to_a_counterpart_named_in_an_aside_meets_too()
    {
        Parties("Foreign Minister Lena Varga and her counterpart, Tomas Ridel, held talks in Vienna on Monday.")
            .Should().BeEquivalentTo("Lena Varga", "Tomas Ridel");
        Parties("Premier Jonas Aldt and his Latvian counterpart, Rita Ozola, met in Riga on Monday.")
            .Should().BeEquivalentTo("Jonas Aldt", "Rita Ozola");
    }

    [Fact]
    public void A_counterpart_named_in_an_aside_with_no_party_before_it_meets_alone()
    {
        Parties("Her counterpart, Tomas Ridel, held talks in Vienna on Monday.").Should().Equal("Tomas Ridel");
    }

    [Fact]
    public void Unnamed_people_of_a_trade_met_with_are_participants_and_do_not_hide_the_rest_of_the_list()
    {
        Parties("Governor Arno Kessler met with two bankers and three smugglers in March.")
            .Should().BeEquivalentTo("Arno Kessler", "two bankers", "three smugglers");
        Parties("Governor Arno Kessler met with a retired nurse from Oslo on Monday.")
            .Should().BeEquivalentTo("Arno Kessler", "a retired nurse");
    }

    [Fact]
    public void Unnamed_people_talked_to_are_participants()
    {
        ArticleBody.Events<Meeting>("Arno Kessler visited Oslo on Monday. He talked to local fishermen about the quotas.", Published)
            .Should().Contain(m => m.Participants.Any(p => p.Text == "local fishermen") && m.Participants.Any(p => p.Text == "Arno Kessler"));
    }

    [Fact]
    public void They_who_met_are_the_parties_named_before_a_trailing_reporting_clause()
    {
        Parties("Arno Kessler and Dana Holm signed a trade deal, officials said. They met again on Tuesday in Oslo.")
            .Should().BeEquivalentTo("Arno Kessler", "Dana Holm");
    }

    [Fact]
    public void Who_speaks_after_talks_with_someone_held_the_talks()
    {
        Parties("Chancellor Arno Kessler said after talks with Prime Minister Dana Holm that trade would grow.")
            .Should().BeEquivalentTo("Arno Kessler", "Dana Holm");
    }

    [Fact]
    public void A_person_a_visit_goes_to_is_visited_while_a_place_stays_the_place()
    {
        Parties("Chancellor Arno Kessler paid a visit to Prime Minister Dana Holm on Monday.")
            .Should().BeEquivalentTo("Arno Kessler", "Dana Holm");
        var visit = ArticleBody.Events<Meeting>("Chancellor Arno Kessler's visit to Norway was the first in a decade.", Published).Should().ContainSingle().Subject;
        visit.Participants.Select(p => p.Text).Should().Equal("Arno Kessler");
        visit.Location!.Name.Should().Be("Norway");
    }

    [Fact]
    public void Unnamed_people_of_an_of_phrase_holding_a_meeting_noun_are_its_participants()
    {
        Parties("Leaders of the two countries will hold a summit in Hanoi next month.")
            .Should().Equal("Leaders of the two countries");
        Parties("The envoys of the two governments began talks in Geneva on Monday.")
            .Should().Equal("The envoys of the two governments");
    }
}
