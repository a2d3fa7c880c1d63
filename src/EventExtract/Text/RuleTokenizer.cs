using System.Globalization;

namespace EventExtract.Text;

/// <summary>
/// The default tokenizer for news English: a hand-written, single-pass character scanner that
/// produces UD-style tokens (as in UD English EWT and GUM) without allocating per token.
/// </summary>
/// <remarks>
/// Conventions: abbreviations and initials keep their period ("U.S.", "Dr.", "J."); clitics and
/// possessives are split ("do" + "n't", "I" + "'m", "Afghanistan" + "’s"); hyphenated words are split
/// into word, "-", word unless the first part is a known prefix ("e-mail", "co-founder");
/// "5%" is "5" + "%" and "$5" is "$" + "5"; numbers keep their separators ("1,000.5", "9/11", "5:00");
/// runs of ". ! ?" ("...", "?!") and dash runs ("--", "––") are one token; URLs, e-mail addresses
/// and emoji sequences are one token. Whitespace and control characters separate tokens.
/// Never throws on any input and runs in time linear in the input length.
/// </remarks>
public sealed class RuleTokenizer : ITokenizer
{
    private readonly TextLexicon _lexicon;

    /// <summary>The shared instance (stateless).</summary>
    public static RuleTokenizer Instance { get; } = new();

    /// <summary>Creates a tokenizer using the embedded word lists.</summary>
    public RuleTokenizer() : this(TextLexicon.Default)
    {
    }

    internal RuleTokenizer(TextLexicon lexicon) => _lexicon = lexicon;

    /// <inheritdoc />
    public void Tokenize(TextSpan range, TokenTable output)
    {
        ArgumentNullException.ThrowIfNull(output);
        string t = output.Text;
        int end = Math.Min(range.End, t.Length);
        int i = Math.Max(0, range.Start);
        // The next '@' at or after i (or -1): words far from any '@' skip the e-mail scan, which otherwise reads every word twice.
        int nextAt = i < end ? t.IndexOf('@', i, end - i) : -1;
        while (i < end)
        {
            if (IsSeparator(t[i])) { i++; continue; }
            if (nextAt >= 0 && nextAt < i) nextAt = t.IndexOf('@', i, end - i);
            int next = ScanToken(t, i, end, range.Start, nextAt, output);
            i = next > i ? next : i + 1; // defensive: always make progress
        }
    }

    private int ScanToken(string t, int i, int end, int rangeStart, int nextAt, TokenTable output)
    {
        char c = t[i];
        if (WordCharLength(t, i, end) > 0) return ScanWord(t, i, end, rangeStart, nextAt, output);

        switch (c)
        {
            case '.' or '!' or '?':
            {
                if (c == '.' && i + 1 < end && IsAsciiDigit(t[i + 1]) && (i == 0 || !IsWordCharAt(t, i - 1)))
                    return ScanWord(t, i, end, rangeStart, nextAt, output); // ".5"
                int j = i + 1;
                while (j < end && t[j] is '.' or '!' or '?') j++;
                output.Add(i, j, TokenKind.Punctuation);
                return j;
            }
            case '…':
            {
                int j = i + 1;
                while (j < end && t[j] == '…') j++;
                output.Add(i, j, TokenKind.Punctuation);
                return j;
            }
            case ':' or ';' when TryEmoticon(t, i, end, out int emoEnd):
                output.Add(i, emoEnd, TokenKind.Emoji);
                return emoEnd;
            case ',' or ';' or ':' or '、' or '¿' or '¡':
                output.Add(i, i + 1, TokenKind.Punctuation);
                return i + 1;
            case '-' or '\u2010' or '\u2011':
            {
                int j = i + 1;
                while (j < end && t[j] is '-' or '\u2010' or '\u2011') j++;
                bool spaced = (i == 0 || char.IsWhiteSpace(t[i - 1])) && (j >= end || char.IsWhiteSpace(t[j]));
                output.Add(i, j, j - i >= 2 || spaced ? TokenKind.Dash : TokenKind.Punctuation);
                return j;
            }
            case '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2E3A' or '\u2E3B':
            {
                int j = i + 1;
                while (j < end && t[j] is '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2E3A' or '\u2E3B') j++;
                output.Add(i, j, TokenKind.Dash);
                return j;
            }
            case '\'' or '‘' or '’' or '`' or 'ʼ':
                return ScanSingleQuote(t, i, end, output);
            case '"' or '“' or '”' or '„' or '‟' or '«' or '»' or '‹' or '›':
                output.Add(i, i + 1, TokenKind.Quote);
                return i + 1;
            case '(' or ')' or '[' or ']' or '{' or '}' or '⟨' or '⟩' or '〈' or '〉':
                output.Add(i, i + 1, TokenKind.Bracket);
                return i + 1;
            case '%' or '‰' or '‱':
                output.Add(i, i + 1, TokenKind.Percent);
                return i + 1;
        }

        if (char.IsSurrogate(c))
        {
            if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(t[i + 1]))
            {
                int cp = char.ConvertToUtf32(c, t[i + 1]);
                if (IsEmojiStart(cp)) return ScanEmoji(t, i, end, output);
                output.Add(i, i + 2, TokenKind.Symbol);
                return i + 2;
            }
            output.Add(i, i + 1, TokenKind.Symbol); // lone surrogate: keep it, never throw
            return i + 1;
        }
        if (IsEmojiStart(c)) return ScanEmoji(t, i, end, output);

