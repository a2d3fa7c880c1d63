using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "flew to Washington on Friday to appeal to the minister": an infinitive of purpose after a complete phrase of a
/// clause in the past is a statement that happened; one right after a verb ("agreed to demand"), under a modal or
/// after a verb of planning stays planned. Sentences invented for these tests.
/// </summary>
public class PurposeStatementStatusTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("Thousands of people rallied in a seaside plaza on Friday night to demand the release of the prisoners.")]
    [InlineData("Mayor Ann Smith flew to the capital on Friday to appeal directly to the interior minister.")]
    public void A_purpose_infinitive_of_a_past_act_happened(string text)
    {
        var statements = ArticleBody.Events<Statement>(text, Published);

        statements.Should().ContainSingle().Which.Status.Should().Be(EventStatus.Occurred);
    }

    [Theory]
    [InlineData("Mayor Ann Smith will fly to the capital on Friday to appeal directly to the interior minister.")]
    [InlineData("Mayor Ann Smith has scheduled a news conference Thursday to announce a major development.")]
    public void A_purpose_infinitive_ahead_stays_planned(string text)
    {
        var statements = ArticleBody.Events<Statement>(text, Published);

        statements.Should().ContainSingle().Which.Status.Should().Be(EventStatus.Planned);
    }
}
