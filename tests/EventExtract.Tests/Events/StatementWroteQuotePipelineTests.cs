using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>'"…," he wrote': a verb of writing right after a quotation reports it (made-up sentences, whole pipeline).</summary>
public class StatementWroteQuotePipelineTests
{
    private static readonly DateOnly Published = new(2022, 10, 10);

    [Fact]
    public void A_quote_followed_by_he_wrote_is_a_statement() =>
        ArticleBody.Events<Statement>("\"We cannot end the drought anywhere unless we end it everywhere,\" the minister wrote.", Published)
            .Should().ContainSingle().Which.Speakers.Select(a => a.Text).Should().Contain(t => t.Contains("minister"));
}
