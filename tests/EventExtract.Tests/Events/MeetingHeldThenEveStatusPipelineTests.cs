using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Ministers met in Brussels on Thursday … On the eve of the meeting, missiles struck": a later mention that sounds
/// planned ("the eve of") tells the time of its own sentence; the meeting told as held stays held. Invented story.
/// </summary>
public class MeetingHeldThenEveStatusPipelineTests
{
    [Fact]
    public void A_held_meeting_stays_held_after_on_the_eve_of_the_meeting() =>
        ArticleBody.Events<Meeting>("Defence ministers of the alliance met in Brussels on Thursday to discuss ammunition supplies.\n\n"
                + "On the eve of the meeting, missiles struck an apartment block in the city of Dnipro, killing 11 people.", new DateOnly(2024, 6, 14))
            .Should().ContainSingle().Which.Status.Should().Be(EventStatus.Occurred);
}
