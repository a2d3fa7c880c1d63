using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "He is due to hold talks with X", "She is set to meet X": a word of planning tagged an adjective between a subject
/// pronoun and the meeting's "to" still lets the pronoun stand for the person named before. Sentences invented for
/// these tests.
/// </summary>
public class MeetingDuePronounPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("Norwegian envoy Lars Dahl arrived in Colombo on Monday. He is due to hold talks with Prime Minister Anil Perera on Tuesday.")]
    [InlineData("Norwegian envoy Lars Dahl arrived in Colombo on Monday. He is due to meet Prime Minister Anil Perera on Tuesday.")]
    public void The_pronoun_before_due_to_is_a_participant(string body)
    {
        var meeting = ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain("Lars Dahl").And.Contain(t => t.Contains("Anil Perera"));
    }
}
