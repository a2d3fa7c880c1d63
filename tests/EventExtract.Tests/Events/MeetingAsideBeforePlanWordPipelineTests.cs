using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "X, who arrived on Sunday, is expected to meet Y": a relative clause set off by commas before a word of planning still
/// leaves X the one who meets, for a meeting verb and for a meeting noun its verb governs. Sentences invented for these tests.
/// </summary>
public class MeetingAsideBeforePlanWordPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("Lakhdar Brahimi, who arrived in Kabul on Sunday, is expected to meet Hamid Karzai on Tuesday.")]
    [InlineData("Lakhdar Brahimi, who arrived in Kabul on Sunday, is scheduled to hold a second round of talks with Hamid Karzai on Tuesday.")]
    public void The_subject_before_the_aside_meets(string body) =>
        ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle()
            .Which.Participants.Select(p => p.Text).Should().Contain("Lakhdar Brahimi").And.Contain("Hamid Karzai");
}
