using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "consulted with the five permanent members of the council": people met who are named by their head and the body
/// they belong to are one participant, the whole phrase. Sentences invented for these tests.
/// </summary>
public class MeetingMembersOfBodyPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("The envoy consulted with the five permanent members of the council before leaving.", "members of the council")]
    [InlineData("The mayor consulted with the two senior members of the committee on Tuesday.", "members of the committee")]
    public void Members_of_a_body_are_a_participant(string body, string members)
    {
        var meeting = ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain(t => t.EndsWith(members));
    }
}
