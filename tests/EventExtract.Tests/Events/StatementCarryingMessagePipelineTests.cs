using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "condemned both attacks in a statement released Friday": the message noun of an "in" phrase in a reporting verb's own
/// clause carries that speech act, so the verb and the noun are one statement, dated by the message's date. Sentences
/// invented for these tests.
/// </summary>
public class StatementCarryingMessagePipelineTests
{
    // A Friday.
    private static readonly DateOnly Published = new(2024, 5, 3);

    [Fact]
    public void Verb_and_message_noun_after_its_object_are_one_dated_statement()
    {
        var statements = ArticleBody.Events<Statement>("The opposition leader condemned both attacks in a statement released Thursday evening.", Published);
        var s = statements.Should().ContainSingle().Subject;
        s.Mentions.Select(m => m.Trigger.Text).Should().Equal("condemned", "statement");
        s.Date!.Value.Should().Be("2024-05-02TEV");
    }

    [Fact]
    public void Message_noun_past_another_verb_stays_apart()
    {
        ArticleBody.Events<Statement>("The opposition leader condemned the attacks, which were described in a statement released Thursday.", Published)
            .Should().NotContain(s => s.Mentions.Count > 1);
    }
}