        if (char.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol)
        {
            int j = i + 1;
            while (j < end && t[j] == c) j++; // "$$$"
            output.Add(i, j, TokenKind.Currency);
            return j;
        }
        if (c == '#' && i + 1 < end && char.IsLetter(t[i + 1]) && (i == 0 || !IsWordCharAt(t, i - 1)))
        {
            int j = i + 1;
            while (j < end && (WordCharLength(t, j, end) > 0 || t[j] == '_')) j++; // hashtag
            output.Add(i, j, TokenKind.Word);
            return j;
        }

        // Other symbols: a run of the same character is one token ("***", "====", ">>").
        int k = i + 1;
        while (k < end && t[k] == c) k++;
        output.Add(i, k, TokenKind.Symbol);
        return k;
    }

    /// <summary>Scans a word, number, abbreviation, URL or e-mail starting at <paramref name="start"/>.</summary>
    private int ScanWord(string t, int start, int end, int rangeStart, int nextAt, TokenTable output)
    {
        if (StartsUrl(t, start, end)) return ScanUrl(t, start, end, output);
        // EmailEnd looks at most 128 characters ahead for the '@'.
        int mail = nextAt >= start && nextAt - start < 128 ? EmailEnd(t, start, end) : -1;
        if (mail > 0)
        {
            output.Add(start, mail, TokenKind.Email);
            return mail;
        }

        int j = start;
        int segStart = start;      // start of the current part between hyphens/periods
        bool hasLetter = false, hasDigit = false, innerDot = false, onlyShortDottedParts = true;
        if (t[j] == '.') { j++; segStart = j; } // ".5"
        while (j < end)
        {
            char a = t[j];
            if ((uint)((a | 0x20) - 'a') <= 'z' - 'a' && a < 0x80)
            {
                // ASCII letter, the common case: as the general path below, without the Unicode lookups.
                if (hasDigit && !hasLetter && j > start && IsAsciiDigit(t[j - 1]) && UnitLength(t, j, end) > 0) break;
                hasLetter = true;
                j++;
                continue;
            }
            if (IsAsciiDigit(a))
            {
                hasDigit = true;
                j++;
                continue;
            }
            int w = WordCharLength(t, j, end);
            if (w > 0 && hasDigit && !hasLetter && j > start && IsAsciiDigit(t[j - 1]) && char.IsLetter(t[j]) && UnitLength(t, j, end) > 0)
                break; // "5pm", "35mm": the unit is its own token
            if (w > 0)
            {
                if (IsAsciiDigit(t[j]) || (w == 1 && char.IsDigit(t[j]))) hasDigit = true; else hasLetter = true;
                j += w;
                continue;
            }
            if (j + 1 >= end || j == start) break;
            char c = t[j];
            char prev = t[j - 1];
            char next = t[j + 1];
            bool nextWord = WordCharLength(t, j + 1, end) > 0;
            if (c == '.')
            {
                if (!nextWord) break;
                // "end.The" with a missing space: a long lower-case part before a capital is two sentences.
                if (char.IsUpper(next) && j - segStart > 3 && !IsAllUpper(t, segStart, j)) break;
                if (j - segStart > 2 || !IsAllLetters(t, segStart, j)) onlyShortDottedParts = false;
                innerDot = true;
                j++;
                segStart = j;
                continue;
            }
            if (c == ',' && IsAsciiDigit(prev) && IsThousandsGroup(t, j + 1, end))
            {
                j++;
                continue;
            }
            if (c == ':' && IsAsciiDigit(prev) && IsTwoDigits(t, j + 1, end)
                || c == '/' && IsAsciiDigit(prev) && IsAsciiDigit(next) && !IsSimpleFraction(t, segStart, j, end)
                || c == '/' && j - segStart == 1 && char.IsLetter(prev) && IsShortLetterGroup(t, j + 1, end))
            {
                j++;
                continue;
            }
            if (c == '&' && char.IsUpper(prev) && char.IsUpper(next))
            {
                j++;
                continue;
            }
            if (c == '_' && nextWord)
            {
                j++;
                continue;
            }
            if (c is '-' or '\u2010' or '\u2011')
            {
                if (!nextWord)
                {
                    // A truncated word or suspended prefix keeps its hyphen: "pro- and anti-war", "accou-".
                    if (char.IsWhiteSpace(next) && char.IsLetter(prev) && IsSuspendedHyphen(t, j + 1, end)) { j++; }
                    break;
                }
                bool prefix = segStart == start && (start == 0 || t[start - 1] is not ('-' or '\u2010' or '\u2011'))
                    && IsAllLetters(t, segStart, j) && _lexicon.IsHyphenPrefix(t.AsSpan(segStart, j - segStart));
                if (IsDayMonthYear(t, segStart, j, end))
                {
                    j += 5; // past "-Feb-"
                    segStart = j;
                    continue;
                }
                if (prefix || IsPhoneGroup(t, segStart, j, end))
                {
                    j++;
                    segStart = j;
                    continue;
                }
                break;
            }
            if (c == '`' && next is 's' && (j + 2 >= end || WordCharLength(t, j + 2, end) == 0))
            {
                EmitWord(t, start, j, hasLetter, hasDigit, output);
                output.Add(j, j + 2, TokenKind.Clitic); // "mama`s"
                return j + 2;
            }
            if (c is '\'' or '’' or 'ʼ')
            {
                int clitic = CliticLength(t, j, end);
                if (clitic > 0)
                {
                    EmitWord(t, start, j, hasLetter, hasDigit, output);
                    output.Add(j, j + clitic, TokenKind.Clitic);
                    return j + clitic;
                }
                if (next is 't' or 'T' && prev is 'n' or 'N' && j - 1 > start
                    && (j + 2 >= end || WordCharLength(t, j + 2, end) == 0))
                {
                    EmitWord(t, start, j - 1, hasLetter, hasDigit, output);
                    output.Add(j - 1, j + 2, TokenKind.Clitic);
                    return j + 2;
                }
                if (char.IsLetter(next))
                {
                    j++; // O'Brien, rock'n'roll
                    continue;
                }
                break;
            }
            break;
        }

        // A period after the word belongs to it when the word is an abbreviation or initial.
        if (j < end && t[j] == '.' && !(j + 2 < end && t[j + 1] == '.' && t[j + 2] == '.') && hasLetter)
        {
            bool dotted = innerDot && onlyShortDottedParts && j - segStart <= 2 && !hasDigit;
            if (IsAbbreviation(t, start, j, end, dotted))
            {
                output.Add(start, j + 1, TokenKind.Abbreviation);
                return j + 1;
            }
        }
        // A list number at the start of a line or after a sentence end keeps its period: "1. First point".
        if (j < end && t[j] == '.' && hasDigit && !hasLetter && j - start <= 2 && j + 1 < end && t[j + 1] == ' '
            && (IsLineStart(t, start, rangeStart) || AfterSentenceEnd(t, start, rangeStart) && j + 2 < end && char.IsUpper(t[j + 2])))
        {
            output.Add(start, j + 1, TokenKind.Number);
            return j + 1;
        }
        EmitWord(t, start, j, hasLetter, hasDigit, output);
        return j;
    }

    /// <summary>True when "and"/"or"/"to" follows: "pre- and post-war".</summary>
    private static bool IsSuspendedHyphen(string t, int i, int end)
    {
        while (i < end && t[i] == ' ') i++;
        var rest = t.AsSpan(i, Math.Min(4, end - i));
        return rest.StartsWith("and ", StringComparison.Ordinal) || rest.StartsWith("or ", StringComparison.Ordinal)
            || rest.StartsWith("to ", StringComparison.Ordinal) || rest.StartsWith("nor ", StringComparison.Ordinal);
    }

    private static bool AfterSentenceEnd(string t, int i, int rangeStart)
    {
        int k = i - 1;
        if (k < rangeStart || t[k] != ' ') return false;
        while (k >= rangeStart && k >= i - 8 && t[k] == ' ') k--;
        return k >= rangeStart && t[k] is '.' or '!' or '?' or ':';
    }

    /// <summary>Length of a unit suffix ("pm", "mm", "k") at <paramref name="i"/> that ends the word, or 0.</summary>
    private int UnitLength(string t, int i, int end)
    {
        int k = i;
        while (k < end && k - i <= 4 && (IsAsciiLetterOrDigit(t[k]) && !IsAsciiDigit(t[k]))) k++;
        if (k - i > 4 || (k < end && WordCharLength(t, k, end) > 0)) return 0;
        return _lexicon.IsUnit(t.AsSpan(i, k - i)) ? k - i : 0;
    }

    /// <summary>"1/2", "3/4": single digits around a slash are a fraction, split as in UD; "9/11" and dates stay whole.</summary>
    private static bool IsSimpleFraction(string t, int segStart, int slash, int end) =>
        slash - segStart == 1 && slash + 2 <= end && (slash + 2 == end || !IsAsciiLetterOrDigit(t[slash + 2]) && t[slash + 2] != '/')
        && (segStart == 0 || t[segStart - 1] != '/');

    private static bool IsLineStart(string t, int i, int rangeStart)
    {
        for (int k = i - 1; k >= rangeStart && k >= i - 16; k--)
        {
            if (t[k] == '\n') return true;
            if (t[k] is not (' ' or '\t')) return false;
        }
        return i - rangeStart <= 16;
    }

    private static bool IsTwoDigits(string t, int i, int end) =>
        i + 2 <= end && IsAsciiDigit(t[i]) && IsAsciiDigit(t[i + 1]) && (i + 2 == end || !IsAsciiDigit(t[i + 2]));

    /// <summary>One or two letters followed by a non-letter: the second half of "b/c", "w/o".</summary>
    private static bool IsShortLetterGroup(string t, int i, int end)
    {
        int k = i;
        while (k < end && k - i < 3 && char.IsLetter(t[k])) k++;
        return k - i is 1 or 2 && (k == end || !char.IsLetterOrDigit(t[k]));
    }

    /// <summary>"01-Feb-02": a day, a three-letter month and a year joined by hyphens.</summary>
    private bool IsDayMonthYear(string t, int segStart, int hyphen, int end)
    {
        int dayLength = hyphen - segStart;
        if (dayLength is < 1 or > 2 || !IsAllDigits(t, segStart, hyphen)) return false;
        int m = hyphen + 1;
        if (m + 5 > end || !IsAllLetters(t, m, m + 3) || t[m + 3] != '-' || !IsAsciiDigit(t[m + 4])) return false;
        return _lexicon.GetAbbreviation(t.AsSpan(m, 3)) == AbbreviationClass.Month;
    }

    private bool IsAbbreviation(string t, int start, int end, int textEnd, bool dottedShape)
    {
        if (dottedShape) return true;                               // U.S., e.g., Ph.D., a.m.
        if (end - start == 1 && char.IsUpper(t[start])) return true; // initial: J.
        var cls = _lexicon.GetAbbreviation(t.AsSpan(start, end - start));
        if (cls == AbbreviationClass.None) return false;
        if (cls == AbbreviationClass.Number)
        {
            int k = end + 1;
            while (k < textEnd && t[k] == ' ') k++;
            return k < textEnd && IsAsciiDigit(t[k]);
        }
        return true;
    }

    private void EmitWord(string t, int start, int end, bool hasLetter, bool hasDigit, TokenTable output)
    {
        if (end <= start) return;
        if (hasLetter && !hasDigit)
        {
            int split = _lexicon.GetContractionSplit(t.AsSpan(start, end - start));
            if (split > 0 && split < end - start)
            {
                output.Add(start, start + split, TokenKind.Word);
                bool nt = end - (start + split) == 2 && (t[end - 1] is 't' or 'T');
                output.Add(start + split, end, nt ? TokenKind.Clitic : TokenKind.Word);
                return;
            }
        }
        output.Add(start, end, hasDigit && !hasLetter ? TokenKind.Number : TokenKind.Word);
    }

    /// <summary>Length of a clitic ('s 'm 'd 're 've 'll) starting at the apostrophe <paramref name="j"/>, or 0.</summary>
    private static int CliticLength(string t, int j, int end)
    {
        int n = 0;
        while (j + 1 + n < end && n < 3 && char.IsLetter(t[j + 1 + n])) n++;
        if (n == 0 || n > 2) return 0;
        if (j + 1 + n < end && WordCharLength(t, j + 1 + n, end) > 0) return 0;
        char a = char.ToLowerInvariant(t[j + 1]);
        if (n == 1) return a is 's' or 'm' or 'd' ? 2 : 0;
        char b = char.ToLowerInvariant(t[j + 2]);
        return (a, b) is ('r', 'e') or ('v', 'e') or ('l', 'l') ? 3 : 0;
    }

    private static int ScanSingleQuote(string t, int i, int end, TokenTable output)
    {
        char c = t[i];
        // A possessive apostrophe after a plural: "Galois'", "states’ rights".
        bool afterWord = i > 0 && IsWordCharAt(t, i - 1);
        if (c is '\'' or '’' or 'ʼ' && afterWord && (t[i - 1] is 's' or 'S' or 'z' or 'x'))
        {
            output.Add(i, i + 1, TokenKind.Clitic);
            return i + 1;
        }
        // An abbreviated year: '68, ’90s.
        if (!afterWord && i + 2 < end && IsAsciiDigit(t[i + 1]) && IsAsciiDigit(t[i + 2])
            && (i + 3 == end || !IsAsciiDigit(t[i + 3])))
        {
            int j = i + 3;
            if (j < end && t[j] == 's') j++;
            output.Add(i, j, TokenKind.Number);
            return j;
        }
        // Doubled single quotes used as a double quote: '' ‘’ ``.
        if (i + 1 < end && t[i + 1] is '\'' or '‘' or '’' or '`')
        {
            output.Add(i, i + 2, TokenKind.Quote);
            return i + 2;
        }
        output.Add(i, i + 1, TokenKind.Quote);
        return i + 1;
    }

    private static bool TryEmoticon(string t, int i, int end, out int emoEnd)
    {
        // :) :( :D :P ;) :-) :-( and the like, followed by a space or the end.
        emoEnd = 0;
        int j = i + 1;
        if (j < end && t[j] == '-') j++;
        if (j >= end || t[j] is not (')' or '(' or 'D' or 'P' or 'p' or 'O' or 'o' or '/' or '|')) return false;
        j++;
        while (j < end && (t[j] == ')' || t[j] == '(') && t[j] == t[j - 1]) j++;
        if (j < end && !char.IsWhiteSpace(t[j]) && t[j] is not ('.' or ',' or '!' or '?')) return false;
        if (t[j - 1] is 'D' or 'P' or 'p' or 'O' or 'o' or '/' && j - i == 2 && i > 0 && !char.IsWhiteSpace(t[i - 1])) return false;
        emoEnd = j;
        return true;
    }

    private static bool StartsUrl(string t, int i, int end)
    {
        if ((t[i] | 0x20) is not ('h' or 'f' or 'w')) return false;
        var s = t.AsSpan(i, Math.Min(end - i, 8));
        return s.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || s.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase)
            || (s.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && s.Length > 4 && WordCharLength(t, i + 4, end) > 0);
    }

    private static int ScanUrl(string t, int start, int end, TokenTable output)
    {
        int j = start;
        int parens = 0;
        while (j < end && !IsSeparator(t[j]) && t[j] is not ('"' or '“' or '”' or '<' or '>'))
        {
            if (t[j] == '(') parens++;
            else if (t[j] == ')') parens--;
            j++;
        }
        // Trailing sentence punctuation and closing quotes/brackets are not part of the address.
        while (j > start + 1 && (t[j - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '’' or ']' or '}'
                                  || (t[j - 1] == ')' && parens < 0)))
        {
            if (t[j - 1] == ')') parens++;
            j--;
        }
        output.Add(start, j, TokenKind.Url);
        return j;
    }

    /// <summary>
    /// End of an e-mail address starting at <paramref name="start"/> ("jane.doe@example.com", "Smith@ENRON",
    /// "franz371...@gmail.com" as mailing-list archives shorten them), or -1. Looks at most 128 characters ahead.
    /// </summary>
    private static int EmailEnd(string t, int start, int end)
    {
        int limit = Math.Min(end, start + 128);
        int j = start;
        while (j < limit && (IsAsciiLetterOrDigit(t[j]) || t[j] is '.' or '_' or '%' or '+' or '-')) j++;
        if (j >= limit || t[j] != '@' || j == start || t[j - 1] == '-') return -1;
        int d = j + 1, domainStart = d;
        while (d < limit && (IsAsciiLetterOrDigit(t[d]) || (t[d] is '.' or '-' && d + 1 < limit && IsAsciiLetterOrDigit(t[d + 1]) && d > domainStart))) d++;
        if (d == domainStart) return -1;
        return d;
    }

    private static int ScanEmoji(string t, int i, int end, TokenTable output)
    {
        int j = i;
        int first = ReadCodePoint(t, j, end, out int len);
        j += len;
        bool regional = first is >= 0x1F1E6 and <= 0x1F1FF;
        if (regional && j < end)
        {
            int cp = ReadCodePoint(t, j, end, out int l2);
            if (cp is >= 0x1F1E6 and <= 0x1F1FF) j += l2; // flag: a pair of regional indicators
        }
        while (j < end)
        {
            int cp = ReadCodePoint(t, j, end, out int l);
            if (cp is 0xFE0E or 0xFE0F or 0x20E3 || cp is >= 0x1F3FB and <= 0x1F3FF || cp is >= 0xE0020 and <= 0xE007F)
            {
                j += l;
                continue;
            }
            if (cp == 0x200D && j + 1 < end)
            {
                int nextCp = ReadCodePoint(t, j + 1, end, out int l3);
                if (IsEmojiStart(nextCp))
                {
                    j += 1 + l3;
                    continue;
                }
            }
            break;
        }
        output.Add(i, j, TokenKind.Emoji);
        return j;
    }

    private static int ReadCodePoint(string t, int i, int end, out int length)
    {
        char c = t[i];
        if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(t[i + 1]))
        {
            length = 2;
            return char.ConvertToUtf32(c, t[i + 1]);
        }
        length = 1;
        return c;
    }

    private static bool IsEmojiStart(int cp) =>
        cp is >= 0x1F000 and <= 0x1FAFF
        or >= 0x2600 and <= 0x27BF
        or >= 0x2B00 and <= 0x2BFF
        or >= 0x231A and <= 0x23FF
        or 0x3030 or 0x303D or 0x3297 or 0x3299;

    /// <summary>Length (1 or 2 code units) of the letter, digit or mark at <paramref name="i"/>, or 0.</summary>
    private static int WordCharLength(string t, int i, int end)
    {
        char c = t[i];
        if (c < 0x80) return IsAsciiLetterOrDigit(c) ? 1 : 0;
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 >= end || !char.IsLowSurrogate(t[i + 1])) return 0;
            var cat = CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, t[i + 1]));
            return IsWordCategory(cat) ? 2 : 0;
        }
        if (char.IsSurrogate(c)) return 0;
        if (c == '\u00AD') return 1; // soft hyphen inside a word
        if (c is 'º' or 'ª') return 0; // ordinal indicators double as degree signs: 24º
        return IsWordCategory(char.GetUnicodeCategory(c)) ? 1 : 0;
    }

    private static bool IsWordCharAt(string t, int i)
    {
        char c = t[i];
        if (c < 0x80) return IsAsciiLetterOrDigit(c);
        return !char.IsSurrogate(c) && IsWordCategory(char.GetUnicodeCategory(c));
    }

    private static bool IsWordCategory(UnicodeCategory cat) => cat is UnicodeCategory.UppercaseLetter
        or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
        or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber
        or UnicodeCategory.OtherNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
        or UnicodeCategory.EnclosingMark;

    private static bool IsSeparator(char c) =>
        c < 0x7F ? c <= ' ' // ASCII: space and the C0 controls (DEL is a control too, below)
        : char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    private static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    private static bool IsAsciiLetterOrDigit(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;

    /// <summary>True for exactly three digits followed by a non-digit: the group after a thousands comma.</summary>
    private static bool IsThousandsGroup(string t, int i, int end) =>
        i + 3 <= end && IsAsciiDigit(t[i]) && IsAsciiDigit(t[i + 1]) && IsAsciiDigit(t[i + 2])
        && (i + 3 == end || !IsAsciiDigit(t[i + 3]));

    /// <summary>Phone-number style digit groups joined by a hyphen ("713-853-3989"): three or more digits, then three or more.</summary>
    private static bool IsPhoneGroup(string t, int segStart, int hyphen, int end)
    {
        if (hyphen - segStart != 3 || !IsAllDigits(t, segStart, hyphen)) return false;
        int k = hyphen + 1;
        while (k < end && IsAsciiDigit(t[k])) k++;
        int digits = k - (hyphen + 1);
        return digits >= 4 || (digits == 3 && k < end && t[k] == '-');
    }

    private static bool IsAllDigits(string t, int start, int end)
    {
        for (int k = start; k < end; k++) if (!IsAsciiDigit(t[k])) return false;
        return end > start;
    }

    private static bool IsAllLetters(string t, int start, int end)
    {
        for (int k = start; k < end; k++) if (!char.IsLetter(t[k])) return false;
        return end > start;
    }

    private static bool IsAllUpper(string t, int start, int end)
    {
        for (int k = start; k < end; k++) if (char.IsLower(t[k])) return false;
        return true;
    }
}
