using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "a string of shootings dating back to 2015": a time expression after a period opener (period-openers.txt) is where a
/// span of time begins, not when the event happened, so it dates nothing. Sentences invented for these tests.
/// </summary>
public class DatePeriodOpenerPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void Dating_back_to_a_year_dates_no_attack()
    {
        ArticleBody.Events<Attack>("Police are investigating a string of unsolved arson attacks on mosques dating back to 2015.", Published)
            .Should().ContainSingle().Which.Date.Should().BeNull();
    }

    [Fact]
    public void Dating_from_a_decade_dates_no_statement()
    {
        ArticleBody.Events<Statement>("A secret arms deal dating from the 1990s is alleged in the memoir, the paper reported.", Published)
            .Should().OnlyContain(s => s.Date == null);
    }

    [Fact]
    public void As_of_a_day_dates_no_attack()
    {
        ArticleBody.Events<Attack>("The following are the latest figures as of Monday for the dead and injured in the bombing of the central market.", Published)
            .Should().ContainSingle().Which.Date.Should().BeNull();
    }
}
