using System.Text.RegularExpressions;

namespace EventExtract.Text;

/// <summary>
/// Case-insensitive patterns of which any may match, as one <c>p1|p2|…</c> regex would (IgnoreCase,
/// CultureInvariant). Each pattern is a <see cref="LinearPattern"/> (built in microseconds, linear-time matching);
/// one outside its syntax subset falls back to a NonBacktracking <see cref="Regex"/> built on first use.
/// Immutable and thread-safe.
/// </summary>
internal sealed class PatternSet
{
    private const RegexOptions FallbackOptions = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private readonly LinearPattern[] _linear;
    private readonly Lazy<Regex>[] _fallback;

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
    }

    /// <summary>The patterns that needed the Regex fallback (none for the shipped data files; tests check).</summary>
    public IReadOnlyList<string> FallbackPatterns { get; }

    /// <summary>The patterns compiled as <see cref="LinearPattern"/>.</summary>
    public IReadOnlyList<LinearPattern> Linear => _linear;

    /// <summary>True when any pattern matches somewhere in <paramref name="text"/>.</summary>
    public bool IsMatch(ReadOnlySpan<char> text)
    {
        foreach (var pattern in _linear)
            if (pattern.IsMatch(text)) return true;
        foreach (var regex in _fallback)
            if (regex.Value.IsMatch(text)) return true;
        return false;
    }
}
