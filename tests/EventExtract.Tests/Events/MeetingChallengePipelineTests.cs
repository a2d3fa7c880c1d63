using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// A challenge set of made-up news sentences about meetings in varied phrasing, and of look-alikes that are no
/// meetings, read by the full pipeline: what a careful reader takes as the meeting and who took part.
/// </summary>
public class MeetingChallengePipelineTests
{
    private static readonly EventExtractor Extractor = EventExtractor.Create();
    private static readonly DateOnly Published = new(2021, 6, 30);

    private static List<Meeting> Meetings(string text) =>
        Extractor.Extract(text, new ArticleInfo(Published: Published)).Events.OfType<Meeting>().ToList();

    private static List<string> Parties(Meeting m) => m.Participants.Select(p => p.Text).ToList();

    [Theory]
    [InlineData("Chinese President Xi Jinping held talks with French President Emmanuel Macron in Beijing on Monday.", "Xi Jinping|Emmanuel Macron")]
    [InlineData("German Chancellor Olaf Scholz sat down with union leaders on Tuesday to discuss the strike.", "Olaf Scholz|union leaders")]
    [InlineData("Foreign Minister Sergei Lavrov conferred with his Turkish counterpart Mevlut Cavusoglu on Wednesday.", "Sergei Lavrov|Mevlut Cavusoglu")]
    [InlineData("President Biden spoke by phone with Israeli Prime Minister Benjamin Netanyahu on Thursday.", "Biden|Benjamin Netanyahu")]
    [InlineData("Prime Minister Narendra Modi telephoned Russian President Vladimir Putin on Tuesday.", "Narendra Modi|Vladimir Putin")]
    [InlineData("Macron had a phone call with Zelensky on Monday.", "Macron|Zelensky")]
    [InlineData("The prime minister held a video conference with European leaders on Friday.", "The prime minister|European leaders")]
    [InlineData("Putin and Erdogan met in Sochi on Friday.", "Putin|Erdogan")]
    [InlineData("Negotiations between Ethiopia and Egypt over the dam broke down last month.", "Ethiopia|Egypt")]
    [InlineData("Kenyan President William Ruto received Ethiopian Prime Minister Abiy Ahmed at State House in Nairobi.", "William Ruto|Abiy Ahmed")]
    public void Two_named_parties_of_a_meeting_phrase_are_its_participants(string sentence, string expected)
    {
        var meeting = Meetings(sentence).Should().ContainSingle().Subject;

        Parties(meeting).Should().BeEquivalentTo(expected.Split('|'));
    }

    [Fact]
    public void The_subject_of_arriving_for_talks_takes_part_past_a_place_and_a_day()
    {
        var meeting = Meetings("Secretary of State Antony Blinken arrived in Cairo on Tuesday for talks with Egyptian officials.")
            .Should().ContainSingle().Subject;

        Parties(meeting).Should().Contain("Egyptian officials").And.Contain(p => p.Contains("Blinken"));
    }

    [Fact]
    public void Delegates_gathering_for_a_summit_take_part_in_it_past_a_place_and_a_duration()
    {
        var meeting = Meetings("Leaders of the Group of Seven gathered in Hiroshima for a three-day summit.").Should().ContainSingle().Subject;

        Parties(meeting).Should().ContainSingle().Which.Should().Contain("Group of Seven");
    }

    [Fact]
    public void Coordinated_nationalities_before_one_party_noun_name_both_sides()
    {
        var meeting = Meetings("Greek and Turkish diplomats held a new round of talks in Athens on Thursday.").Should().ContainSingle().Subject;

        Parties(meeting).Should().Equal("Greek and Turkish diplomats");
    }

    [Fact]
    public void A_between_phrase_after_the_place_of_a_passive_gives_the_parties()
    {
        var meeting = Meetings("Talks were held in Geneva between American and Russian officials.").Should().ContainSingle().Subject;

        Parties(meeting).Should().Equal("American and Russian officials");
        meeting.Location!.Name.Should().Be("Geneva");
    }

