using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "was scheduled to tour the port, visit a school and meet with X": a meeting verb ending a list of verbs opened by
/// "to" is still ahead; "went to Rome and met X" happened. Sentences invented for these tests.
/// </summary>
public class MeetingCoordinatedInfinitiveStatusPipelineTests
{
    private static readonly DateOnly Published = new(2024, 6, 2);

    [Theory]
    [InlineData("The minister was scheduled to tour the port, visit a school and meet with President Karl Weiss before flying home.")]
    [InlineData("The minister was due to lay a wreath and then hold talks with President Karl Weiss.")]
    public void The_last_verb_of_an_infinitive_list_is_planned(string body)
    {
        var meeting = ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle().Subject;

        meeting.Status.Should().Be(EventStatus.Planned);
    }

    [Fact]
    public void A_past_verb_after_a_trip_to_a_place_happened()
    {
        var meeting = ArticleBody.Events<Meeting>("The minister went to Rome and met President Karl Weiss on Monday.", Published)
            .Should().ContainSingle().Subject;

        meeting.Status.Should().Be(EventStatus.Occurred);
    }
}
