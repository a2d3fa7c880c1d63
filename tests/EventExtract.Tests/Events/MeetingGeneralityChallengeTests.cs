using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// A challenge set of made-up news sentences, read by the full pipeline, for meeting phrasings the rules first missed
/// on new text: meetings still to come ("are scheduled to meet", "agreed to meet", "talks are set for Monday"), calls
/// and lines ("called his counterpart", "via video link"), hospitality ("hosted a dinner for", "granted an audience
/// to"), a meeting noun after "for" or before a long "between" phrase, and look-alikes that are no meetings (the summit
/// of a mountain, sports finals, "called X a liar", "set to meet demand").
/// </summary>
public class MeetingGeneralityChallengeTests
{
    private static readonly DateOnly Published = new(2023, 3, 15); // a Wednesday

    private static List<Meeting> Meetings(string body) => ArticleBody.Events<Meeting>(body, Published);

    private static List<string> Parties(Meeting m) => m.Participants.Select(p => p.Text).ToList();

    [Theory]
    [InlineData("Lind and Weiss are scheduled to meet in Geneva on Friday.", "Lind|Weiss", "2023-03-17")]
    [InlineData("Lind and Weiss are slated to meet in Geneva on Friday.", "Lind|Weiss", "2023-03-17")]
    [InlineData("Lind and Weiss are due to meet in Geneva on Friday.", "Lind|Weiss", "2023-03-17")]
    [InlineData("Prime Minister Anna Kovacs is set to meet Chancellor Olaf Brenner on Thursday.", "Anna Kovacs|Olaf Brenner", "2023-03-16")]
    [InlineData("Hamid and Ortega agreed to meet again in April.", "Hamid|Ortega", "2023-04")]
    [InlineData("President Okafor is to meet Pope Leo at the Vatican on Saturday.", "President Okafor|Pope Leo", "2023-03-18")]
    public void A_meeting_put_ahead_by_a_word_of_planning_is_planned_with_its_parties_and_day(string sentence, string parties, string date)
    {
        var meeting = Meetings(sentence).Should().ContainSingle().Subject;

        Parties(meeting).Should().BeEquivalentTo(parties.Split('|'));
        meeting.Status.Should().Be(EventStatus.Planned);
        meeting.Date!.Value.Should().Be(date);
    }

    [Theory]
    [InlineData("The governor offered to meet the striking nurses on Friday.", "The governor|the striking nurses", "2023-03-17")]
    [InlineData("Mayor Okafor is hoping to meet the striking nurses on Friday.", "Mayor Okafor|the striking nurses", "2023-03-17")]
    [InlineData("Governor Lind might meet the union leaders on Friday.", "Lind|the union leaders", "2023-03-17")]
    public void A_meeting_only_offered_hoped_for_or_possible_stays_hypothetical_though_dated_ahead(string sentence, string parties, string date)
    {
        var meeting = Meetings(sentence).Should().ContainSingle().Subject;

        Parties(meeting).Should().BeEquivalentTo(parties.Split('|'));
        meeting.Status.Should().Be(EventStatus.Hypothetical);
        meeting.Date!.Value.Should().Be(date);
    }

    [Fact]
    public void A_month_without_a_word_of_planning_keeps_the_past_reading()
    {
        Meetings("Hamid and Ortega met in Madrid in April.").Should().ContainSingle().Which.Date!.Value.Should().Be("2022-04");
    }

    [Fact]
    public void Talks_set_for_a_weekday_are_planned_for_the_coming_one_between_the_two_sides()
    {
        var meeting = Meetings("Talks between the unions and the railway company are set for Monday.").Should().ContainSingle().Subject;

        Parties(meeting).Should().BeEquivalentTo("the unions", "the railway company");
        meeting.Status.Should().Be(EventStatus.Planned);
        meeting.Date!.Value.Should().Be("2023-03-20");
    }

    [Theory]
    [InlineData("The factory is set to meet growing demand for batteries.")]
    [InlineData("The reform is expected to meet with stiff resistance in parliament.")]
    [InlineData("The airline failed to meet its fuel targets this year.")]
    public void A_planned_meeting_of_a_thing_is_no_meeting(string sentence)
    {
        Meetings(sentence).Should().BeEmpty();
    }

    [Fact]
    public void Talking_via_video_link_is_a_meeting_with_no_place()
    {
        var meeting = Meetings("Minister Jonas Berg spoke with his Estonian counterpart via video link on Tuesday.").Should().ContainSingle().Subject;

        Parties(meeting).Should().Contain(p => p.Contains("Jonas Berg")).And.Contain(p => p.Contains("Estonian counterpart"));
        meeting.Date!.Value.Should().Be("2023-03-14");
        meeting.Location.Should().BeNull();
    }

    [Fact]
    public void Talks_held_by_video_link_under_a_dateline_do_not_take_the_dateline_city()
    {
        var result = ArticleBody.Extractor.Extract(
            "Headline\n\nROME (AP) -- Foreign Minister Elena Rossi held talks with her Greek counterpart by video link on Tuesday.",
            new ArticleInfo(Published: Published));

        result.Events.OfType<Meeting>().Should().ContainSingle().Which.Location.Should().BeNull();
    }

