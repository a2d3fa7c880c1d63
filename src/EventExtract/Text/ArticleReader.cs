using System.Text.RegularExpressions;

namespace EventExtract.Text;

/// <summary>
/// Reads raw scraped article text into a <see cref="Document"/>: splits it into paragraphs, finds the
/// publication date (header line or dateline), the title, and marks page furniture (donation appeals,
/// copyright notices, "Related posts", share and subscribe lines, cookie notices) as boilerplate.
/// Patterns live in Resources/Text (boilerplate.txt, date-headers.txt, months.txt). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Paragraphs are separated by blank lines. Inside a block of consecutive lines, each line is its own
/// paragraph (scraped text often uses single newlines) unless the block looks hard-wrapped: several
/// lines of similar width that mostly do not end a sentence. All offsets refer to the original text.
/// </remarks>
public sealed class ArticleReader
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;
    private const int ShortWords = 12;
    private const int MaxBoilerplateWords = 80;
    private const int MaxTitleWords = 25;
    private const int MaxTitleChars = 200;
    /// <summary>Paragraph text beyond this many characters is not searched for patterns (bounds the work on huge input).</summary>
    private const int PatternWindow = 2000;

    // Boilerplate patterns run as LinearPattern (no NonBacktracking regex to build: that cost 150 ms of cold start).
    private readonly PatternSet _shortPatterns;
    private readonly PatternSet _anyPatterns;
    // Built on first use (thread-safe): constructing a NonBacktracking regex costs milliseconds of cold start, and
    // the date label is only needed on lines that hold a date.
    private readonly Lazy<Regex> _dateLabel;
    private readonly PublicationDateParser _dates;

    /// <summary>The shared instance (stateless).</summary>
    public static ArticleReader Instance { get; } = new();

    /// <summary>Creates a reader using the embedded pattern files.</summary>
    public ArticleReader()
    {
        var shortPatterns = new List<string>();
        var anyPatterns = new List<string>();
        foreach (var line in TextResources.ReadLines("boilerplate.txt"))
        {
            int tab = line.IndexOf('\t');
            if (tab < 0) continue;
            string pattern = line[(tab + 1)..].Trim();
            if (line[..tab] == "short") shortPatterns.Add(pattern);
            else if (line[..tab] == "any") anyPatterns.Add(pattern);
        }
        _shortPatterns = new PatternSet(shortPatterns);
        _anyPatterns = new PatternSet(anyPatterns);
        var labels = TextResources.ReadLines("date-headers.txt").OrderByDescending(l => l.Length).Select(Regex.Escape);
        string labelPattern = $@"^({string.Join("|", labels)})\b\s*(:|-|–|—)?\s*";
        _dateLabel = LazyRegex.Create(labelPattern, Options);
        _dates = PublicationDateParser.Default;
    }

    /// <summary>The boilerplate patterns of scope "short" and "any" (for tests).</summary>
    internal (PatternSet Short, PatternSet Any) BoilerplatePatterns => (_shortPatterns, _anyPatterns);

    /// <summary>Reads <paramref name="text"/>; <paramref name="title"/> and <paramref name="published"/> override what the text says.</summary>
    /// <param name="text">The raw article text; never altered.</param>
    /// <param name="title">The title when known (for example from page metadata), else null to find it in the text.</param>
    /// <param name="published">The publication date when known, else null to find it in a header line or dateline.</param>
    /// <param name="id">A caller identifier (file name, URL) kept on the document.</param>
    public Document Read(string text, string? title = null, DateOnly? published = null, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = SplitParagraphs(text);
        var roles = new ParagraphRole[spans.Count];
        var words = new int[spans.Count];
        for (int p = 0; p < spans.Count; p++) words[p] = CountWords(spans[p].Slice(text));

        // Headers: date lines and bylines.
        DateOnly? headerDate = null;
        for (int p = 0; p < spans.Count; p++)
        {
            if (words[p] > ShortWords) continue;
            var s = spans[p].Slice(text);
            if (TryHeaderDate(s, out var date))
            {
                roles[p] = ParagraphRole.Header;
                headerDate ??= date;
            }
            else if (_dates.IsDateline(s))
            {
                roles[p] = ParagraphRole.Header;
                headerDate ??= _dates.Find(s)?.Date;
            }
            else if (IsByline(s)) roles[p] = ParagraphRole.Header;
        }

        // Boilerplate, including short fragments trailing a boilerplate paragraph ("Related posts" lists).
        bool afterBoilerplate = false;
        for (int p = 0; p < spans.Count; p++)
        {
            if (roles[p] == ParagraphRole.Header) continue;
            var s = spans[p].Slice(text);
            bool boiler = IsBoilerplate(s, words[p])
                || (afterBoilerplate && words[p] <= MaxTitleWords && !EndsSentence(s) && IsTrailing(spans, p, text));
            if (boiler) roles[p] = ParagraphRole.Boilerplate;
            afterBoilerplate = boiler;
        }

        // Title: the caller's, located in the text when it appears there, else the first short line
        // without a final period before the article text starts.
        TextSpan? titleSpan = null;
        if (title is not null)
        {
            for (int p = 0; p < spans.Count && titleSpan is null; p++)
            {
                if (roles[p] == ParagraphRole.Body && spans[p].Slice(text).Trim().SequenceEqual(title.AsSpan().Trim()))
                {
                    roles[p] = ParagraphRole.Title;
                    titleSpan = spans[p];
                }
            }
        }
        else
        {
            for (int p = 0; p < spans.Count; p++)
            {
                if (roles[p] != ParagraphRole.Body) continue;
                var s = spans[p].Slice(text);
                if (IsTitleLike(s, words[p]))
                {
                    roles[p] = ParagraphRole.Title;
                    titleSpan = spans[p];
                    title = s.ToString();
                }
                break; // only the first candidate before the article text counts
            }
        }

        published ??= headerDate ?? FindDatelineDate(text, spans, roles);

        var paragraphs = new List<Paragraph>(spans.Count);
        for (int p = 0; p < spans.Count; p++) paragraphs.Add(new Paragraph(spans[p], roles[p]));
        return new Document(text, title, titleSpan, published, paragraphs, id);
    }

    /// <summary>Paragraph spans: blank-line blocks, split into lines unless the block is hard-wrapped.</summary>
    internal static List<TextSpan> SplitParagraphs(string text)
    {
        var result = new List<TextSpan>();
        var lines = new List<TextSpan>();
        int i = 0;
        while (i <= text.Length)
        {
            int nl = i < text.Length ? text.IndexOf('\n', i) : -1;
            int lineEnd = nl < 0 ? text.Length : nl;
            var line = Trim(text, i, lineEnd);
            if (line.IsEmpty)
            {
                FlushBlock(text, lines, result);
            }
            else lines.Add(line);
            if (nl < 0) break;
            i = nl + 1;
        }
        FlushBlock(text, lines, result);
        return result;
    }

    private static void FlushBlock(string text, List<TextSpan> lines, List<TextSpan> result)
    {
        if (lines.Count == 0) return;
        if (lines.Count > 1 && IsHardWrapped(text, lines)) result.Add(new TextSpan(lines[0].Start, lines[^1].End));
        else result.AddRange(lines);
        lines.Clear();
    }

    /// <summary>
    /// Hard-wrapped prose: all lines but the last are 40–100 characters of similar width, and most of
    /// them do not end a sentence (a line per paragraph ends with a period far more often).
    /// </summary>
    private static bool IsHardWrapped(string text, List<TextSpan> lines)
    {
        int open = 0, min = int.MaxValue, max = 0;
        for (int k = 0; k < lines.Count - 1; k++)
        {
            int len = lines[k].Length;
            if (len < 40 || len > 100) return false;
            min = Math.Min(min, len);
            max = Math.Max(max, len);
            if (!EndsSentence(lines[k].Slice(text))) open++;
        }
        return max - min <= 30 && open * 2 >= lines.Count - 1;
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && IsBlank(text[start])) start++;
        while (end > start && IsBlank(text[end - 1])) end--;
        return new TextSpan(start, end);
    }

    private static bool IsBlank(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' || char.IsControl(c);

    private bool TryHeaderDate(ReadOnlySpan<char> s, out DateOnly date)
    {
        date = default;
        var found = _dates.Find(s);
        if (found is null) return false;
        var (d, start, length) = found.Value;
        string line = s.Length > 300 ? s[..300].ToString() : s.ToString();
        var label = _dateLabel.Value.Match(line);
        // "Date: 29 October 2019", "Posted on October 29, 2019", or a line that is mostly the date itself.
        bool labelled = label.Success && start <= label.Length + 24;
        bool bare = length * 10 >= CountLetterOrDigit(s) * 6;
        if (!labelled && !bare) return false;
        date = d;
        return true;
    }

    private static int CountLetterOrDigit(ReadOnlySpan<char> s)
    {
        int n = 0;
        foreach (char c in s) if (char.IsLetterOrDigit(c) || c == ' ') n++;
        return n;
    }

    /// <summary>"By Jane Doe", "By Jane Doe and John Roe, Reuters": a short line naming the author.</summary>
    private static bool IsByline(ReadOnlySpan<char> s) =>
        s.Length < 100 && s.StartsWith("By ", StringComparison.Ordinal) && s.Length > 4 && char.IsUpper(s[3]) && !EndsSentence(s);

    private bool IsBoilerplate(ReadOnlySpan<char> s, int words)
    {
        if (words > MaxBoilerplateWords) return false;
        var window = s.Length > PatternWindow ? s[..PatternWindow] : s; // matched in place: no copy per paragraph
        if (words <= ShortWords && _shortPatterns.IsMatch(window)) return true;
        return _anyPatterns.IsMatch(window);
    }

    /// <summary>True when every paragraph from <paramref name="p"/> to the end is short and unpunctuated (a trailing list).</summary>
    private static bool IsTrailing(List<TextSpan> spans, int p, string text)
    {
        // Only a short run: the link list after "Related posts" or a caption after a notice.
        int checkedCount = 0;
        for (int k = p; k < spans.Count && checkedCount < 30; k++, checkedCount++)
        {
            var s = spans[k].Slice(text);
            if (CountWords(s) > MaxTitleWords || EndsSentence(s)) return false;
        }
        return true;
    }

    private static bool IsTitleLike(ReadOnlySpan<char> s, int words) =>
        words is >= 1 and <= MaxTitleWords && s.Length <= MaxTitleChars && !s.EndsWith(".", StringComparison.Ordinal)
        && !s.EndsWith(":", StringComparison.Ordinal) && !s.EndsWith(",", StringComparison.Ordinal);

    private static bool EndsSentence(ReadOnlySpan<char> s)
    {
        s = s.TrimEnd();
        while (s.Length > 0 && s[^1] is '"' or '”' or '’' or '\'' or ')' or ']') s = s[..^1];
        return s.Length > 0 && s[^1] is '.' or '!' or '?' or '…' or ':' or ';';
    }

    /// <summary>A date with a year near the start of one of the first body paragraphs ("WASHINGTON, Oct. 29, 2019 (Reuters) -").</summary>
    private DateOnly? FindDatelineDate(string text, List<TextSpan> spans, ParagraphRole[] roles)
    {
        int seen = 0;
        for (int p = 0; p < spans.Count && seen < 3; p++)
        {
            if (roles[p] != ParagraphRole.Body) continue;
            seen++;
            var s = spans[p].Slice(text);
            var found = _dates.Find(s.Length > 120 ? s[..120] : s);
            if (found is { } f && f.Start <= 60) return f.Date;
        }
        return null;
    }

    private static int CountWords(ReadOnlySpan<char> s)
    {
        int n = 0;
        bool inWord = false;
        foreach (char c in s)
        {
            bool w = !char.IsWhiteSpace(c);
            if (w && !inWord) n++;
            inWord = w;
        }
        return n;
    }
}
