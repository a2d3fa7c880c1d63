using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>A place inside "overshadowed by ..." after a meeting noun is the topic's, not the meeting's (made-up sentences, whole pipeline).</summary>
public class MeetingParticipleTopicPlacePipelineTests
{
    private static readonly DateOnly Published = new(2023, 9, 5);

    [Fact]
    public void The_place_of_what_overshadowed_a_summit_is_not_its_place() =>
        ArticleBody.Events<Meeting>("African leaders gathered in Nairobi on Tuesday for a summit overshadowed by the fighting in Sudan.", Published)
            .Should().ContainSingle().Which.Location!.Name.Should().Be("Nairobi");
}
