using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up wire stories, read by the full pipeline (dateline included): a call named in a fronted "In …" phrase has the
/// main clause's subject on it and, when the call names no party of its own, the person right after the subject's
/// verb ("In a phone call on Tuesday, Macron told Zelensky that …").
/// </summary>
public class MeetingFrontedCallPipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 14); // a Thursday

    private static List<Meeting> Meetings(string body) => ArticleBody.Events<Meeting>(body, Published);

    [Fact]
    public void Both_sides_of_a_fronted_phone_call_after_a_dateline_are_parties()
    {
        var meeting = Meetings("PARIS, May 13 (Wire) -- In a phone call on Tuesday, French President Emmanuel Macron told Ukrainian President Volodymyr Zelensky that aid would continue.")
            .Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain("Emmanuel Macron").And.Contain("Volodymyr Zelensky");
    }

    [Fact]
    public void One_praised_after_talks_is_no_party_of_them()
    {
        var meeting = Meetings("PARIS, May 13 (Wire) -- After talks on Monday, Chancellor Friedrich Merz praised President Donald Trump.")
            .Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain("Friedrich Merz").And.NotContain("Donald Trump");
    }
}
