using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// A sentence repeated word for word in one article (a blog's lead excerpt before the full story, a pull-quote) tells
/// the same events again: its triggers are further mentions of the events of the first copy, not new events.
/// Invented sentences.
/// </summary>
public class RepeatedSentencePipelineTests
{
    private static readonly DateOnly Published = new(2026, 3, 10);

    private const string Lead = "The port authority accuses the shipping firm of dumping oil near the northern breakwater.";

    private static readonly string Article =
        "Oil spill row\n\n" + Lead + "\n\nPort row deepens\n\n"
        + "Fishermen in Velda have lost a month of work. The harbour master inspected the breakwater on Friday. "
        + Lead + " The firm has not replied.";

    [Fact]
    public void A_repeated_lead_sentence_gives_further_mentions_of_the_same_statement()
    {
        var accusations = ArticleBody.ArticleEvents<Statement>(Article, Published)
            .Where(s => s.Mentions.Any(m => m.Trigger.Text == "accuses")).ToList();

        accusations.Should().ContainSingle().Which.Mentions.Should().HaveCount(2);
    }

    [Fact]
    public void A_short_sentence_said_twice_may_be_two_events()
    {
        var statements = ArticleBody.Events<Statement>(
            "Mayor Ines Varga spoke about the budget on Monday. \"No,\" she said. Governor Paul Ode spoke about the bridge on Tuesday. \"No,\" she said.",
            Published);

        statements.Count(s => s.Trigger.Text == "said").Should().Be(2);
    }
}
