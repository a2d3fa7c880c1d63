using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "she will fly to Lima to meet …": any form of a verb of going before the "to" of the meeting verb names the traveller
/// (who meets) and the place reached (where they meet), as its past form does (invented sentences, whole pipeline).
/// </summary>
public class MeetingTravelBeforeMeetingPipelineTests
{
    [Theory]
    [InlineData("Foreign Minister Clara Vogel arrived in Chile on Sunday. On Tuesday she will fly to Lima to meet Peruvian President Tomas Quispe.")]
    [InlineData("Foreign Minister Clara Vogel arrived in Chile on Sunday. She is going to Lima to confer with Peruvian President Tomas Quispe.")]
    public void The_pronoun_traveller_meets_in_the_place_reached(string text)
    {
        var meeting = ArticleBody.Events<Meeting>(text, new DateOnly(2024, 5, 1)).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain("Clara Vogel").And.Contain("Tomas Quispe");
        meeting.Location!.Text.Should().Be("Lima");
    }
}
