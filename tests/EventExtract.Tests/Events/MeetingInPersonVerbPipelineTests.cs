using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up wire sentences, read by the full pipeline, for meetings told by a verb of meeting in person or by a
/// remote line that the trigger lexicon did not list: "shook hands with", "huddled with", "consulted with",
/// "held a videoconference with", "played host to", "dined with", "had a working lunch", "exchanged views", "got together with", "a roundtable", "was received by", "greeted X at the airport"; and look-alikes that are no meetings.
/// </summary>
public class MeetingInPersonVerbPipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 14); // a Thursday

    private static List<Meeting> Meetings(string body) => ArticleBody.Events<Meeting>(body, Published);

    private static List<string> Parties(Meeting m) => m.Participants.Select(p => p.Text).ToList();

    [Theory]
    [InlineData("Prime Minister Lena Marsh shook hands with President Anton Keller on Tuesday.", "Lena Marsh", "Anton Keller")]
    [InlineData("Foreign Minister Ivo Petrov huddled with Mira Holm behind closed doors on Tuesday.", "Ivo Petrov", "Mira Holm")]
    [InlineData("President Anton Keller consulted with opposition leader Dan Roth on the border dispute.", "Anton Keller", "Dan Roth")]
    [InlineData("Prime Minister Lena Marsh held a videoconference with Chancellor Karl Weber on Wednesday.", "Lena Marsh", "Karl Weber")]
    public void A_verb_of_meeting_with_a_party_is_a_meeting_of_both(string sentence, string first, string second)
    {
        var meeting = Meetings(sentence).Should().ContainSingle().Subject;

        Parties(meeting).Should().Contain(first).And.Contain(second);
    }

    [Theory]
    [InlineData("President William Ruto played host to President Yoweri Museveni on Wednesday.", "William Ruto", "Yoweri Museveni")]
    [InlineData("Prime Minister Keir Starmer dined with President Emmanuel Macron on Friday evening.", "Keir Starmer", "Emmanuel Macron")]
    [InlineData("President Emmanuel Macron and Prime Minister Keir Starmer had a working lunch on Friday.", "Emmanuel Macron", "Keir Starmer")]
    [InlineData("President Emmanuel Macron and Prime Minister Keir Starmer exchanged views on regional security on Friday.", "Emmanuel Macron", "Keir Starmer")]
    [InlineData("Governor Paul Reyes got together with Mayor Ann Lowe over breakfast on Friday.", "Paul Reyes", "Ann Lowe")]
    [InlineData("Governor Paul Reyes hosted a roundtable with Mayor Ann Lowe on Friday.", "Paul Reyes", "Ann Lowe")]
    public void Hosting_dining_and_exchanging_views_are_meetings_of_both(string sentence, string first, string second)
    {
        var meeting = Meetings(sentence).Should().ContainSingle().Subject;

        Parties(meeting).Should().Contain(first).And.Contain(second);
    }

    [Theory]
    [InlineData("The company consulted the manual before the repair, Anton Keller said.")]
    [InlineData("The players shook hands after the match, Anton Keller said.")]
    public void Consulting_a_thing_or_shaking_hands_with_no_one_named_is_no_meeting(string sentence)
    {
        Meetings(sentence).Should().BeEmpty();
    }

    [Theory]
    [InlineData("President Anton Keller was received by Prime Minister Lena Marsh on Tuesday.", "Anton Keller", "Lena Marsh")]
    [InlineData("The Ruritanian delegation was warmly received by King Rudolf on Tuesday.", "The Ruritanian delegation", "Rudolf")]
    public void A_party_received_by_a_party_meets_it(string sentence, string visitor, string host)
    {
        var meeting = Meetings(sentence).Should().ContainSingle().Subject;

        Parties(meeting).Should().Contain(visitor).And.Contain(p => p.EndsWith(host));
    }

    [Fact]
    public void A_party_greeting_a_named_visitor_meets_him()
    {
        var meeting = Meetings("Foreign Minister Ivo Petrov greeted President Anton Keller at the airport on Monday.").Should().ContainSingle().Subject;

        Parties(meeting).Should().Contain("Ivo Petrov").And.Contain("Anton Keller");
    }

    [Fact]
    public void Who_greets_a_visitor_hosts_him()
    {
        var meeting = Meetings("Foreign Minister Ivo Petrov greeted President Anton Keller at the airport on Monday.").Should().ContainSingle().Subject;

        meeting.Host!.Text.Should().Be("Ivo Petrov");
    }

    [Theory]
    [InlineData("The letter was received by the ministry on Monday.")]
    [InlineData("The proposal was received by lawmakers with skepticism.")]
    [InlineData("Crowds greeted the news with cheers on Monday.")]
    [InlineData("The proposal was greeted with skepticism by lawmakers.")]
    public void A_thing_received_or_greeted_is_no_meeting(string sentence)
    {
        Meetings(sentence).Should().BeEmpty();
    }
}
