using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up wire sentences, read by the full pipeline: a person welcoming a named person, or a visitor "welcomed by" a
/// person, is a host receiving a visitor even when no place is named; welcoming what a person did is a reaction.
/// </summary>
public class MeetingWelcomedPersonPipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 14); // a Thursday

    private static List<Meeting> Meetings(string body) => ArticleBody.Events<Meeting>(body, Published);

    [Fact]
    public void A_person_welcoming_a_named_person_hosts_him()
    {
        var meeting = Meetings("President Sam Keller welcomed Prime Minister Omar Haddad on Tuesday and thanked him for his support.")
            .Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain("Sam Keller").And.Contain("Omar Haddad");
        meeting.Host!.Text.Should().Be("Sam Keller");
    }

    [Fact]
    public void A_visitor_welcomed_by_a_person_is_received()
    {
        Meetings("The ambassador was welcomed by President Sam Keller on Tuesday.").Should().ContainSingle()
            .Which.Participants.Select(p => p.Text).Should().Contain("Sam Keller");
    }

    [Fact]
    public void Welcoming_what_a_person_did_is_no_meeting()
    {
        Meetings("President Sam Keller welcomed Omar Haddad's decision to step down.").Should().BeEmpty();
    }
}
