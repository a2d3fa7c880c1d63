using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>Who takes part in a meeting, read by the full (tagged) pipeline from made-up sentences, as a user's article is.</summary>
public class MeetingPartyPipelineTests
{
    private static readonly EventExtractor Extractor = EventExtractor.Create();
    private static readonly DateOnly Published = new(2021, 6, 30);

    private static List<Meeting> Meetings(string text) =>
        Extractor.Extract(text, new ArticleInfo(Published: Published)).Events.OfType<Meeting>().ToList();

    private static List<string> Parties(Meeting m) => m.Participants.Select(p => p.Text).ToList();

    [Fact]
    public void A_participle_after_a_subordinator_takes_the_main_clause_subject_not_the_nearest_name()
    {
        var meetings = Meetings("Health Minister Ana Ruiz arrived in Lima on Monday. She praised the nurses, and the Red Cross's team for "
            + "their bravery, before meeting with city officials.");

        var meeting = meetings.Should().ContainSingle().Subject;
        Parties(meeting).Should().BeEquivalentTo("Ana Ruiz", "city officials"); // the title is no part of her name
    }

    [Fact]
    public void A_party_word_tagged_as_a_verb_after_a_possessive_is_still_a_party()
    {
        var meeting = Meetings("Ruiz met with his top aides on Tuesday in the palace.").Should().ContainSingle().Subject;

        Parties(meeting).Should().BeEquivalentTo("Ruiz", "his top aides");
    }

    [Fact]
    public void A_press_conference_of_one_speaker_is_no_meeting_even_when_mentioned_again()
    {
        Meetings("\"The work goes on,\" said Ruiz at a press conference in the capital. Ruiz flew home after the press conference.")
            .Should().BeEmpty();
    }

    [Fact]
    public void A_title_the_recognizer_left_apart_does_not_stand_for_the_person_or_break_the_list()
    {
        var meetings = Meetings("On June 7, Ruiz, Trade Minister Juan Soto and others had just ended a meeting in a building near the port. "
            + "Ruiz will meet with President Juan Soto again on Friday.");

        meetings.Should().HaveCount(2);
        Parties(meetings[0]).Should().BeEquivalentTo("Ruiz", "Juan Soto");
        Parties(meetings[1]).Should().BeEquivalentTo("Ruiz", "Juan Soto");
    }

    [Fact]
    public void Their_before_a_hyphenated_meeting_phrase_stands_for_the_group_named_before()
    {
        var meeting = Meetings("Late in the day, lawyers for the Soto family emerged from their third day-long meeting with federal officials.")
            .Should().ContainSingle().Subject;

        Parties(meeting).Should().BeEquivalentTo("lawyers", "federal officials");
    }

    [Fact]
    public void Unnamed_people_met_with_are_participants_alone_or_in_a_list()
    {
        var meetings = Meetings("The minister later met with flood survivors and their families in the town hall. "
            + "A meeting between the boy and his grandmothers took place in a church.");

        meetings.Should().HaveCount(2);
        Parties(meetings[0]).Should().BeEquivalentTo("The minister", "flood survivors", "their families");
        Parties(meetings[1]).Should().BeEquivalentTo("the boy", "his grandmothers");
    }

    [Fact]
    public void An_attack_word_modifying_the_people_met_with_does_not_end_the_phrase()
    {
        var meeting = Meetings("Ana Ruiz spent Monday in Lima, meeting with bombing victims at the hospital.").Should().ContainSingle().Subject;

        Parties(meeting).Should().BeEquivalentTo("Ana Ruiz", "bombing victims");
    }

    [Fact]
    public void A_visited_place_between_the_verb_and_a_meeting_noun_leaves_the_verb_governing_it()
    {
        var meeting = Meetings("A delegation of Hungarian lawmakers visited Vienna last week for talks with Austrian officials.")
            .Should().ContainSingle().Subject;

        Parties(meeting).Should().BeEquivalentTo("Hungarian lawmakers", "Austrian officials");
    }

    [Fact]
    public void A_plural_pronoun_stands_for_the_list_of_parties_named_last()
    {
        var meetings = Meetings("Peru and Chile signed a border treaty on Monday. They will meet again in Lima in July. "
            + "Luis Soto and Ana Ruiz spoke on Monday. Their talks focused on trade.");

        meetings.Should().HaveCount(2);
        Parties(meetings[0]).Should().BeEquivalentTo("Peru", "Chile");
        Parties(meetings[1]).Should().BeEquivalentTo("Luis Soto", "Ana Ruiz");
    }

    [Fact]
    public void A_meeting_in_a_fronted_time_phrase_belongs_to_the_subject_after_its_comma()
    {
        var meeting = Meetings("After a two-hour meeting at his country home with King Carlos of Spain, Luis Soto said he had little hope.")
            .Should().ContainSingle().Subject;

        Parties(meeting).Should().Contain("Luis Soto");
    }

    [Fact]
    public void A_speaker_at_a_news_conference_and_a_habit_of_talking_are_no_meetings()
    {
        Meetings("\"We will go on,\" Ana Ruiz said during a news conference in her hometown. "
            + "Ruiz said she sometimes talks to family members in Chile.").Should().BeEmpty();
        Meetings("Ruiz talks with the rebels every week.").Should().ContainSingle();
    }

    [Fact]
    public void Meeting_a_thing_is_no_meeting_but_meeting_a_counterpart_is()
    {
        Meetings("The goal is smaller armies capable of meeting a variety of contingencies.").Should().BeEmpty();

        var meeting = Meetings("Ruiz met his Chilean counterpart in Lima on Monday.").Should().ContainSingle().Subject;
        Parties(meeting).Should().BeEquivalentTo("Ruiz", "Chilean counterpart");
    }

    [Fact]
    public void A_meeting_verb_and_the_meeting_noun_it_takes_as_object_are_one_meeting()
    {
        var meeting = Meetings("As the biggest holder, Ford could turn up the heat by convening a special shareholders' meeting next month.")
            .Should().ContainSingle().Subject;

        meeting.Mentions.Should().HaveCount(2);
        Parties(meeting).Should().Equal("Ford");
    }

    [Fact]
    public void A_common_noun_possessor_does_not_hide_the_party_met_with()
    {
        var meeting = Meetings("Ana Ruiz has already met with the family's lawyer, as well as with the boy's two grandmothers.")
            .Should().ContainSingle().Subject;

        Parties(meeting).Should().Contain("Ana Ruiz").And.Contain("the boy's two grandmothers")
            .And.Contain(p => p.EndsWith("lawyer", StringComparison.Ordinal));
    }
}
