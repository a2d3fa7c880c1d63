using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Dahl and Berg discussed Finland's EU bid at a meeting in Oslo": a name that only owns or modifies a noun of the
/// verb's object does not cut the meeting noun off from the verb whose subjects met. Sentences invented for these tests.
/// </summary>
public class MeetingPastPossessorObjectPipelineTests
{
    private static readonly DateOnly Published = new(2024, 3, 5);

    [Fact]
    public void Subjects_who_discussed_a_countrys_bid_at_a_meeting_are_its_parties()
    {
        var meeting = ArticleBody.Events<Meeting>(
            "Prime Minister Lars Dahl and Chancellor Anna Berg discussed Finland's EU bid at a meeting in Oslo on Friday.",
            Published).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().BeEquivalentTo("Lars Dahl", "Anna Berg");
    }
}
