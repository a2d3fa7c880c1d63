using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "The meeting comes amid tensions": a definite meeting noun framed by "comes amid/as/after" is the article's main
/// meeting, not the past meeting told as background just before it. Invented story.
/// </summary>
public class MeetingFramingReferencePipelineTests
{
    private const string Body = "The Danish prime minister will host the Dutch prime minister in Aarhus next week for talks on energy, a spokesman said on Friday.\n\n"
        + "The two leaders last met in Brussels in July, when they agreed to build a joint wind farm.\n\n";

    [Theory]
    [InlineData("The meeting comes amid tensions over fishing rights.")]
    [InlineData("The meeting comes just days after a row over fishing rights.")]
    public void A_framed_meeting_noun_is_the_main_meeting(string framing)
    {
        var meetings = ArticleBody.Events<Meeting>(Body + framing, new DateOnly(2024, 9, 6));
        meetings.Should().ContainSingle(m => m.Mentions.Any(x => x.Trigger.Text == "meeting"))
            .Which.Location!.Text.Should().Be("Aarhus");
    }
}