    [Theory]
    [InlineData("The defense secretary called his Chinese counterpart on Tuesday.", "The defense secretary", "Chinese counterpart")]
    [InlineData("President Macron called Chancellor Olaf Scholz on Tuesday.", "Macron", "Olaf Scholz")]
    public void Calling_an_envoy_or_a_named_leader_is_a_phone_call_between_them(string sentence, string caller, string called)
    {
        var meeting = Meetings(sentence).Should().ContainSingle().Subject;

        Parties(meeting).Should().Contain(p => p.Contains(caller)).And.Contain(p => p.Contains(called));
        meeting.Status.Should().Be(EventStatus.Occurred);
    }

    [Theory]
    [InlineData("The president had a call with the Japanese prime minister on Tuesday.", "The president", "Japanese prime minister")]
    [InlineData("The mayor held conversations with community leaders on Tuesday.", "The mayor", "community leaders")]
    public void A_call_or_conversation_with_a_party_is_a_meeting_with_it(string sentence, string one, string other)
    {
        var meeting = Meetings(sentence).Should().ContainSingle().Subject;

        Parties(meeting).Should().Contain(p => p.Contains(one)).And.Contain(p => p.Contains(other));
        meeting.Date!.Value.Should().Be("2023-03-14");
    }

    [Fact]
    public void Calls_from_customers_are_no_meeting()
    {
        Meetings("The company received dozens of calls from angry customers on Monday.").Should().BeEmpty();
    }

    [Theory]
    [InlineData("Senator Baker called the decision a mistake on Tuesday.")]
    [InlineData("Senator Baker called President Harlan a liar on Tuesday.")]
    [InlineData("Senator Baker called President Harlan ``a liar'' in a speech.")]
    [InlineData("Residents called the police after the shots.")]
    [InlineData("The opposition called on President Harlan to resign.")]
    public void Calling_someone_something_or_calling_the_police_is_no_meeting(string sentence)
    {
        Meetings(sentence).Should().BeEmpty();
    }

    [Theory]
    [InlineData("The pope granted an audience to the Argentine president on Saturday.", "The pope", "Argentine president")]
    [InlineData("President Vladimir Orlov hosted a dinner for Li Wei at the Kremlin on Tuesday.", "Vladimir Orlov", "Li Wei")]
    [InlineData("The governor visited the victims' families on Tuesday.", "The governor", "victims")]
    public void Receiving_or_calling_on_people_is_a_meeting_with_them(string sentence, string one, string other)
    {
        var meeting = Meetings(sentence).Should().ContainSingle().Subject;

        Parties(meeting).Should().Contain(p => p.Contains(one)).And.Contain(p => p.Contains(other));
    }

    [Fact]
    public void Representatives_who_will_reconvene_hold_a_planned_meeting()
    {
        var meeting = Meetings("Representatives of the two sides will reconvene on Friday.").Should().ContainSingle().Subject;

        meeting.Status.Should().Be(EventStatus.Planned);
        meeting.Date!.Value.Should().Be("2023-03-17");
    }

    [Theory]
    [InlineData("Leaders of the G7 gathered in Hiroshima on Tuesday for a two-day summit.", "Hiroshima")]
    [InlineData("The Qatari envoy flew to Beijing on Monday for talks with Chinese officials.", "Beijing")]
    public void A_meeting_noun_after_for_is_held_where_its_parties_came(string sentence, string place)
    {
        Meetings(sentence).Should().ContainSingle().Which.Location!.Name.Should().Be(place);
    }

    [Fact]
    public void A_summit_whose_between_phrase_names_titled_leaders_takes_the_place_and_time_of_its_predicate()
    {
        var meeting = Meetings("The summit between President Alvarez and Prime Minister Chen will take place in Lima next month.")
            .Should().ContainSingle().Subject;

        Parties(meeting).Should().Contain(p => p.Contains("Alvarez")).And.Contain(p => p.Contains("Chen"));
        meeting.Location!.Name.Should().Be("Lima");
        meeting.Date!.Value.Should().Be("2023-04");
        meeting.Status.Should().Be(EventStatus.Planned);
    }

    [Theory]
    [InlineData("Climbers reached the summit of Mount Kenya on Tuesday.")]
    [InlineData("The summit of the hill offers views of the whole valley.")]
    [InlineData("The mountain's summit was covered in snow on Tuesday.")]
    [InlineData("The team meets Real Madrid in the final on Saturday.")]
    [InlineData("The actor appeared on a popular talk show on Sunday to promote his book.")]
    [InlineData("The proposal met with criticism from environmental groups.")]
    [InlineData("The buyer negotiated a lower price for the house.")]
    public void Summits_of_mountains_sports_finals_and_other_look_alikes_are_no_meetings(string sentence)
    {
        Meetings(sentence).Should().BeEmpty();
    }
}
