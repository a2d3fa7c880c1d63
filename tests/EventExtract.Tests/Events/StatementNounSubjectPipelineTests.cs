using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "…, the statement said": the statement noun is the subject of its own verb, so the subject of what it reports is not
/// its speaker; the statement it names back to speaks. Sentences invented for these tests.
/// </summary>
public class StatementNounSubjectPipelineTests
{
    private static readonly DateOnly Published = new(2024, 3, 5);

    [Fact]
    public void The_subject_of_what_a_statement_reports_is_not_its_speaker()
    {
        var statements = ArticleBody.Events<Statement>(
            "The Northern Command said in a statement on Monday that the exercise had ended.\n\n"
            + "The troops had returned to their bases by noon, the statement said.", Published);

        statements.SelectMany(s => s.Speakers).Should().NotContain(a => a.Text.Contains("troops"));
        statements.Should().ContainSingle(s => s.Mentions.Any(m => m.Trigger.Text.Contains("statement said")))
            .Which.Speakers.Should().ContainSingle().Which.Text.Should().Contain("Northern Command");
    }
}
