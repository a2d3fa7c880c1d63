using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Israeli and Palestinian negotiators arrived in Washington. They resumed negotiations": "they" before a meeting
/// stands for a subject headed by a plural noun for people, in its sentence or the one before, as it does for a list of
/// parties. Sentences invented for these tests.
/// </summary>
public class MeetingPluralGroupPronounPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("Greek and Turkish negotiators arrived in Geneva on Monday. They resumed talks on Tuesday.", "Greek and Turkish negotiators")]
    [InlineData("Government negotiators arrived in Geneva on Monday. They will resume the talks on Tuesday.", "Government negotiators")]
    [InlineData("Dockworkers' union officials said they would boycott the talks with the port authority.", "union officials")]
    public void They_stands_for_the_plural_group_subject(string body, string group)
    {
        var meeting = ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain(t => t.Contains(group));
    }

    [Fact]
    public void A_lone_organization_is_still_no_guess_for_they()
    {
        var meeting = ArticleBody.Events<Meeting>("Harbor Freight Lines reported record profits. They resumed talks on Tuesday.", Published)
            .Should().ContainSingle().Subject;

        meeting.Participants.Should().NotContain(p => p.Text.Contains("Harbor"));
    }
}