    [Fact]
    public void A_party_with_its_own_for_phrase_does_not_end_a_between_list()
    {
        var meeting = Meetings("Talks between lawyers for the company and government regulators ended without agreement on Friday.")
            .Should().ContainSingle().Subject;

        Parties(meeting).Should().HaveCount(2).And.Contain("government regulators").And.Contain(p => p.StartsWith("lawyers", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unnamed_subject_before_a_reflexive_still_meets()
    {
        var meeting = Meetings("Officials said the president himself met with Governor John Sununu on Sunday.").Should().ContainSingle().Subject;

        Parties(meeting).Should().BeEquivalentTo("the president", "John Sununu");
    }

    [Fact]
    public void An_unnamed_relative_with_a_possessor_is_the_subject_of_a_meeting_verb()
    {
        var meeting = Meetings("Another source said the president's son met with Governor John Sununu last week.").Should().ContainSingle().Subject;

        Parties(meeting).Should().BeEquivalentTo("the president's son", "John Sununu");
    }

    [Fact]
    public void Families_of_victims_met_with_are_one_party_with_their_of_phrase()
    {
        var meeting = Meetings("The president met with the families of the victims at the White House.").Should().ContainSingle().Subject;

        Parties(meeting).Should().BeEquivalentTo("The president", "the families of the victims");
    }

    [Fact]
    public void A_visit_to_a_capital_and_the_meeting_held_there_are_one_meeting()
    {
        var meeting = Meetings("President John Smith visited Beijing, where he met Chinese President Xi Jinping.").Should().ContainSingle().Subject;

        meeting.Mentions.Select(m => m.Trigger.Text).Should().Equal("visited", "met");
        Parties(meeting).Should().BeEquivalentTo("John Smith", "Xi Jinping");
        meeting.Location!.Name.Should().Be("Beijing");
    }

    [Fact]
    public void A_planned_visit_by_a_named_leader_to_a_capital_is_a_planned_meeting()
    {
        var meeting = Meetings("A visit by Indian Prime Minister Narendra Modi to Washington is planned for June.").Should().ContainSingle().Subject;

        meeting.Status.Should().Be(EventStatus.Planned);
        Parties(meeting).Should().Contain("Narendra Modi");
    }

    [Fact]
    public void A_named_leader_visiting_a_capital_is_a_meeting_but_tourists_visiting_a_museum_are_not()
    {
        Meetings("Indonesian President Joko Widodo visited Canberra on Thursday.").Should().ContainSingle()
            .Which.Location!.Name.Should().Be("Canberra");
        Meetings("Tourists visited the museum in record numbers last year.").Should().BeEmpty();
        Meetings("More than two million people visited the website in its first week.").Should().BeEmpty();
    }

    [Fact]
    public void Unnamed_people_are_the_object_and_the_subject_of_a_meeting_verb()
    {
        var meeting = Meetings("The company said its chief executive met with the teenager on Monday.").Should().ContainSingle().Subject;
        Parties(meeting).Should().BeEquivalentTo("its chief executive", "the teenager");

        Parties(Meetings("The student was invited to travel to New York to meet international dignitaries at the United Nations.").Should().ContainSingle().Subject)
            .Should().Contain("international dignitaries");
    }

    [Fact]
    public void Welcoming_a_counterpart_to_a_capital_is_hosting_a_meeting_but_welcoming_a_decision_is_a_statement()
    {
        var meeting = Meetings("President William Ruto welcomed the Ethiopian delegation to Nairobi on Monday.").Should().ContainSingle().Subject;
        meeting.Host!.Text.Should().Be("William Ruto");
        Parties(meeting).Should().Contain("Ethiopian delegation");

        var events = Extractor.Extract("The minister welcomed the decision to lower taxes.", new ArticleInfo(Published: Published)).Events;
        events.OfType<Meeting>().Should().BeEmpty();
        events.OfType<Statement>().Should().ContainSingle();
    }

    [Fact]
    public void Whoever_receives_a_delegation_hosts_it()
    {
        var meeting = Meetings("King Abdullah received a delegation of Iraqi tribal leaders at the royal palace on Sunday.").Should().ContainSingle().Subject;

        meeting.Host!.Text.Should().Be("Abdullah");
    }

    [Fact]
    public void Whoever_is_on_a_visit_makes_the_visit()
    {
        var meeting = Meetings("The Chinese foreign minister is on a three-day visit to Moscow.").Should().ContainSingle().Subject;

        Parties(meeting).Should().ContainSingle().Which.Should().EndWith("foreign minister");
        meeting.Location!.Name.Should().Be("Moscow");
    }

    [Fact]
    public void The_subject_after_a_fronted_at_a_meeting_phrase_took_part_in_it()
    {
        var meeting = Meetings("At a meeting in Paris on Monday, the foreign ministers agreed to new sanctions.").Should().ContainSingle().Subject;

        Parties(meeting).Should().Equal("the foreign ministers");
        meeting.Location!.Name.Should().Be("Paris");
    }

    [Fact]
    public void A_news_conference_in_a_fronted_at_phrase_is_still_one_party_speaking()
    {
        Meetings("At a news conference, Secretary of State James Baker said the embargo would hold.").Should().BeEmpty();
    }

    [Fact]
    public void An_indefinite_summit_with_its_own_date_and_place_is_not_the_summit_reported_before()
    {
        var meetings = Meetings("The NATO summit next month will discuss missile defense. In July 1997, at a summit in Madrid, the alliance "
            + "invited three countries to join.");

        meetings.Should().HaveCount(2);
        meetings[1].Location!.Name.Should().Be("Madrid");
        meetings[1].Date!.Value.Should().Be("1997-07");
        Parties(meetings[1]).Should().Equal("the alliance");
    }

    [Theory]
    [InlineData("The meeting between President Joe Biden and President Xi Jinping was postponed.", EventStatus.Cancelled)]
    [InlineData("Putin and Biden will meet in Geneva next month.", EventStatus.Planned)]
    [InlineData("The summit between Egypt and Ethiopia was cancelled.", EventStatus.Cancelled)]
    public void Planned_and_called_off_meetings_keep_their_status(string sentence, EventStatus status)
    {
        Meetings(sentence).Should().ContainSingle().Which.Status.Should().Be(status);
    }

    [Theory]
    [InlineData("The company met its profit target for the third quarter.")]
    [InlineData("Quarterly earnings met analysts' expectations.")]
    [InlineData("The contractor is struggling with meeting the deadline for the new bridge.")]
    [InlineData("The new rules are designed to meet the needs of small farmers.")]
    [InlineData("Sales of the new phone have met strong demand in Asia.")]
    [InlineData("Manchester United will meet Liverpool in the FA Cup final on Saturday.")]
    [InlineData("Chelsea met Arsenal at Stamford Bridge on Sunday, winning 2-1.")]
    [InlineData("The team will face Brazil in the quarter-final.")]
    public void Targets_expectations_deadlines_and_sports_fixtures_are_no_meetings(string sentence)
    {
        Meetings(sentence).Should().BeEmpty();
    }
}
