using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "X will not meet Y", "said he would not meet Y": a party refusing to meet makes the meeting cancelled, as "refused to
/// meet" does (not planned for the "will", nor hypothetical for the "would"). Sentences invented for these tests.
/// </summary>
public class MeetingRefusalStatusPipelineTests
{
    private static readonly DateOnly Published = new(2025, 3, 9);

    [Theory]
    [InlineData("Trump said he would not meet Schumer until they open the government.")]
    [InlineData("Trump will not meet Schumer until they open the government, the White House said.")]
    public void A_refusal_to_meet_cancels_the_meeting(string sentence) =>
        ArticleBody.Events<Meeting>(sentence, Published).Should().ContainSingle().Which.Status.Should().Be(EventStatus.Cancelled);

    [Fact]
    public void A_meeting_still_to_come_stays_planned() =>
        ArticleBody.Events<Meeting>("Trump will meet Schumer at the White House on Tuesday, his spokeswoman said.", Published)
            .Should().ContainSingle().Which.Status.Should().Be(EventStatus.Planned);
}
