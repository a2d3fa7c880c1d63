using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// A challenge set of made-up news sentences, read by the full pipeline: phone calls phrased with words between the
/// verb and the line, talks reported as still to come, meetings named by nouns, and look-alikes that are no meetings
/// (press events of one party, standing contact, targets and standards "met", sports, trials, talks to the press).
/// </summary>
public class MeetingPhoneAndFutureChallengeTests
{
    private static readonly DateOnly Published = new(2023, 3, 15); // a Wednesday

    private static List<Meeting> Meetings(string body) => ArticleBody.Events<Meeting>(body, Published);

    private static List<string> Parties(Meeting m) => m.Participants.Select(p => p.Text).ToList();

    [Theory]
    [InlineData("Chancellor Angela Merkel and President Emmanuel Macron spoke by phone on Tuesday about the migrant crisis.", "Angela Merkel|Emmanuel Macron")]
    [InlineData("Brazilian President Lula spoke with Argentine President Alberto Fernandez by telephone on Tuesday.", "Lula|Alberto Fernandez")]
    [InlineData("Ukrainian President Volodymyr Zelensky and British Prime Minister Rishi Sunak talked by phone on Tuesday.", "Volodymyr Zelensky|Rishi Sunak")]
    [InlineData("The minister spoke to Angela Merkel over the phone on Tuesday.", "The minister|Angela Merkel")]
    public void Two_parties_talking_over_a_phone_line_hold_a_meeting(string sentence, string parties)
    {
        var meeting = Meetings(sentence).Should().ContainSingle().Subject;

        Parties(meeting).Should().BeEquivalentTo(parties.Split('|'));
        meeting.Status.Should().Be(EventStatus.Occurred);
        meeting.Date!.Value.Should().Be("2023-03-14");
        meeting.Location.Should().BeNull("a phone call has no one place");
    }

    [Fact]
    public void A_phone_call_reported_under_a_dateline_does_not_take_the_dateline_city()
    {
        var result = ArticleBody.Extractor.Extract(
            "Headline\n\nPARIS (AP) -- The French president spoke with the Chinese leader by telephone on Tuesday, his office said.",
            new ArticleInfo(Published: Published));

        var meeting = result.Events.OfType<Meeting>().Should().ContainSingle().Subject;
        meeting.Location.Should().BeNull();
    }

    [Theory]
    [InlineData("Merkel and Macron talked for an hour on Tuesday.", "Merkel|Macron")]
    [InlineData("Chancellor Angela Merkel and President Emmanuel Macron spoke about the crisis on Tuesday.", "Angela Merkel|Emmanuel Macron")]
    public void Two_named_parties_who_talked_talked_with_each_other(string sentence, string parties)
    {
        var meeting = Meetings(sentence).Should().ContainSingle().Subject;

        Parties(meeting).Should().BeEquivalentTo(parties.Split('|'));
        meeting.Date!.Value.Should().Be("2023-03-14");
    }

    [Theory]
    [InlineData("Smith and Jones spoke to reporters after the vote.")]
    [InlineData("Smith and Jones spoke at the rally on Sunday.")]
    [InlineData("Merkel and Macron spoke to students in Paris on Tuesday.")]
    [InlineData("The mayor spoke about the budget on Tuesday.")]
    public void Talking_to_the_press_at_an_event_or_alone_is_no_meeting(string sentence)
    {
        Meetings(sentence).Should().BeEmpty();
    }

    [Theory]
    [InlineData("The senator told reporters by phone that the bill would pass.")]
    [InlineData("The coach spoke to journalists by telephone after the match.")]
    public void Talking_to_the_press_by_phone_is_an_interview_not_a_meeting(string sentence)
    {
        Meetings(sentence).Should().BeEmpty();
    }

    [Fact]
    public void Talks_reported_to_resume_next_week_are_planned_between_the_sides_not_the_reporters()
    {
        var meeting = Meetings("Norwegian mediators said talks between the government and the rebels would resume next week in Oslo.")
            .Should().ContainSingle().Subject;

        meeting.Status.Should().Be(EventStatus.Planned);
        meeting.Date!.Value.Should().Be("2023-W12");
        Parties(meeting).Should().BeEquivalentTo("the government", "the rebels");
        meeting.Location!.Name.Should().Be("Oslo");
    }

    [Fact]
    public void Talks_that_would_resume_next_week_are_planned_not_hypothetical()
    {
        Meetings("Talks would resume next week, a spokesman said.").Should().ContainSingle()
            .Which.Status.Should().Be(EventStatus.Planned);
    }

    [Theory]
    [InlineData("The summit, the minister said, would produce a new treaty on arms control.", EventStatus.Planned)]
    [InlineData("The talks, officials said, will resume in Geneva.", EventStatus.Planned)]
    [InlineData("The envoy arrived in Cairo on the eve of the peace talks.", EventStatus.Planned)]
    [InlineData("The secretary-general called for an emergency Security Council meeting on the crisis.", EventStatus.Hypothetical)]
    [InlineData("Officials said Putin and Zelensky could meet in Istanbul if a ceasefire held.", EventStatus.Hypothetical)]
    public void Meetings_still_to_come_are_planned_and_those_only_asked_for_or_conditional_hypothetical(string sentence, EventStatus status)
    {
        Meetings(sentence).Should().ContainSingle().Which.Status.Should().Be(status);
    }

