using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up wire stories, read by the full pipeline: "the two sides" / "both parties" of a dispute whose sides no name
/// before resolves are still the meeting's parties, in their own words, not dropped.
/// </summary>
public class MeetingUnnamedSidesPipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 14); // a Thursday

    private static List<Meeting> Meetings(string body) => ArticleBody.Events<Meeting>(body, Published);

    [Theory]
    [InlineData("The two sides met on Wednesday but failed to agree.", "The two sides")]
    [InlineData("Both parties met on Wednesday but failed to agree.", "Both parties")]
    public void Unresolved_sides_of_a_dispute_are_the_parties(string second, string sides)
    {
        var meeting = Meetings("Nurses at the city hospital walked off the job on Monday over pay. " + second).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain(sides);
    }
}
