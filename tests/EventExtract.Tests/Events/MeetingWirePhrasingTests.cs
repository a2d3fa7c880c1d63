using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up wire sentences, read by the full pipeline, for meeting phrasings the rules missed on first reading: the party
/// met named before a "for talks" phrase that joins the same meeting, a two-word nationality the recognizer made a unit
/// of its own in a list of titled leaders, a pronoun subject of "had held secret talks", a courtesy call ("called on
/// President X"), two meeting verbs of one sentence with their own dates and counterparts, "the summit"
/// again with one new party, and a meeting that "failed to agree" (it took place).
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

    [Fact]
    public void He_who_held_talks_named_as_a_noun_takes_part()
    {
        var meeting = Meetings("Opposition leader Tendai Moyo said on Monday he had held secret talks with President Robert Chikore last week.")
            .Should().ContainSingle().Subject;

        Parties(meeting).Should().Contain("Tendai Moyo").And.Contain("Robert Chikore");
    }

    [Theory]
    [InlineData("Qureshi met Afghan Foreign Minister Ahmad Wardak and later called on President Karim Nazari.")]
    [InlineData("Bilal Qureshi called on President Karim Nazari at the palace on Monday.")]
    public void A_call_on_a_person_with_nothing_asked_of_them_is_a_visit(string sentence)
    {
        var call = Meetings(sentence).Should().ContainSingle(m => m.Mentions.Any(x => x.Trigger.Text == "called on")).Subject;

        Parties(call).Should().Contain("Karim Nazari");
        ArticleBody.Events<Statement>(sentence, Published).Should().BeEmpty();
    }

    [Fact]
    public void A_call_on_a_person_to_act_stays_a_demand()
    {
        var sentence = "Bilal Qureshi called on President Karim Nazari on Monday to release the prisoners.";

        Meetings(sentence).Should().BeEmpty();
        ArticleBody.Events<Statement>(sentence, Published).Should().ContainSingle();
    }

    [Fact]
    public void A_date_before_and_and_a_second_meeting_verb_dates_the_first_meeting()
    {
        var meetings = Meetings("Qureshi met Ahmad Wardak on Monday and held talks with Karim Nazari on Tuesday.");

        meetings.Should().HaveCount(2);
        meetings.Single(m => Parties(m).Contains("Ahmad Wardak")).Date!.Value.Should().Be("2026-03-02");
        meetings.Single(m => Parties(m).Contains("Karim Nazari")).Date!.Value.Should().Be("2026-03-03");
    }

    [Fact]
    public void Two_meeting_verbs_of_one_sentence_with_different_counterparts_are_two_meetings()
    {
        var meetings = Meetings("Qureshi met Ahmad Wardak on Monday and later held talks with Karim Nazari.");

        meetings.Should().HaveCount(2);
        meetings.Should().ContainSingle(m => Parties(m).Contains("Ahmad Wardak") && !Parties(m).Contains("Karim Nazari"));
    }

    [Fact]
    public void A_meeting_verb_and_a_later_talks_noun_with_another_counterpart_are_two_meetings()
    {
        var meetings = Meetings("Qureshi met Ahmad Wardak in Kabul in the morning and then drove to Jalalabad for talks with Karim Nazari.");

        meetings.Should().HaveCount(2);
        meetings.Should().ContainSingle(m => Parties(m).Contains("Ahmad Wardak") && !Parties(m).Contains("Karim Nazari"));
    }

    [Fact]
    public void The_summit_told_something_by_a_new_leader_is_the_summit_just_reported()
    {
        var meeting = Meetings("African Union leaders opened a two-day summit in Addis Ababa on Sunday. Ethiopian Prime Minister Dawit Bekele told the summit that the region could not afford another war.")
            .Should().ContainSingle().Subject;

        meeting.Mentions.Should().HaveCount(2);
        Parties(meeting).Should().Contain("Dawit Bekele");
    }

    [Theory]
    [InlineData("A meeting of foreign ministers of the European Union on Monday failed to agree on new sanctions.", EventStatus.Occurred)]
    [InlineData("The talks between Vietnam and Laos did not produce an agreement.", EventStatus.Occurred)]
    [InlineData("The summit between Vietnam and Laos failed to take place.", EventStatus.Negated)]
    public void A_meeting_that_achieved_nothing_still_took_place(string sentence, EventStatus status)
    {
        Meetings(sentence).Should().ContainSingle().Which.Status.Should().Be(status);
    }
}
