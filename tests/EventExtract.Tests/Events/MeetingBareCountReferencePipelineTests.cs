using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "when the two meet": "the" and a count with no noun, as a verb's subject, stands for the last that many parties
/// named, even when no list names them together. Sentences invented for these tests.
/// </summary>
public class MeetingBareCountReferencePipelineTests
{
    private static readonly DateOnly Published = new(2024, 3, 5);

    [Fact]
    public void The_two_who_meet_are_the_last_two_parties_named()
    {
        var meeting = ArticleBody.Events<Meeting>(
            "Prime Minister Elena Varga is expected to raise the dispute with President Tomas Horak when the two meet in Vienna next month.",
            Published).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().BeEquivalentTo("Elena Varga", "Tomas Horak");
    }

    [Fact]
    public void A_count_of_more_parties_than_were_named_stays_unresolved()
    {
        var meeting = ArticleBody.Events<Meeting>(
            "President Tomas Horak said the three will meet in Vienna next month.", Published).Should().ContainSingle().Subject;

        meeting.Participants.Should().NotContain(p => p.Text == "Tomas Horak");
    }
}
