using System.Text.RegularExpressions;

namespace EventExtract.Text;

/// <summary>
/// Case-insensitive patterns of which any may match, as one <c>p1|p2|…</c> regex would (IgnoreCase,
/// CultureInvariant). Each pattern is a <see cref="LinearPattern"/> (built in microseconds, linear-time matching);
/// one outside its syntax subset falls back to a NonBacktracking <see cref="Regex"/> built on first use.
/// One pass over the text looks for the literals the patterns require, and only patterns whose literal occurs run
/// their automaton, so most text costs a table lookup per character. Immutable and thread-safe.
/// </summary>
internal sealed class PatternSet
{
    private const RegexOptions FallbackOptions = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;
    private const int StackPatterns = 128;

    private readonly LinearPattern[] _linear;
    private readonly Lazy<Regex>[] _fallback;
    // Literals by the ASCII-lower-cased character they are anchored on (their first non-space character; Anchor is
    // its offset in the literal). Literals are lower case; a non-ASCII anchor has no case (see LinearPattern).
    private readonly (string Literal, int Anchor, int Pattern)[]?[] _asciiAnchors = new (string, int, int)[]?[128];
    private readonly Dictionary<char, (string Literal, int Anchor, int Pattern)[]> _otherAnchors = new();
    private readonly int[] _unfiltered; // patterns without literals: always run
#if NET9_0_OR_GREATER
    // Every ASCII literal, found with one vectorized multi-string search (ignoring case, so it finds a superset of the
    // ASCII-case-insensitive occurrences); each hit is checked exactly against the literals starting with its first
    // character. A literal with a non-ASCII character (which is compared exactly) is found by searching for that
    // character alone: a non-ASCII value would switch the multi-string search to its slow Unicode case-folding mode.
    // Most paragraphs hold no literal at all, so the per-character anchor lookup below is skipped.
    private readonly System.Buffers.SearchValues<string>? _literalSearch;
    private readonly Dictionary<char, (string Literal, int Pattern)[]> _byFirstChar = new();
    private readonly (string Literal, int Pivot, int Pattern)[] _nonAsciiLiterals = [];
#endif

    /// <summary>Compiles <paramref name="patterns"/> (.NET regex syntax).</summary>
    public PatternSet(IReadOnlyList<string> patterns)
    {
        var linear = new List<LinearPattern>(patterns.Count);
        var fallback = new List<Lazy<Regex>>();
        var fallbackPatterns = new List<string>();
        foreach (string pattern in patterns)
        {
            if (LinearPattern.TryCreate(pattern, out var compiled)) linear.Add(compiled!);
            else
            {
                fallback.Add(LazyRegex.Create(pattern, FallbackOptions));
                fallbackPatterns.Add(pattern);
            }
        }
        _linear = linear.ToArray();
        _fallback = fallback.ToArray();
        FallbackPatterns = fallbackPatterns;

        var ascii = new List<(string, int, int)>?[128];
        var other = new Dictionary<char, List<(string, int, int)>>();
        var unfiltered = new List<int>();
        for (int p = 0; p < _linear.Length; p++)
        {
            var literals = _linear[p].RequiredLiterals;
            if (literals.Count == 0)
            {
                unfiltered.Add(p);
                continue;
            }
            foreach (string literal in literals)
            {
                int anchor = 0;
                while (anchor < literal.Length - 1 && literal[anchor] == ' ') anchor++;
                char c = literal[anchor];
                if (c < 128) (ascii[c] ??= new()).Add((literal, anchor, p));
                else
                {
                    if (!other.TryGetValue(c, out var list)) other[c] = list = new();
                    list.Add((literal, anchor, p));
                }
            }
        }
        for (int c = 0; c < 128; c++) _asciiAnchors[c] = ascii[c]?.ToArray();
        foreach (var (c, list) in other) _otherAnchors[c] = list.ToArray();
        _unfiltered = unfiltered.ToArray();
#if NET9_0_OR_GREATER
        var byFirst = new Dictionary<char, List<(string, int)>>();
        var nonAscii = new List<(string, int, int)>();
        var asciiLiterals = new HashSet<string>(StringComparer.Ordinal);
        for (int p = 0; p < _linear.Length; p++)
            foreach (string literal in _linear[p].RequiredLiterals)
            {
                if (literal.Length == 0) return; // matches anywhere: keep the anchor loop (never for real patterns)
                int pivot = literal.AsSpan().IndexOfAnyExceptInRange('\0', '\u007F');
                if (pivot >= 0)
                {
                    nonAscii.Add((literal, pivot, p));
                    continue;
                }
                asciiLiterals.Add(literal);
                if (!byFirst.TryGetValue(literal[0], out var list)) byFirst[literal[0]] = list = new();
                list.Add((literal, p));
            }
        foreach (var (c, list) in byFirst) _byFirstChar[c] = list.ToArray();
        _nonAsciiLiterals = nonAscii.ToArray();
        _literalSearch = System.Buffers.SearchValues.Create(asciiLiterals.Order(StringComparer.Ordinal).ToArray(), StringComparison.OrdinalIgnoreCase);
#endif
    }

