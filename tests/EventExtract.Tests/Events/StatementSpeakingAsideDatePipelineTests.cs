using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Speaking at a press conference in X on Monday, Y said": the press event of a fronted speaking aside is where and
/// when the statement was made, so its date is the statement's (invented sentence, whole pipeline).
/// </summary>
public class StatementSpeakingAsideDatePipelineTests
{
    [Fact]
    public void The_date_of_a_fronted_speaking_aside_dates_the_statement()
    {
        var statement = ArticleBody.Events<Statement>(
                "Speaking at a press conference in Paris on Monday, the French foreign minister said talks would resume next month.",
                new DateOnly(2024, 5, 1))
            .Should().ContainSingle().Subject;

        statement.Date!.Value.Should().Be("2024-04-29");
        statement.Location!.Name.Should().Be("Paris");
    }
}
