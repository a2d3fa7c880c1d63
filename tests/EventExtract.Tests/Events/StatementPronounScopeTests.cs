using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// What a story's pronoun may stand for: never a name in the headline. Invented sentences.
/// </summary>
public class StatementPronounScopeTests
{
    private static readonly DateOnly Published = new(2026, 5, 12);

    [Fact]
    public void A_pronoun_does_not_stand_for_a_headline_word_taken_for_a_name()
    {
        var statement = ArticleBody.StatementWithTrigger(
            "Harvest lost\n\nReporters spoke to a local farmer near the river on Monday. He said the harvest was lost.", Published, "said");

        statement.Speakers.Should().NotContain(s => s.Text == "Harvest");
    }
}
