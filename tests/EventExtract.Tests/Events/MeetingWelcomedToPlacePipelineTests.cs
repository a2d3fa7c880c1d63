using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"welcomed X to Brasilia": the place a host welcomes a guest to is the meeting's place (made-up sentences, whole pipeline).</summary>
public class MeetingWelcomedToPlacePipelineTests
{
    [Fact]
    public void The_place_a_guest_is_welcomed_to_is_the_meeting_place() =>
        ArticleBody.Events<Meeting>("President Noboa welcomed President Petro to Quito on Tuesday.", new DateOnly(2024, 4, 20))
            .Should().ContainSingle().Which.Location!.Name.Should().Be("Quito");
}
