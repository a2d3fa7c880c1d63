using EventExtract.Text;

namespace EventExtract.Tests.Text;

public class TextFuzzTests
{
    // Characters that exercise every branch of the scanner: clitics, abbreviations, URLs, e-mails,
    // emoji parts, lone surrogates, controls, dashes, quotes and separators.
    private const string Alphabet = "aZs nt'’`\".,;:!?…-–—()[]$%€@#/&_0123456789\n\r\t\0\u0001\u200d\ufe0f\ud83d\ude00\ud800\udc00😀🇵🇱httpw:e.gUS'sI'm";

    [Fact]
    public void Random_text_never_throws_and_keeps_all_invariants()
    {
        var random = new Random(12345);
        var sb = new System.Text.StringBuilder();
        for (int round = 0; round < 1500; round++)
        {
            sb.Clear();
            int length = random.Next(0, 60);
            for (int k = 0; k < length; k++) sb.Append(Alphabet[random.Next(Alphabet.Length)]);
            string text = sb.ToString();

            var doc = ArticleReader.Instance.Read(text);
            var table = new TokenTable(text);
            var sentences = new List<Sentence>();
            for (int p = 0; p < doc.Paragraphs.Count; p++)
            {
                var span = doc.Paragraphs[p].Span;
                span.Start.Should().BeGreaterThanOrEqualTo(0);
                span.End.Should().BeLessThanOrEqualTo(text.Length);
                int first = table.Count;
                RuleTokenizer.Instance.Tokenize(span, table);
                for (int i = first; i < table.Count; i++)
                {
                    var t = table.GetSpan(i);
                    span.Contains(t).Should().BeTrue($"token {t} lies in paragraph {span} of {Escape(text)}");
                    if (i > 0) t.Start.Should().BeGreaterThanOrEqualTo(table.GetSpan(i - 1).End);
                }
                RuleSentenceSplitter.Instance.Split(table, first, table.Count - first, p, sentences);
            }
            sentences.Sum(s => s.TokenCount).Should().Be(table.Count, $"sentences cover every token of {Escape(text)}");
        }
    }

    private static string Escape(string s) => string.Concat(s.Select(c => c < ' ' || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString()));
}
