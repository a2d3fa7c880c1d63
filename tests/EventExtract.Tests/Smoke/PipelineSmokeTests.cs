using EventExtract.Text;

namespace EventExtract.Tests.Smoke;

public class PipelineSmokeTests
{
    [Fact]
    public void Every_token_span_gives_back_its_text()
    {
        const string text = "Moscow is renewing efforts.\n\nBeijing may soon act.";
        var doc = ArticleReader.Instance.Read(text);
        var analyzed = new EventExtractorPipeline().Analyze(doc);
        analyzed.Tokens.Count.Should().BeGreaterThan(5);
        for (int i = 0; i < analyzed.Tokens.Count; i++)
        {
            var t = analyzed.Tokens[i];
            text.Substring(t.Start, t.End - t.Start).Should().Be(t.ToString());
        }
    }
}
