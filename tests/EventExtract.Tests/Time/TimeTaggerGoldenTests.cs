using EventExtract.Text;
using EventExtract.Time;

namespace EventExtract.Tests.Time;

public class TimeTaggerGoldenTests
{
    private static AnalyzedDocument AnalyzeGolden()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "data", "warsaw-institute-2019-10-29.txt");
        string text = File.ReadAllText(path);
        var doc = ArticleReader.Instance.Read(text, published: new DateOnly(2019, 10, 29));
        return new EventExtractorPipeline { TimeTagger = new TimeTagger() }.Analyze(doc);
    }

    [Theory]
    [InlineData("29 October 2019", "2019-10-29", null)]
    [InlineData("September", "2019-09", null)]
    [InlineData("October 25", "2019-10-25", null)]
    [InlineData("July", "2019-07", null)]
    [InlineData("early September", "2019-09", "START")]
    [InlineData("October 28", "2019-10-28", null)]
    public void Golden_article_dates_are_found_and_resolved(string text, string value, string? mod)
    {
        var analyzed = AnalyzeGolden();
        analyzed.Timexes.Should().ContainSingle(t => t.Text == text)
            .Which.Should().Match<Timex>(t => t.Value == value && t.ModName == mod && t.Type == TimexType.Date);
    }

    [Fact]
    public void Golden_article_verbs_and_stage_words_are_not_dates()
    {
        var analyzed = AnalyzeGolden();
        var texts = analyzed.Timexes.Select(t => t.Text.ToLowerInvariant()).ToList();
        texts.Should().NotContain(new[] { "sat", "may", "initially", "at this stage", "stage" });
        // Besides the calendar dates, only TimeML vague references ("soon" FUTURE_REF, "recent" PAST_REF) may appear.
        analyzed.Timexes.Where(t => !t.Value.EndsWith("_REF")).Should().OnlyContain(t => t.Type == TimexType.Date && t.Value.StartsWith("2019"));
        analyzed.Timexes.Where(t => t.Value.EndsWith("_REF")).Select(t => t.Text.ToLowerInvariant()).Should().BeSubsetOf(new[] { "soon", "recent" });
    }

    [Fact]
    public void Offsets_give_back_the_text_and_sentence()
    {
        var analyzed = AnalyzeGolden();
        analyzed.Timexes.Should().NotBeEmpty();
        foreach (var t in analyzed.Timexes)
        {
            analyzed.Text.Substring(t.Span.Start, t.Span.Length).Should().Be(t.Text);
            analyzed.Sentences[t.Sentence].Span.Contains(t.Span).Should().BeTrue();
        }
    }
}
