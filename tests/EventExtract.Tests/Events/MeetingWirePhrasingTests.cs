using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up wire sentences, read by the full pipeline, for meeting phrasings the rules missed on first reading: the party
/// met named before a "for talks" phrase that joins the same meeting, and a two-word nationality the recognizer made a
/// unit of its own in a list of titled leaders.
/// </summary>
public class MeetingWirePhrasingTests
{
    private static readonly DateOnly Published = new(2026, 3, 4); // a Wednesday

    private static List<Meeting> Meetings(string body) => ArticleBody.Events<Meeting>(body, Published);

    private static List<string> Parties(Meeting m) => m.Participants.Select(p => p.Text).ToList();

    [Theory]
    [InlineData("Polish Prime Minister Tomasz Nowicki hosted Klaus Brandt in Warsaw on Tuesday for talks on border security.")]
    [InlineData("Tomasz Nowicki received Klaus Brandt in Warsaw for talks on Tuesday.")]
    [InlineData("Tomasz Nowicki met Klaus Brandt in Warsaw for talks on Tuesday.")]
    public void The_party_met_before_a_for_talks_phrase_takes_part(string sentence)
    {
        var meeting = Meetings(sentence).Should().ContainSingle().Subject;

        Parties(meeting).Should().Contain("Tomasz Nowicki").And.Contain("Klaus Brandt");
    }

    [Fact]
    public void A_leader_titled_by_a_two_word_nationality_does_not_cut_the_list_of_those_meeting()
    {
        var meeting = Meetings("Australian Prime Minister James Whitfield and New Zealand Prime Minister Aroha Ngata held a meeting in Canberra on Tuesday.")
            .Should().ContainSingle().Subject;

        Parties(meeting).Should().Contain("James Whitfield").And.Contain("Aroha Ngata");
    }
}
