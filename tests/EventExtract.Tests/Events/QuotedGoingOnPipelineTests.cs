using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// A verb of going on with speech right after a quotation and its comma ('"…," the president added') reports the
/// quote, whatever the quotation says. Sentences invented for these tests.
/// </summary>
public class QuotedGoingOnPipelineTests
{
    private static readonly DateOnly Published = new(2024, 3, 4);

    [Theory]
    [InlineData("\"We will not give up a single village,\" the president added.", "the president")]
    [InlineData("\"We are strong,\" Mayor Anna Kovac noted.", "Anna Kovac")]
    [InlineData("\"Nobody asked us,\" the farmers insisted.", "the farmers")]
    public void A_going_on_verb_after_a_quotation_reports_it(string body, string speaker)
    {
        var statement = ArticleBody.Events<Statement>(body, Published).Should().ContainSingle().Subject;

        statement.Speakers.Should().ContainSingle().Which.Text.Should().Be(speaker);
    }
}
