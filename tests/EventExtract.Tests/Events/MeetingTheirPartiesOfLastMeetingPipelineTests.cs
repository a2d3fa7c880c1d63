using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "X met Y on Monday. It was their third meeting": "they"/"their" on a meeting that names no party of its own stands
/// for the parties of the meeting mentioned last, two at least. Sentences invented for these tests.
/// </summary>
public class MeetingTheirPartiesOfLastMeetingPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("Prime Minister Lars Dahl met President Anna Berg in Oslo on Monday. It was their third meeting this year.")]
    [InlineData("Prime Minister Lars Dahl met President Anna Berg in Oslo on Monday. They met again in Bergen on Friday.")]
    public void Their_meeting_has_the_last_meetings_parties(string body)
    {
        var meetings = ArticleBody.Events<Meeting>(body, Published);

        meetings.Should().OnlyContain(m => m.Participants.Any(p => p.Text == "Lars Dahl") && m.Participants.Any(p => p.Text.Contains("Anna Berg")));
    }

    [Fact]
    public void They_with_no_meeting_before_names_no_party()
    {
        var meeting = ArticleBody.Events<Meeting>("Police arrested two men on Monday. They met in a bar, police said.", Published)
            .Should().ContainSingle().Subject;

        meeting.Participants.Should().BeEmpty();
    }
}
