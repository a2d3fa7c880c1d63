using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// '"…," he wrote': a verb of writing right after a quotation reports it, past a titled name as its subject (made-up
/// sentences, whole pipeline).
/// </summary>
public class StatementWroteQuotePipelineTests
{
    private static readonly DateOnly Published = new(2022, 10, 10);

    [Fact]
    public void A_quote_followed_by_he_wrote_is_a_statement() =>
        ArticleBody.Events<Statement>("\"We cannot end the drought anywhere unless we end it everywhere,\" the minister wrote.", Published)
            .Should().ContainSingle().Which.Speakers.Select(a => a.Text).Should().Contain(t => t.Contains("minister"));

    [Fact]
    public void A_quote_followed_by_a_titled_judge_who_wrote_is_a_statement() =>
        ArticleBody.Events<Statement>("\"The executive branch cannot rewrite the law,\" U.S. District Judge Maria Delgado wrote in a 24-page decision.", Published)
            .Should().ContainSingle().Which.Speakers.Select(a => a.Text).Should().Contain(t => t.Contains("Maria Delgado"));
}
