using System.Globalization;

namespace EventExtract.Text;

/// <summary>
/// A character set of <see cref="LinearPattern"/>, with .NET regex meanings under
/// <c>IgnoreCase | CultureInvariant</c>: <c>\w</c> is letters, non-spacing marks, decimal digits and connector
/// punctuation; <c>\d</c> any decimal digit; <c>\s</c> <see cref="char.IsWhiteSpace(char)"/>; ASCII letters match
/// both cases, and k also the Kelvin sign (U+212A), as in the regex case tables. Immutable.
/// </summary>
internal sealed class CharClass
{
    private readonly ulong _asciiLow, _asciiHigh; // membership of chars 0–127 (after negation)
    private readonly (char Lo, char Hi)[] _ranges; // non-ASCII part, before negation
    private readonly Shorthand _categories;
    private readonly bool _negated;

    [Flags]
    private enum Shorthand
    {
        None = 0,
        Word = 1,
        NotWord = 2,
        Space = 4,
        NotSpace = 8,
        Digit = 16,
        NotDigit = 32,
    }

    private CharClass((char, char)[] ranges, Shorthand categories, bool negated)
    {
        _ranges = ranges;
        _categories = categories;
        _negated = negated;
        for (int c = 0; c < 128; c++)
        {
            if (!Evaluate((char)c)) continue;
            if (c < 64) _asciiLow |= 1UL << c;
            else _asciiHigh |= 1UL << (c - 64);
        }
    }

    /// <summary><c>.</c>: anything but a newline.</summary>
    public static CharClass AnyButNewline { get; } = new([('\n', '\n')], Shorthand.None, negated: true);

    /// <summary>A literal character, ignoring case.</summary>
    public static CharClass CaseInsensitive(char c)
    {
        var builder = new Builder();
        builder.AddRange(c, c);
        return builder.Build(negate: false);
    }

    /// <summary>The shorthand class <c>\w \W \s \S \d \D</c> named by <paramref name="letter"/>.</summary>
    public static CharClass OfShorthand(char letter) => new([], ToShorthand(letter), negated: false);

    private static Shorthand ToShorthand(char letter) => letter switch
    {
        'w' => Shorthand.Word,
        'W' => Shorthand.NotWord,
        's' => Shorthand.Space,
        'S' => Shorthand.NotSpace,
        'd' => Shorthand.Digit,
        _ => Shorthand.NotDigit,
    };

    /// <summary>True when <paramref name="c"/> is in the set.</summary>
    public bool Contains(char c) =>
        c < 64 ? (_asciiLow & (1UL << c)) != 0
        : c < 128 ? (_asciiHigh & (1UL << (c - 64))) != 0
        : Evaluate(c);

    private bool Evaluate(char c)
    {
        bool inSet = false;
        foreach (var (lo, hi) in _ranges)
        {
            if (c >= lo && c <= hi)
            {
                inSet = true;
                break;
            }
        }
        if (!inSet && _categories != Shorthand.None)
        {
            inSet = ((_categories & Shorthand.Word) != 0 && IsWordChar(c))
                || ((_categories & Shorthand.NotWord) != 0 && !IsWordChar(c))
                || ((_categories & Shorthand.Space) != 0 && char.IsWhiteSpace(c))
                || ((_categories & Shorthand.NotSpace) != 0 && !char.IsWhiteSpace(c))
                || ((_categories & Shorthand.Digit) != 0 && char.IsDigit(c))
                || ((_categories & Shorthand.NotDigit) != 0 && !char.IsDigit(c));
        }
        return inSet != _negated;
    }

    /// <summary>A <c>\w</c> character: letter, non-spacing mark, decimal digit or connector punctuation.</summary>
    public static bool IsWordChar(char c)
    {
        if (c < 128) return char.IsAsciiLetterOrDigit(c) || c == '_';
        return char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;
    }

    /// <summary>A word character for <c>\b</c>: <c>\w</c> plus the zero-width joiner and non-joiner, as in .NET.</summary>
    public static bool IsBoundaryWordChar(char c) => IsWordChar(c) || c is '\u200C' or '\u200D';

    /// <summary>Collects ranges and shorthand classes of a bracket expression.</summary>
    public sealed class Builder
    {
        private readonly List<(char, char)> _ranges = new();
        private Shorthand _categories;

        /// <summary>Adds <paramref name="lo"/>–<paramref name="hi"/> and, for ASCII letters, their other case.</summary>
        public void AddRange(char lo, char hi)
        {
            _ranges.Add((lo, hi));
            // Case-insensitive: the other case of every ASCII letter in the range, and the Kelvin sign for k.
            for (int c = lo; c <= hi && c < 128; c++)
            {
                if (char.IsAsciiLetterLower((char)c)) _ranges.Add(((char)(c - 32), (char)(c - 32)));
                else if (char.IsAsciiLetterUpper((char)c)) _ranges.Add(((char)(c + 32), (char)(c + 32)));
                if (c is 'k' or 'K') _ranges.Add(('\u212A', '\u212A'));
            }
        }

        /// <summary>Adds a shorthand class (<c>\w</c> and the like).</summary>
        public void AddCategory(char letter) => _categories |= ToShorthand(letter);

        /// <summary>The set, complemented when <paramref name="negate"/>.</summary>
        public CharClass Build(bool negate) => new(_ranges.ToArray(), _categories, negate);
    }
}
