using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Where a statement's date sits: after the closing mark of a quoted label, past "on its website late", and in a
/// fronted phrase of the message that carries it. Published on Thursday 27 June 2024; sentences invented for these tests.
/// </summary>
public class StatementDatePhrasesPipelineTests
{
    private static readonly DateOnly Published = new(2024, 6, 27);

    [Theory]
    [InlineData("The opposition called the plan \"a failure of leadership\" on Tuesday.", "2024-06-25")]
    [InlineData("The ministry said on its website late on Friday that the ban had been lifted.", "2024-06-21")]
    [InlineData("In an interview published on Sunday, the general said the army was ready.", "2024-06-23")]
    [InlineData("In a televised address late on Monday, the general said the army was ready.", "2024-06-24")]
    public void The_statement_takes_the_date_of_its_own_clause(string body, string date)
    {
        var statement = ArticleBody.Events<Statement>(body, Published).Should().ContainSingle().Subject;

        statement.Date.Should().NotBeNull();
        statement.Date!.Value.Should().Be(date);
    }

    [Fact]
    public void A_date_inside_the_quotation_is_not_the_statements()
    {
        var statement = ArticleBody.Events<Statement>("The union called the offer \"an insult until Friday\".", Published).Should().ContainSingle().Subject;

        statement.Date.Should().BeNull();
    }
}
