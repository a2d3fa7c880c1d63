using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "urged residents in a televised address on Monday to stay indoors": after a verb of telling someone to do something,
/// the phrases between the addressee and the infinitive are still the reporting clause, so their date dates the
/// statement; the infinitive opens what was said. Sentences invented for these tests.
/// </summary>
public class StatementAddresseeInfinitiveDatePipelineTests
{
    // A Wednesday.
    private static readonly DateOnly Published = new(2024, 5, 1);

    private static Statement WithTrigger(string body, string trigger) =>
        ArticleBody.Events<Statement>(body, Published).Should().ContainSingle(e => e.Mentions.Any(m => m.Trigger.Text == trigger)).Subject;

    [Fact]
    public void Date_in_the_phrases_after_the_addressee_dates_the_telling()
    {
        WithTrigger("The president told troops at a base in Texas on Friday to prepare for deployment.", "told")
            .Date!.Value.Should().Be("2024-04-26");
    }

    [Fact]
    public void Participle_inside_the_phrase_keeps_the_date_in_the_reporting_clause()
    {
        WithTrigger("The governor urged residents in a televised address on Monday to stay indoors.", "urged")
            .Date!.Value.Should().Be("2024-04-29");
    }

    [Fact]
    public void Quoted_infinitive_still_closes_the_reporting_clause()
    {
        WithTrigger("The party chairman told candidates during the 2022 campaign to \"stay on message.\"", "told")
            .Date!.Value.Should().Be("2022");
    }
}
