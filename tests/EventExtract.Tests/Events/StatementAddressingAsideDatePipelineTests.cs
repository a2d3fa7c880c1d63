using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Addressing parliament on Tuesday, X said": the date inside a fronted speaking aside dates the statement after it,
/// even when the aside is a statement trigger of its own (invented sentence, whole pipeline).
/// </summary>
public class StatementAddressingAsideDatePipelineTests
{
    [Fact]
    public void The_date_of_an_addressing_aside_dates_the_saying()
    {
        var said = ArticleBody.Events<Statement>("Addressing parliament on Tuesday, the prime minister said the army would withdraw.", new DateOnly(2024, 5, 1))
            .Should().ContainSingle(e => e.Mentions.Any(m => m.Trigger.Text == "said")).Subject;

        said.Date!.Value.Should().Be("2024-04-30");
    }
}
