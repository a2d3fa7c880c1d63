using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "A summit opened in Astana. Leaders of Kazakhstan and Uzbekistan attended.": parties said to have attended, with
/// nothing after the verb, in the sentence after a meeting are that meeting's participants. Sentences invented for these tests.
/// </summary>
public class MeetingAttendeesNextSentencePipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 14);

    [Theory]
    [InlineData("A regional summit opened in Astana on Wednesday. Kazakhstan, Uzbekistan and Kyrgyzstan attended.")]
    [InlineData("Foreign ministers met in Astana on Wednesday to discuss the crisis. Kazakhstan, Uzbekistan and Kyrgyzstan also took part.")]
    public void Attendees_after_the_meeting_sentence_are_its_participants(string body)
    {
        var meeting = ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain(["Kazakhstan", "Uzbekistan", "Kyrgyzstan"]);
    }

    [Fact]
    public void Attending_something_else_names_no_participant()
    {
        const string body = "A regional summit opened in Astana on Wednesday. Kazakhstan and Uzbekistan attended the funeral of a poet.";

        var meeting = ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().NotContain("Kazakhstan");
    }
}
