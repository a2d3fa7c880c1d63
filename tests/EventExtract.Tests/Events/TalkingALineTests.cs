using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "India has talked peace", "a discussion board": talking a line with no one to talk with, and a place online named
/// for discussion, are no meetings; talking with someone still is. Sentences invented for these tests.
/// </summary>
public class TalkingALineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("Since then, Velonia has talked peace while signaling that only the status quo would do.")]
    [InlineData("The governor talks tough on crime but has cut the police budget.")]
    [InlineData("A thread on the town's discussion board was deleted on Monday.")]
    public void Talking_a_line_or_a_discussion_board_is_no_meeting(string text) =>
        ArticleBody.Events<Meeting>(text, Published).Should().BeEmpty();

    [Fact]
    public void Talking_with_someone_is_still_a_meeting() =>
        ArticleBody.Events<Meeting>("Governor Ann Smith talked with union leaders on Monday.", Published).Should().ContainSingle();
}
