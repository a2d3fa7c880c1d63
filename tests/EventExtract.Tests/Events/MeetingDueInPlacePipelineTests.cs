using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "X is due in Oslo on Tuesday for talks with Y", "is expected in Oslo": a party due at the place of a meeting is
/// still to come there, so the meeting is planned (status-cues.txt). Sentences invented for these tests.
/// </summary>
public class MeetingDueInPlacePipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("Prime Minister Lars Dahl is due in Oslo on Tuesday for talks with President Anna Berg.")]
    [InlineData("Prime Minister Lars Dahl is expected in Oslo next week for talks with President Anna Berg.")]
    public void Due_in_a_place_for_talks_is_planned(string body)
    {
        var meeting = ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle().Subject;

        meeting.Status.Should().Be(EventStatus.Planned);
    }

    [Fact]
    public void Arrived_in_a_place_for_talks_occurred()
    {
        var meeting = ArticleBody.Events<Meeting>("Prime Minister Lars Dahl arrived in Oslo on Tuesday for talks with President Anna Berg.", Published)
            .Should().ContainSingle().Subject;

        meeting.Status.Should().Be(EventStatus.Occurred);
    }
}
