using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// A date inside a relative clause set off by commas ("Powell, who returned from Europe on Wednesday, told reporters")
/// dates that clause's own events or its antecedent, never an event of the main clause or of what it reports.
/// Sentences invented for these tests.
/// </summary>
public class DateRelativeClausePipelineTests
{
    // A Friday.
    private static readonly DateOnly Published = new(2024, 5, 3);

    [Fact]
    public void Date_of_the_relative_clause_does_not_date_the_reported_meeting()
    {
        ArticleBody.Events<Meeting>("The minister, who returned from Europe on Wednesday, told reporters the talks in Rome were useful.", Published)
            .Should().OnlyContain(m => m.Date == null);
    }

    [Fact]
    public void Date_of_the_relative_clause_still_dates_its_antecedent()
    {
        ArticleBody.Events<Meeting>("The talks, which opened in Geneva on Monday, ended without agreement.", Published)
            .Should().ContainSingle().Which.Date!.Value.Should().Be("2024-04-29");
    }
}