    [Fact]
    public void A_meeting_named_after_a_reporting_verb_and_a_preposition_keeps_the_status_of_its_own_phrase()
    {
        // The "could" belongs to what was said after the meeting, not to the meeting.
        var meeting = Meetings("The coach said after the meeting with the players that the team could still win the title.")
            .Should().ContainSingle().Subject;

        meeting.Status.Should().Be(EventStatus.Occurred);
    }

    [Theory]
    [InlineData("The senator refused to meet the protesters.", "the protesters")]
    [InlineData("Senator Jane Holloway declined to meet the families of the trapped miners.", "Jane Holloway")]
    public void Refusing_to_meet_people_is_a_cancelled_meeting_with_them(string sentence, string party)
    {
        var meeting = Meetings(sentence).Should().ContainSingle().Subject;

        meeting.Status.Should().Be(EventStatus.Cancelled);
        Parties(meeting).Should().Contain(party);
    }

    [Theory]
    [InlineData("A visit by Indian Prime Minister Narendra Modi to Washington was postponed.", "Narendra Modi", EventStatus.Cancelled)]
    [InlineData("Macron's talks with Xi in Beijing lasted three hours.", "Macron|Xi", EventStatus.Occurred)]
    [InlineData("The mayor sat down with protest leaders on Friday.", "The mayor|protest leaders", EventStatus.Occurred)]
    [InlineData("Secretary of State Antony Blinken held talks with Saudi officials in Riyadh on Tuesday.", "Blinken|Saudi officials", EventStatus.Occurred)]
    [InlineData("Rutte met with Scholz in Berlin on Tuesday.", "Rutte|Scholz", EventStatus.Occurred)]
    [InlineData("Obama hosted Chinese President Hu Jintao at the White House on Tuesday.", "Obama|Hu Jintao", EventStatus.Occurred)]
    public void Meetings_named_by_verbs_and_nouns_give_their_parties_and_status(string sentence, string parties, EventStatus status)
    {
        var meeting = Meetings(sentence).Should().ContainSingle().Subject;

        meeting.Status.Should().Be(status);
        foreach (var party in parties.Split('|'))
            Parties(meeting).Should().Contain(p => p.Contains(party, StringComparison.Ordinal));
    }

    [Fact]
    public void Welcoming_a_named_leader_to_a_capital_is_hosting_a_visit()
    {
        var meeting = Meetings("President Erdogan welcomed Swedish Prime Minister Ulf Kristersson to Ankara on Tuesday.").Should().ContainSingle().Subject;

        Parties(meeting).Should().BeEquivalentTo("Erdogan", "Ulf Kristersson");
        meeting.Host!.Text.Should().Be("Erdogan");
    }

    [Fact]
    public void Discussing_a_matter_with_a_named_leader_is_talking_with_him()
    {
        var meeting = Meetings("President Lula discussed the trade dispute with Chancellor Scholz on Tuesday.").Should().ContainSingle().Subject;

        Parties(meeting).Should().HaveCount(2).And.Contain("Lula").And.Contain(p => p.EndsWith("Scholz", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The minister welcomed the court's decision to the surprise of many.")]
    [InlineData("The council discussed the budget with little enthusiasm.")]
    [InlineData("The senator discussed the bill with reporters on Tuesday.")]
    public void Welcoming_news_and_discussing_things_without_a_party_are_no_meetings(string sentence)
    {
        Meetings(sentence).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Police scheduled a news conference for Tuesday afternoon.")]
    [InlineData("The charity plans to hold a press conference on Friday to launch its appeal.")]
    [InlineData("Parents stayed in contact with the school through the summer.")]
    [InlineData("The two companies remain in close contact over the merger.")]
    [InlineData("Dutch officials said the country would meet NATO's spending targets next year.")]
    [InlineData("The hospital met the government's standards for emergency care.")]
    [InlineData("The company met its quarterly earnings target.")]
    [InlineData("Contractors struggled to meet the deadline for the bridge.")]
    [InlineData("Nadal met Djokovic in the semifinal on Friday, winning in four sets.")]
    [InlineData("The former governor went on trial in Boston on Monday.")]
    public void Look_alikes_of_one_party_or_of_things_met_are_no_meetings(string sentence)
    {
        Meetings(sentence).Should().BeEmpty();
    }

    [Fact]
    public void A_joint_news_conference_of_two_named_leaders_is_still_a_meeting()
    {
        var meeting = Meetings("Chancellor Olaf Scholz and President Joe Biden held a joint news conference in Washington on Tuesday.")
            .Should().ContainSingle().Subject;

        Parties(meeting).Should().Contain(p => p.Contains("Scholz")).And.Contain(p => p.Contains("Biden"));
    }
}