    /// <summary>The patterns that needed the Regex fallback (none for the shipped data files; tests check).</summary>
    public IReadOnlyList<string> FallbackPatterns { get; }

    /// <summary>The patterns compiled as <see cref="LinearPattern"/>.</summary>
    public IReadOnlyList<LinearPattern> Linear => _linear;

    /// <summary>True when any pattern matches somewhere in <paramref name="text"/>.</summary>
    public bool IsMatch(ReadOnlySpan<char> text)
    {
        if (_linear.Length > 0 && MatchLinear(text)) return true;
        foreach (var regex in _fallback)
            if (regex.Value.IsMatch(text)) return true;
        return false;
    }

    private bool MatchLinear(ReadOnlySpan<char> text)
    {
        Span<bool> candidate = _linear.Length <= StackPatterns ? stackalloc bool[_linear.Length] : new bool[_linear.Length];
        // The Kelvin sign matches k ignoring case in a regex, but not in the ASCII comparison below: run them all.
        if (text.Contains('\u212A')) candidate.Fill(true);
        else
        {
            foreach (int p in _unfiltered) candidate[p] = true;
#if NET9_0_OR_GREATER
            if (_literalSearch is not null) MarkLiterals(text, candidate);
            else MarkAnchored(text, candidate);
#else
            MarkAnchored(text, candidate);
#endif
        }
        for (int p = 0; p < _linear.Length; p++)
            if (candidate[p] && _linear[p].RunAutomaton(text)) return true;
        return false;
    }

    /// <summary>Marks the patterns whose literal occurs in <paramref name="text"/>, looking up each character's anchored literals.</summary>
    private void MarkAnchored(ReadOnlySpan<char> text, Span<bool> candidate)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            (string Literal, int Anchor, int Pattern)[]? anchored;
            if (c < 128)
            {
                if (char.IsAsciiLetterUpper(c)) c = (char)(c | 0x20);
                anchored = _asciiAnchors[c];
            }
            else if (_otherAnchors.Count == 0 || !_otherAnchors.TryGetValue(c, out anchored)) continue;
            if (anchored is null) continue;
            foreach (var (literal, anchor, pattern) in anchored)
                if (!candidate[pattern] && LinearPattern.StartsWithIgnoreAsciiCase(text, i - anchor, literal)) candidate[pattern] = true;
        }
    }

#if NET9_0_OR_GREATER
    /// <summary>Marks the patterns whose literal occurs in <paramref name="text"/> (ASCII letters in either case), as the anchor loop does.</summary>
    private void MarkLiterals(ReadOnlySpan<char> text, Span<bool> candidate)
    {
        int from = 0;
        while (from < text.Length)
        {
            int k = text[from..].IndexOfAny(_literalSearch!);
            if (k < 0) break;
            int at = from + k;
            char c = text[at];
            if (char.IsAsciiLetterUpper(c)) c = (char)(c | 0x20);
            if (_byFirstChar.TryGetValue(c, out var literals))
                foreach (var (literal, pattern) in literals)
                    if (!candidate[pattern] && LinearPattern.StartsWithIgnoreAsciiCase(text, at, literal)) candidate[pattern] = true;
            from = at + 1;
        }
        foreach (var (literal, pivot, pattern) in _nonAsciiLiterals)
        {
            // The pivot is compared exactly (it is not an ASCII letter), so every occurrence holds it at pivot.
            for (int start = pivot; start < text.Length && !candidate[pattern];)
            {
                int k = text[start..].IndexOf(literal[pivot]);
                if (k < 0) break;
                int at = start + k;
                if (LinearPattern.StartsWithIgnoreAsciiCase(text, at - pivot, literal)) candidate[pattern] = true;
                start = at + 1;
            }
        }
    }
#endif
}
