using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Whole-pipeline "repeated": a statement only when a that-clause reports what was repeated ("repeated that the country
/// would not yield"); "repeated attacks" and other uses of the word name no speech. Invented sentences.
/// </summary>
public class StatementRepeatedPipelineTests
{
    private static readonly DateOnly Published = new(2026, 6, 12);

    [Fact]
    public void Repeated_that_reports_a_statement_by_its_subject()
    {
        var statements = ArticleBody.Events<Statement>("The minister repeated that the country would not yield.", Published);

        statements.Should().ContainSingle().Which.Speakers.Select(s => s.Text).Should().Equal("The minister");
    }

    [Fact]
    public void Repeated_as_a_modifier_of_attacks_is_no_statement()
    {
        var events = ArticleBody.Extract("Repeated attacks on the border town have killed 12 people since March.", Published).Events;

        events.OfType<Statement>().Should().BeEmpty();
        events.OfType<Attack>().Should().ContainSingle();
    }
}
