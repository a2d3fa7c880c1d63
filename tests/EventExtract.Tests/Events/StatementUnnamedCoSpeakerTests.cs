using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "The plant's owners and local officials say": a common-noun phrase opening the clause and joined by "and" to the
/// speaker found is a speaker too, though its noun is in no party list. Invented sentences.
/// </summary>
public class StatementUnnamedCoSpeakerTests
{
    private static readonly DateOnly Published = new(2026, 5, 12);

    private static Statement Said(string text, string trigger) => ArticleBody.StatementWithTrigger("Chemical leak\n\n" + text, Published, trigger);

    [Fact]
    public void The_unnamed_first_conjunct_speaks_with_the_party_after_and()
    {
        var statement = Said("The plant's owners and local officials say the leak was contained.", "say");

        statement.Speakers.Select(s => s.Text).Should().Equal("The plant's owners", "local officials");
    }

    [Fact]
    public void A_phrase_inside_a_prepositional_phrase_does_not_join()
    {
        var statement = Said("After the leak at the plant and the fire, local officials say the site is safe.", "say");

        statement.Speakers.Select(s => s.Text).Should().Equal("local officials");
    }
}
