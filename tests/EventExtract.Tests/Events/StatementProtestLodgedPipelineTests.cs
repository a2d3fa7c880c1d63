using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// A protest or complaint lodged with another party ("lodged a formal protest with Russia") is a Statement by who
/// lodged it, addressed to the party it was lodged with; joining a protest is none. Invented sentences.
/// </summary>
public class StatementProtestLodgedPipelineTests
{
    // A Tuesday.
    private static readonly DateOnly Published = new(2026, 5, 12);

    [Theory]
    [InlineData("Finland lodged a formal protest with Russia on Monday over the border closure.", "lodged a formal protest")]
    [InlineData("Finland filed a complaint with Russia on Monday over the border closure.", "filed a complaint")]
    public void A_lodged_protest_is_a_statement_to_the_party_it_was_lodged_with(string sentence, string trigger)
    {
        var statement = ArticleBody.StatementWithTrigger("Border row\n\n" + sentence, Published, trigger);

        statement.Speakers.Select(a => a.Text).Should().Equal("Finland");
        statement.Addressees.Select(a => a.Text).Should().Equal("Russia");
        statement.Date!.Value.Should().Be("2026-05-11");
    }

    [Fact]
    public void Joining_a_protest_is_no_statement()
    {
        ArticleBody.ArticleEvents<Statement>("Border row\n\nHundreds of farmers joined a protest on Monday over the border closure.", Published)
            .Should().BeEmpty();
    }
}
