using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Speakers that stand further from the verb than its clause: the subject raised past "is reported to have", and a
/// modified common noun with a relative clause before "said". Invented sentences.
/// </summary>
public class StatementRaisedSubjectTests
{
    private static readonly DateOnly Published = new(2026, 5, 12);

    private static Statement Said(string text, string trigger) => ArticleBody.StatementWithTrigger("Port strike\n\n" + text, Published, trigger);

    [Theory]
    [InlineData("The minister is reported to have asked the union to end the strike.")]
    [InlineData("The minister was said to have urged the union to end the strike.")]
    public void The_subject_raised_past_a_passive_reporting_verb_speaks(string text)
    {
        var statement = Said(text, text.Contains("asked") ? "asked" : "urged");

        statement.Speakers.Select(s => s.Text).Should().Equal("The minister");
    }

    [Fact]
    public void A_modified_noun_with_a_relative_clause_speaks_with_its_modifiers()
    {
        var statement = Said("A recently released dock worker who had been a close associate of the union leader said that the strike was planned for months.", "said");

        statement.Speakers.Select(s => s.Text).Should().Equal("A recently released dock worker");
    }
}
