using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "traveled to Cairo on Monday and met with …": a movement verb coordinated right before the meeting verb names where the
/// parties met (invented sentences, whole pipeline).
/// </summary>
public class MeetingArrivalPlacePipelineTests
{
    [Theory]
    [InlineData("The minister traveled to Cairo on Monday and met with Egyptian President Abdel Fattah al-Sisi.", "Cairo")]
    [InlineData("Blinken arrived in Riyadh on Tuesday and held talks with Saudi Crown Prince Mohammed bin Salman.", "Riyadh")]
    public void The_place_reached_is_where_they_met(string text, string place)
    {
        var meeting = ArticleBody.Events<Meeting>(text, new DateOnly(2024, 5, 1)).Should().ContainSingle().Subject;

        meeting.Location!.Text.Should().Be(place);
    }

    [Fact]
    public void A_place_after_the_meeting_verb_comes_first()
    {
        var meeting = ArticleBody.Events<Meeting>("The envoy flew to Qatar on Sunday and met Taliban negotiators in Doha on Monday.", new DateOnly(2024, 5, 1))
            .Should().ContainSingle().Subject;

        meeting.Location!.Text.Should().Be("Doha");
    }
}
