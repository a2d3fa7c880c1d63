using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Whole-pipeline speakers named after a reporting verb that follows an unquoted clause and a comma
/// ("Delays were common, says retired Col. X"). Invented sentences.
/// </summary>
public class StatementSpeakerAfterClauseTests
{
    private static readonly DateOnly Published = new(2026, 5, 12);

    private static Statement Said(string text, string trigger) => ArticleBody.StatementWithTrigger("Port strike\n\n" + text, Published, trigger);

    [Theory]
    [InlineData("Delays like that were not unusual, says retired Col. Peter Hall, who ran the port in 2004.", "says", "Peter Hall")]
    [InlineData("The cranes will be replaced next year, said harbour master Ines Duarte.", "said", "Ines Duarte")]
    public void The_name_closing_the_inverted_clause_is_the_speaker(string text, string trigger, string speaker)
    {
        var statement = Said(text, trigger);

        statement.Speakers.Select(s => s.Text).Should().Equal(speaker);
    }

    [Fact]
    public void A_name_inside_what_was_said_is_not_the_speaker()
    {
        var statement = Said("The strike is over, the union said, adding that Ines Duarte's team would reopen the cranes.", "said");

        statement.Speakers.Select(s => s.Text).Should().Equal("the union");
    }
}
