using EventExtract.Places;
using EventExtract.Tagging;
using EventExtract.Text;

namespace EventExtract.Tests.Places;

/// <summary>Runs the pipeline, marks names by hand (the recognizer is built elsewhere) and resolves actors and places.</summary>
internal static class ResolverTestHelper
{
    /// <summary>
    /// Analyzes <paramref name="text"/>, adds a name for every occurrence of each phrase (a phrase inside a longer marked
    /// one is skipped), and resolves. <paramref name="role"/> overrides paragraph roles, standing in for the article reader.
    /// </summary>
    public static AnalyzedDocument Resolve(string text, IEnumerable<(string Phrase, EntityType Type)> names,
        Func<string, ParagraphRole?>? role = null, ITokenizer? tokenizer = null, ActorResolver? resolver = null)
    {
        var doc = ArticleReader.Instance.Read(text, published: new DateOnly(2019, 10, 29));
        if (role is not null)
        {
            var paragraphs = doc.Paragraphs.Select(p => role(p.Span.GetText(text)) is { } r ? p with { Role = r } : p).ToList();
            doc = new Document(doc.Text, doc.Title, doc.TitleSpan, doc.Published, paragraphs, doc.Id);
        }
        var pipeline = tokenizer is null ? new EventExtractorPipeline() : new EventExtractorPipeline { Tokenizer = tokenizer };
        var analyzed = pipeline.Analyze(doc);
        MarkNames(analyzed, names);
        (resolver ?? ActorResolver.Instance).Resolve(analyzed, analyzed.ActorList, analyzed.PlaceList);
        return analyzed;
    }

    public static void MarkNames(AnalyzedDocument analyzed, IEnumerable<(string Phrase, EntityType Type)> names)
    {
        string text = analyzed.Text;
        var spans = new List<EntitySpan>();
        foreach (var (phrase, type) in names.OrderByDescending(n => n.Phrase.Length))
        {
            for (int at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
            {
                var span = new TextSpan(at, at + phrase.Length);
                bool wordBounded = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (span.End == text.Length || !char.IsLetterOrDigit(text[span.End]));
                if (!wordBounded || spans.Any(s => s.Span.Overlaps(span))) continue;
                int first = analyzed.Tokens.FindFirstEndingAfter(span.Start);
                int last = analyzed.Tokens.FindFirstEndingAfter(span.End - 1);
                spans.Add(new EntitySpan(span, first, last - first + 1, type, 0.95f));
            }
        }
        analyzed.NameList.AddRange(spans.OrderBy(s => s.Span.Start));
    }

    /// <summary>A tokenizer shaped like the final one: keeps "U.S." whole and splits "’s" off.</summary>
    public sealed class AbbreviationTokenizer : ITokenizer
    {
        public void Tokenize(TextSpan range, TokenTable output)
        {
            string t = output.Text;
            int i = range.Start;
            while (i < range.End)
            {
                if (char.IsWhiteSpace(t[i])) { i++; continue; }
                int start = i;
                if (char.IsLetterOrDigit(t[i]))
                {
                    while (i < range.End && char.IsLetterOrDigit(t[i])) i++;
                    // "U.S.", "U.K.": single capitals each followed by a dot stay one token.
                    while (i - start >= 1 && char.IsUpper(t[i - 1]) && (i - 1 == start || t[i - 2] == '.') && i < range.End && t[i] == '.')
                    {
                        i++;
                        if (!(i + 1 < range.End && char.IsUpper(t[i]) && t[i + 1] == '.')) break;
                        i++;
                    }
                    output.Add(start, i, TokenKind.Word);
                }
                else if (t[i] is '’' or '\'' && i + 1 < range.End && t[i + 1] == 's')
                {
                    i += 2;
                    output.Add(start, i, TokenKind.Word);
                }
                else
                {
                    i++;
                    output.Add(start, i, TokenKind.Punctuation);
                }
            }
        }
    }

    /// <summary>Splits at every punctuation mark ("U.S." gives four tokens), the crudest tokenization the resolver must survive.</summary>
    public sealed class PunctuationSplittingTokenizer : ITokenizer
    {
        public void Tokenize(TextSpan range, TokenTable output)
        {
            string t = output.Text;
            int i = range.Start;
            while (i < range.End)
            {
                if (char.IsWhiteSpace(t[i])) { i++; continue; }
                int start = i;
                if (char.IsLetterOrDigit(t[i]))
                {
                    while (i < range.End && char.IsLetterOrDigit(t[i])) i++;
                    output.Add(start, i, TokenKind.Word);
                }
                else
                {
                    output.Add(start, ++i, TokenKind.Punctuation);
                }
            }
        }
    }
}
