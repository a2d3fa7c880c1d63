using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "The central bank left its key interest rate unchanged on Wednesday and signaled that …": a statement verb after "and"
/// shares the date closing the first clause, even when that clause's verb is no event. Sentences invented for these tests.
/// </summary>
public class DateClauseBeforeAndPipelineTests
{
    // A Tuesday.
    private static readonly DateOnly Published = new(2024, 5, 14);

    [Fact]
    public void The_coordinated_statement_takes_the_first_clause_date()
    {
        const string body = "The central bank left its key interest rate unchanged on Wednesday and signaled that it could cut rates later this year.";

        var statement = ArticleBody.Events<Statement>(body, Published).Should().ContainSingle().Subject;

        statement.Date!.Value.Should().Be("2024-05-08");
    }
}
