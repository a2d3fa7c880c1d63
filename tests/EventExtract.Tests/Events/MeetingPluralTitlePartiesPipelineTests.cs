using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up wire sentences, read by the full pipeline: the plural of a one-person title ("ambassadors", "governors",
/// "commanders") heads an unnamed party one meets, as "ministers" and "envoys" do.
/// </summary>
public class MeetingPluralTitlePartiesPipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 14); // a Thursday

    private static List<Meeting> Meetings(string body) => ArticleBody.Events<Meeting>(body, Published);

    [Theory]
    [InlineData("Foreign Minister Ana Ruiz met the ambassadors in Geneva on Tuesday.", "the ambassadors")]
    [InlineData("President Tomas Vidal met with the governors on Tuesday.", "the governors")]
    [InlineData("Governor Ray Hollis held talks with the mayors on Tuesday.", "the mayors")]
    public void The_titled_people_met_are_parties(string body, string party)
    {
        var meeting = Meetings(body).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain(party);
    }
}
