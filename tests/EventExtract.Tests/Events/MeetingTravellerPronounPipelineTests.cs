using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "On Sunday he flew to Oslo to meet Berg": the pronoun subject of a movement verb and its destination is who goes
/// on to meet, a party of the meeting. Sentences invented for these tests.
/// </summary>
public class MeetingTravellerPronounPipelineTests
{
    private static readonly DateOnly Published = new(2024, 3, 5);

    [Fact]
    public void The_pronoun_who_flew_somewhere_to_meet_is_a_party()
    {
        var meeting = ArticleBody.Events<Meeting>(
            "Prime Minister Lars Dahl spoke to reporters in Stockholm on Saturday. On Sunday he flew to Oslo to meet Finance Minister Anna Berg.",
            Published).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().BeEquivalentTo("Lars Dahl", "Anna Berg");
    }
}
