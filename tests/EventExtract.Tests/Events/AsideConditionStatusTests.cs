using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Bush, asked whether he was glad, replied": an "if"/"whether" inside an aside between the speaker and the reporting
/// verb is the question's, not the reply's; the reply was made. Sentences invented for these tests.
/// </summary>
public class AsideConditionStatusTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("President Ann Smith on Monday, asked whether she was glad the rebels were discussing negotiations, replied: \"I see nothing to be pleased about.\"", "replied")]
    [InlineData("Minister Tom Bell, asked if he was glad the rebels had agreed to talks, replied that he had expected it.", "replied")]
    public void A_reply_after_an_aside_with_a_condition_happened(string text, string trigger)
    {
        var statement = ArticleBody.Events<Statement>(text, Published).Single(s => s.Trigger.Text == trigger);

        statement.Status.Should().Be(EventStatus.Occurred);
    }

    [Fact]
    public void A_condition_on_the_reporting_clause_itself_still_counts()
    {
        var statement = ArticleBody.Events<Statement>("If the talks fail, Minister Tom Bell would announce his resignation.", Published)
            .Single(s => s.Trigger.Text.StartsWith("announce", StringComparison.Ordinal));

        statement.Status.Should().NotBe(EventStatus.Occurred);
    }
}
