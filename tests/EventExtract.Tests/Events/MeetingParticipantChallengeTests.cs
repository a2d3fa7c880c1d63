using EventExtract.Events;
using EventExtract.Places;

namespace EventExtract.Tests.Events;

/// <summary>
/// A challenge set of made-up news sentences, read by the full pipeline, on who takes part in a meeting: the subject
/// shared by coordinated verbs, a pronoun joined to the subject, travellers back from a visit, the object of "urged X to
/// meet" or "invited X to visit" (the inviter hosting), unnamed parties such as "the pope", and words that name no
/// party (a month, the city that gives a summit its name, one who only urges others to talk).
/// </summary>
public class MeetingParticipantChallengeTests
{
    private static readonly DateOnly Published = new(2024, 5, 22); // a Wednesday

    private static List<Meeting> Meetings(string body) => ArticleBody.Events<Meeting>(body, Published);

    private static List<string> Parties(Meeting m) => m.Participants.Select(p => p.Text).ToList();

    [Theory]
    [InlineData("Foreign Minister Karin Dahl arrived in Riga on Monday. She was scheduled to lay a wreath at the memorial and meet with Prime Minister Lars Holm before flying home.")]
    [InlineData("Foreign Minister Karin Dahl arrived in Riga on Monday. She was scheduled to lay a wreath at the memorial, visit a school and meet with Prime Minister Lars Holm before flying home.")]
    public void The_last_of_coordinated_verbs_shares_the_subject_of_the_first(string body)
    {
        var meeting = Meetings(body).Should().ContainSingle().Subject;

        Parties(meeting).Should().Contain(new[] { "Karin Dahl", "Lars Holm" });
        meeting.Participants.Should().OnlyContain(p => p.Kind == ActorKind.Person);
    }

    [Fact]
    public void Travellers_back_from_a_visit_with_others_made_the_visit()
    {
        var meeting = Meetings("The finance minister and the central bank governor returned on Monday from a visit with military commanders in the north.")
            .Should().ContainSingle().Subject;

        Parties(meeting).Should().BeEquivalentTo("The finance minister", "the central bank governor", "military commanders");
    }

    [Fact]
    public void A_pronoun_joined_to_the_subject_stands_for_the_person_named_before()
    {
        var meeting = Meetings("Maria Lunde, the boy's aunt, spoke on Monday. She said she and other relatives had spoken to the boy's mother by phone.")
            .Should().ContainSingle().Subject;

        Parties(meeting).Should().Contain(new[] { "Maria Lunde", "other relatives", "the boy's mother" });
    }

    [Fact]
    public void A_pronoun_subject_before_a_negated_visit_takes_part()
    {
        var meeting = Meetings("Karin Dahl said she has not visited Lars Holm since the election.").Should().ContainSingle().Subject;

        Parties(meeting).Should().BeEquivalentTo("Karin Dahl", "Lars Holm");
        meeting.Status.Should().Be(EventStatus.Negated);
    }

    [Fact]
    public void Who_acts_through_days_of_negotiations_holds_them()
    {
        var meeting = Meetings("Norway refused to sign the deal through three days of negotiations.").Should().ContainSingle().Subject;

        var norway = meeting.Participants.Should().ContainSingle().Subject;
        norway.Text.Should().Be("Norway");
        norway.Kind.Should().Be(ActorKind.Country);
        norway.CountryCode.Should().Be("NO");
    }

    [Fact]
    public void The_party_urged_to_hold_talks_takes_part_and_the_one_urging_does_not()
    {
        var meeting = Meetings("The United Nations urged Norway to hold talks with Sweden.").Should().ContainSingle().Subject;

        Parties(meeting).Should().BeEquivalentTo("Norway", "Sweden");
        meeting.Participants.Select(p => p.CountryCode).Should().BeEquivalentTo("NO", "SE");
        meeting.Status.Should().NotBe(EventStatus.Occurred);
    }

    [Fact]
    public void The_one_asked_to_meet_is_a_party()
    {
        var meeting = Meetings("Lind asked Weiss to meet her in Oslo.").Should().ContainSingle().Subject;

        Parties(meeting).Should().Contain("Weiss");
    }

    [Fact]
    public void One_who_invites_another_to_visit_hosts_the_visit()
    {
        var meeting = Meetings("President Anna Lind invited Chancellor Karl Weiss to visit Oslo next month.").Should().ContainSingle().Subject;

        Parties(meeting).Should().BeEquivalentTo("Karl Weiss", "Anna Lind");
        meeting.Host.Should().NotBeNull();
        meeting.Host!.Text.Should().Be("Anna Lind");
        meeting.Status.Should().Be(EventStatus.Planned);
    }

    [Fact]
    public void The_pope_is_a_party_named_by_his_title()
    {
        var meeting = Meetings("The pope met the president of Chile at the Vatican on Monday.").Should().ContainSingle().Subject;

        Parties(meeting).Should().Contain("The pope");
        meeting.Participants.Should().HaveCount(2);
    }

    [Fact]
    public void A_month_name_taken_for_a_name_is_no_party()
    {
        var meetings = Meetings("The May accession will allow the two states to join the summit talks.");

        meetings.SelectMany(Parties).Should().NotContain("May");
    }

    [Fact]
    public void His_meeting_belongs_to_the_man_whose_aim_it_serves_in_the_same_sentence()
    {
        var meeting = Meetings("Tomas Vidal, a port official, said traffic had slowed. Lars Holm's chief aim in his meeting with Karl Weiss was to reopen the border.")
            .Should().ContainSingle().Subject;

        Parties(meeting).Should().BeEquivalentTo("Lars Holm", "Karl Weiss");
    }

    [Theory]
    [InlineData("The negotiators met again on Friday.", "The negotiators")]
    [InlineData("The negotiators from both countries met again on Friday.", "The negotiators from both countries")]
    [InlineData("The envoys of the two governments met in Geneva on Friday.", "The envoys of the two governments")]
    public void Unnamed_people_meeting_are_named_by_their_own_words(string sentence, string party)
    {
        var meeting = Meetings(sentence).Should().ContainSingle().Subject;

        Parties(meeting).Should().BeEquivalentTo(party);
    }

    [Fact]
    public void Named_parties_and_a_host_stay_as_they_were()
    {
        var meeting = Meetings("Prime Minister Lars Holm hosted Chancellor Karl Weiss in Oslo on Monday.").Should().ContainSingle().Subject;

        Parties(meeting).Should().BeEquivalentTo("Lars Holm", "Karl Weiss");
        meeting.Host!.Text.Should().Be("Lars Holm");
    }
}
