using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// A meeting dated by the gathering it was held on the sidelines of keeps that date in a story whose dateline is later
/// (invented text, whole pipeline).
/// </summary>
public class MeetingSidelinesDatelinePipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void The_date_before_the_sidelines_phrase_dates_the_meeting_not_the_dateline()
    {
        var meeting = ArticleBody.ArticleEvents<Meeting>(
                "Envoys meet\n\nWASHINGTON, May 1 (AP) - Secretary of State Anna Berg met with her Russian counterpart Pavel Orlov in Munich on Saturday on the sidelines of a security conference.",
                Published)
            .Should().ContainSingle(m => m.Mentions.Any(x => x.Trigger.Text == "met")).Subject;

        meeting.Date!.Value.Should().Be("2024-04-27");
        meeting.Location!.Name.Should().Be("Munich");
    }
}
