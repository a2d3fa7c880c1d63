using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// A past-tense reporting verb tells of something already said: a date after the publication day in its sentence
/// belongs to what was said ("said rates could fall next year"), so the statement is neither planned nor dated by it.
/// Sentences invented for these tests.
/// </summary>
public class StatementLaterDatePipelineTests
{
    // A Wednesday.
    private static readonly DateOnly Published = new(2024, 10, 16);

    [Theory]
    [InlineData("The governor said rates could fall next year.", "said")]
    [InlineData("In an interview, the minister told reporters prices would drop next month.", "told")]
    [InlineData("The company wrote to its staff that the plant would close in 2026.", "wrote")]
    public void A_later_date_after_a_past_reporting_verb_is_in_what_was_said(string body, string trigger)
    {
        var statement = ArticleBody.Events<Statement>(body, Published).Should().ContainSingle(s => s.Mentions.Any(m => m.Trigger.Text == trigger)).Subject;

        statement.Status.Should().Be(EventStatus.Occurred);
        statement.Date.Should().BeNull();
    }

    [Fact]
    public void A_statement_still_to_come_stays_planned()
    {
        var statement = ArticleBody.Events<Statement>("The prime minister will announce the new cabinet on Friday.", Published)
            .Should().ContainSingle().Subject;

        statement.Status.Should().Be(EventStatus.Planned);
    }
}
