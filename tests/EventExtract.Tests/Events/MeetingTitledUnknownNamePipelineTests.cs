using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Vikram Misri and Chinese Vice Foreign Minister Sun Weidong met": a title before a name the recognizer does not know
/// for a person's still titles it, so the list of parties goes on before the title. Sentences invented for these tests.
/// </summary>
public class MeetingTitledUnknownNamePipelineTests
{
    private static readonly DateOnly Published = new(2025, 1, 28);

    [Theory]
    [InlineData("Foreign Secretary Vikram Misri and Chinese Vice Foreign Minister Sun Weidong met in Beijing on Monday.", "Vikram Misri", "Sun Weidong")]
    [InlineData("Misri and Chinese Foreign Minister Sun Weidong met in Beijing on Monday.", "Misri", "Sun Weidong")]
    public void Both_parties_meet(string sentence, string first, string second) =>
        ArticleBody.Events<Meeting>(sentence, Published).Should().ContainSingle()
            .Which.Participants.Select(p => p.Text).Should().Contain(first).And.Contain(second);
}
