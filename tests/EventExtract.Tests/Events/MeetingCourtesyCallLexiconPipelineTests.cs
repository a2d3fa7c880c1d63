using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up wire sentences, read by the full pipeline: "paid a courtesy call on" a party known by surname alone, with a
/// clause after it, is still a meeting (the lexicon now names the phrase); it was read as "call on", a statement
/// calling on someone to act.
/// </summary>
public class MeetingCourtesyCallLexiconPipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 14); // a Thursday

    [Fact]
    public void A_courtesy_call_on_a_surname_before_a_clause_is_a_meeting()
    {
        var result = ArticleBody.Extract(
            "Kenyan President William Otieno hosted Tanzanian President Grace Mwinyi on Monday. Mwinyi paid a courtesy call on Otieno before flying home.",
            Published);

        result.Events.OfType<Statement>().Should().NotContain(s => s.Mentions.Any(m => m.Trigger.Text.Contains("call")));
        result.Events.OfType<Meeting>().Should().Contain(m => m.Mentions.Any(x => x.Trigger.Text.Contains("courtesy call")));
    }

    [Fact]
    public void Calling_on_someone_to_act_stays_a_statement()
    {
        ArticleBody.Events<Statement>("The union called on the company to raise pay.", Published).Should().ContainSingle();
    }
}
