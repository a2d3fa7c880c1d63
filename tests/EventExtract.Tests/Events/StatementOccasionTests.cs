using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// What an addressee verb's object is when it names no one spoken to ("told a news conference", "requested
/// anonymity"), and whose tense dates the reporting verb when a "that"-clause with another tense follows.
/// </summary>
public class StatementOccasionTests
{
    private static readonly DateOnly Published = new(2020, 11, 5); // a Thursday
    private static List<Statement> Statements(string body) => ArticleBody.Events<Statement>(body, Published);

    [Fact]
    public void A_news_conference_told_something_is_the_occasion_not_the_addressee_and_the_saying_is_dated_in_the_past()
    {
        var told = Statements("The governor told a news conference on Monday that the state would appeal.")
            .Should().Contain(st => st.Mentions.Any(m => m.Trigger.Text == "told")).Which;

        told.Addressees.Should().BeEmpty();
        told.Status.Should().Be(EventStatus.Occurred);
        told.Date!.Value.Should().Be("2020-11-02");
    }

    [Fact]
    public void A_weekday_inside_the_reported_clause_takes_that_clause_s_tense()
    {
        var extraction = ArticleBody.Extract("The minister said that on Monday the plant would close.", Published);

        extraction.Timexes.Should().ContainSingle(t => t.Text == "Monday").Which.Value.Should().Be("2020-11-09");
    }

    [Theory]
    [InlineData("One official, who requested anonymity, said the plan had failed.", "requested")]
    [InlineData("The mayor asked permission to leave early, aides said.", "asked")]
    public void What_was_asked_for_is_not_an_addressee(string sentence, string trigger)
    {
        var statements = Statements(sentence);

        statements.Where(st => st.Mentions.Any(m => m.Trigger.Text == trigger)).SelectMany(st => st.Addressees).Should().BeEmpty();
    }

    [Fact]
    public void People_told_something_are_still_the_addressees()
    {
        var told = Statements("The governor told reporters on Monday that the state would appeal.")
            .Should().Contain(st => st.Mentions.Any(m => m.Trigger.Text == "told")).Which;

        told.Addressees.Select(a => a.Text).Should().Equal("reporters");
        told.Date!.Value.Should().Be("2020-11-02");
    }

    [Theory]
    [InlineData("“We finally did it,” the coach exclaimed after the match.", "exclaimed", "the coach")]
    [InlineData("“Not again,” Maria Lopez lamented on Monday.", "lamented", "Maria Lopez")]
    [InlineData("“Ask the voters,” the senator retorted.", "retorted", "the senator")]
    public void Verbs_of_the_manner_of_speaking_report_a_statement(string sentence, string trigger, string speaker)
    {
        var statement = Statements(sentence).Should().ContainSingle().Subject;

        statement.Mentions.Select(m => m.Trigger.Text).Should().Equal(trigger);
        statement.Speakers.Select(a => a.Text).Should().Equal(speaker);
    }
}
