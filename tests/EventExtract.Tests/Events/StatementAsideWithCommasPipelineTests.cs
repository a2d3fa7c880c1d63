using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Jan Kavan, who lived in London from 1968, when the Soviets invaded, until 1989, said": a relative clause or participle
/// aside between the subject and its verb may hold commas of its own; the subject is the party before the aside, not a
/// party named inside it. Sentences invented for these tests.
/// </summary>
public class StatementAsideWithCommasPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("Maria Novak, who ran the agency from 2001 to 2005, when the Greens governed, said the cuts were a mistake.", "Maria Novak")]
    [InlineData("The Polish envoy, Piotr Zielinski, who served in Kyiv until 2014, when the Russians arrived, said he expected no change.", "Piotr Zielinski")]
    [InlineData("The minister, speaking after talks with his Danish counterpart, Lars Holm, said the deal was close.", "The minister")]
    public void The_party_before_an_aside_with_inner_commas_speaks(string body, string speaker)
    {
        var statement = ArticleBody.Events<Statement>(body, Published).Should().ContainSingle(s => s.Mentions.Any(m => m.Trigger.Text == "said")).Subject;

        statement.Speakers.Select(s => s.Text).Should().Equal(speaker);
    }

    [Fact]
    public void A_quote_ending_before_the_verb_is_no_aside()
    {
        var statement = ArticleBody.Events<Statement>(
            "\"We are farmers, living on our own land,\" Okafor said, adding: \"We will not leave.\"", Published)
            .Should().ContainSingle(s => s.Mentions.Any(m => m.Trigger.Text == "adding")).Subject;

        statement.Speakers.Select(s => s.Text).Should().Equal("Okafor");
    }
}
