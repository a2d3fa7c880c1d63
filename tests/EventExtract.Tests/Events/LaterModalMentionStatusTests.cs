using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "… he says. I would expand that statement": a modal around a later mention that refers back to an event speaks of
/// what is done with it, not of whether it happened, so the event keeps its first mention's status; a later mention
/// that calls it off still changes it. Sentences invented for these tests.
/// </summary>
public class LaterModalMentionStatusTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void A_hypothetical_back_reference_leaves_a_statement_occurred()
    {
        var statements = ArticleBody.Events<Statement>(
            "\"They are inseparable,\" Mayor Ann Smith said on Monday. I would expand that statement to include the whole town.", Published);

        statements.Should().ContainSingle().Which.Status.Should().Be(EventStatus.Occurred);
    }

    [Fact]
    public void A_back_reference_that_calls_the_talks_off_still_cancels_them()
    {
        var meetings = ArticleBody.Events<Meeting>(
            "Ruiz was to hold talks with Vidal in Lima. The talks were called off at the last minute.", Published);

        meetings.Should().ContainSingle().Which.Status.Should().Be(EventStatus.Cancelled);
    }
}
