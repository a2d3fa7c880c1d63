using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up wire sentences, read by the full pipeline: a call on an envoy named through a country's possessive
/// ("call on Singapore's prime minister") is a courtesy visit, a Meeting, like a call on a named person; not a demand.
/// </summary>
public class MeetingCallOnPossessedEnvoyPipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 14); // a Thursday

    [Fact]
    public void A_call_on_a_countrys_prime_minister_is_a_visit()
    {
        var events = ArticleBody.Events<EventExtract.Events.ExtractedEvent>("Prime Minister Anthony Albanese is expected to call on Singapore's prime minister during the stopover.", Published);

        var meeting = events.OfType<Meeting>().Should().ContainSingle().Subject;
        meeting.Participants.Select(p => p.Text).Should().Contain(p => p.Contains("prime minister"));
        events.OfType<Statement>().Should().BeEmpty();
    }
}
