using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up wire sentences, read by the full pipeline: people at work met "with" in a labour dispute or a tour
/// ("striking bus drivers", "firefighters") are participants named by their own words.
/// </summary>
public class MeetingWorkingPeoplePipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 14); // a Thursday

    [Theory]
    [InlineData("Mayor Ann Lowe met privately with striking bus drivers on Tuesday.", "striking bus drivers")]
    [InlineData("Mayor Ann Lowe met with firefighters on Tuesday.", "firefighters")]
    public void Working_people_met_with_are_parties(string sentence, string people)
    {
        var meeting = ArticleBody.Events<Meeting>(sentence, Published).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain("Ann Lowe").And.Contain(people);
    }
}
