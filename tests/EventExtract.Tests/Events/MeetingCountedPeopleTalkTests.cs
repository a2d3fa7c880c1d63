using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up wire sentences, read by the full pipeline: "the two men" / "both women" before a verb of talking point back to
/// two parties named before, as "the two leaders" does, so they held a talk.
/// </summary>
public class MeetingCountedPeopleTalkTests
{
    private static readonly DateOnly Published = new(2026, 5, 14); // a Thursday

    [Theory]
    [InlineData("Governor Ana Ruiz and Mayor Tomas Vidal signed the accord in Lima on Monday. The two men spoke for an hour on Tuesday.")]
    [InlineData("Governor Ana Ruiz and Mayor Elena Vidal signed the accord in Lima on Monday. Both women talked for an hour on Tuesday.")]
    public void The_counted_people_talk_with_each_other(string body)
    {
        var meeting = ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle().Subject;

        meeting.Participants.Should().HaveCount(2);
        meeting.Participants.Select(p => p.Text).Should().Contain(p => p.Contains("Ruiz"));
    }

    [Fact]
    public void The_two_men_speaking_to_reporters_hold_no_meeting() =>
        ArticleBody.Events<Meeting>("The two men spoke to reporters after the match.", Published).Should().BeEmpty();
}
