using EventExtract.Text;
using EventExtract.Time;

namespace EventExtract.Fuzz;

/// <summary>
/// Coverage-guided fuzz targets for SharpFuzz + afl-fuzz (scripts/sharpfuzz.sh). Each reads one input from
/// the stream afl-fuzz hands over and runs one component on it; any exception is a crash for afl-fuzz.
/// Components are built once, outside the loop, so afl-fuzz's persistent mode measures the code under test.
/// </summary>
internal static class AflTargets
{
    /// <summary>Target names accepted by <see cref="Create"/>.</summary>
    public static readonly string[] Names = ["reader", "text", "dates"];

    // Publication dates the date target resolves against: an ordinary one, none, and the two ends of the
    // calendar, where "next year" or "a century ago" must not overflow.
    private static readonly DateOnly?[] PublishedDates = [new DateOnly(2019, 10, 29), null, DateOnly.MinValue, DateOnly.MaxValue];

    /// <summary>The action of target <paramref name="name"/>, or null for an unknown name.</summary>
    public static Action<string>? Create(string name)
    {
        switch (name)
        {
            case "reader":
                var reader = ArticleReader.Instance;
                return text => reader.Read(text);
            case "text":
                var tokenizer = RuleTokenizer.Instance;
                var splitter = RuleSentenceSplitter.Instance;
                return text =>
                {
                    var table = new TokenTable(text);
                    tokenizer.Tokenize(new TextSpan(0, text.Length), table);
                    var sentences = new List<Sentence>();
                    splitter.Split(table, 0, table.Count, 0, sentences);
                    int previousEnd = 0;
                    for (int i = 0; i < table.Count; i++)
                    {
                        var span = table.GetSpan(i);
                        Check(span.Start >= previousEnd && span.End > span.Start && span.End <= text.Length, "token span out of order or outside the text");
                        previousEnd = span.End;
                    }
                    int nextToken = 0;
                    foreach (var sentence in sentences)
                    {
                        Check(sentence.FirstToken == nextToken && sentence.TokenCount > 0, "sentences do not tile the tokens");
                        nextToken = sentence.EndToken;
                    }
                    Check(nextToken == table.Count, "tokens left outside every sentence");
                };
            case "dates":
                var tagger = new TimeTagger();
                var parser = PublicationDateParser.Default;
                return text =>
                {
                    var output = new List<Timex>();
                    foreach (var published in PublishedDates)
                    {
                        output.Clear();
                        try
                        {
                            tagger.TagText(text, new TextSpan(0, text.Length), published, output);
                        }
                        catch (Exception ex) when (ex is not FuzzFailure)
                        {
                            throw new FuzzFailure($"published {published?.ToString("yyyy-MM-dd") ?? "none"}: {ex.GetType().Name}: {ex.Message}", ex);
                        }
                        foreach (var t in output)
                            Check(t.Span.Start >= 0 && t.Span.End <= text.Length && t.Span.Length > 0, "timex span outside the text");
                    }
                    if (parser.Find(text) is { } found)
                        Check(found.Start >= 0 && found.Start + found.Length <= text.Length, "date span outside the text");
                    foreach (var line in text.Split('\n')) parser.IsDateline(line);
                };
            default:
                return null;
        }
    }

    /// <summary>A failure with the context the fuzz target adds (which publication date), keeping the original as inner exception.</summary>
    private sealed class FuzzFailure(string message, Exception? inner = null) : Exception(message, inner);

    private static void Check(bool condition, string message)
    {
        if (!condition) throw new FuzzFailure(message);
    }

    /// <summary>
    /// Decodes bytes as UTF-8, but also lets three-byte sequences encode lone surrogates (WTF-8), so
    /// afl-fuzz can reach unpaired UTF-16 code units, which .NET strings allow and real input contains.
    /// Invalid bytes become U+FFFD.
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        int n = 0, i = 0;
        while (i < bytes.Length)
        {
            byte b = bytes[i];
            if (b < 0x80) { chars[n++] = (char)b; i++; continue; }
            int need = b >= 0xF0 && b < 0xF8 ? 3 : b >= 0xE0 && b < 0xF0 ? 2 : b >= 0xC0 && b < 0xE0 ? 1 : -1;
            int cp = need switch { 3 => b & 0x07, 2 => b & 0x0F, 1 => b & 0x1F, _ => 0 };
            bool ok = need > 0;
            for (int k = 1; ok && k <= need; k++)
            {
                if (i + k >= bytes.Length || (bytes[i + k] & 0xC0) != 0x80) ok = false;
                else cp = (cp << 6) | (bytes[i + k] & 0x3F);
            }
            if (!ok || cp > 0x10FFFF) { chars[n++] = '\uFFFD'; i++; continue; }
            if (cp >= 0x10000)
            {
                cp -= 0x10000;
                chars[n++] = (char)(0xD800 + (cp >> 10));
                chars[n++] = (char)(0xDC00 + (cp & 0x3FF));
            }
            else chars[n++] = (char)cp;
            i += need + 1;
        }
        return new string(chars, 0, n);
    }
}
