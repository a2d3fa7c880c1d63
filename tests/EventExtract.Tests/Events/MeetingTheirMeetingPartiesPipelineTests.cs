using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "told Karl Weiss at their meeting": a meeting the pair owns, after "at" or "in", is held by the verb's subject and
/// the one it acts on. Sentences invented for these tests.
/// </summary>
public class MeetingTheirMeetingPartiesPipelineTests
{
    private static readonly DateOnly Published = new(2024, 6, 2);

    [Theory]
    [InlineData("Chancellor Ana Lind told President Karl Weiss at their meeting in Vienna on Sunday that aid would continue.")]
    [InlineData("Chancellor Ana Lind thanked President Karl Weiss in their talks in Vienna on Sunday.")]
    public void Both_take_part(string body)
    {
        var meeting = ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain("Ana Lind").And.Contain("Karl Weiss");
    }
}
