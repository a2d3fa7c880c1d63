using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "shook hands at the Bali meeting", "reached a deal after three days of talks": the subject of what was done at a
/// meeting, or after time spent in it, took part; but not when the meeting names its own parties ("clashed with police at
/// a summit of European leaders"). Sentences invented for these tests.
/// </summary>
public class MeetingVenueAndSpentTimePartiesPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("Lavrov and Blinken shook hands briefly at the Bali meeting on Tuesday.", "Blinken")]
    [InlineData("The two sides reached a deal after three days of talks in Geneva.", "The two sides")]
    [InlineData("The mediators wrapped up two days of talks in Doha on Monday.", "The mediators")]
    public void The_subject_took_part_in_the_meeting(string body, string party) =>
        ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle()
            .Which.Participants.Select(p => p.Text).Should().Contain(party);

    [Fact]
    public void Those_who_clashed_at_a_summit_of_named_parties_were_not_at_the_table() =>
        ArticleBody.Events<Meeting>("Protesters clashed with police at a summit of European leaders in Nice on Thursday.", Published)
            .Should().ContainSingle().Which.Participants.Select(p => p.Text).Should().NotContain("Protesters");
}
