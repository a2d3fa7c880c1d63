namespace EventExtract.Text;

/// <summary>
/// The default sentence splitter: breaks after ". ! ?" runs and ellipses when a plausible sentence
/// start follows, keeps closing quotes and brackets with their sentence, does not break after titles
/// ("Mr.", "Gen.") or initials ("J."), breaks after other abbreviations ("Inc.", "U.S.") only before a
/// typical sentence-opening word, and treats a line break before a capitalised token as a boundary
/// when the line is short (headlines, list items without final punctuation).
/// </summary>
public sealed class RuleSentenceSplitter : ISentenceSplitter
{
    /// <summary>Lines up to this many characters ending at a line break are taken as complete sentences.</summary>
    private const int ShortLine = 60;

    private readonly TextLexicon _lexicon;

    /// <summary>The shared instance (stateless).</summary>
    public static RuleSentenceSplitter Instance { get; } = new();

    /// <summary>Creates a splitter using the embedded word lists.</summary>
    public RuleSentenceSplitter() : this(TextLexicon.Default)
    {
    }

    internal RuleSentenceSplitter(TextLexicon lexicon) => _lexicon = lexicon;

    /// <inheritdoc />
    public void Split(TokenTable tokens, int firstToken, int tokenCount, int paragraph, List<Sentence> output)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(output);
        int end = Math.Min(firstToken + tokenCount, tokens.Count);
        int start = firstToken;
        int i = firstToken;
        while (i < end)
        {
            int last = i;
            bool brk = false;
            bool abbreviation = false;
            if (IsTerminal(tokens, i, out bool ellipsis))
            {
                last = AbsorbClosers(tokens, i, end);
                if (last + 1 < end) brk = StartsSentence(tokens, last + 1, ellipsis);
                // ("'Where is he?' asked the clerk", "'Stop!' she shouted": a quote closed on its own ? or ! with a
                // lowercase word after it goes on into its reporting clause.)
                if (brk && last > i && tokens.GetKind(last) == TokenKind.Quote && tokens.GetChars(i) is "?" or "!"
                    && char.IsLower(tokens.GetChars(last + 1)[0])) brk = false;
            }
            else if (tokens.GetKind(i) == TokenKind.Abbreviation)
            {
                abbreviation = true;
                last = AbsorbClosers(tokens, i, end);
                if (last + 1 < end) brk = BreaksAfterAbbreviation(tokens, i, last + 1);
            }
            // ("The murder of Dr.\nAnna Berg", "the U.S.\nEmbassy": an abbreviation decides by itself, even at a short line's end.)
            if (!brk && !abbreviation && last + 1 < end && IsLineBreakBoundary(tokens, start, last, last + 1)) brk = true;
            // "Hi John, Thanks for the note": a greeting or closing ending in a comma stands alone.
            if (!brk && last + 1 < end && last - start <= 3 && tokens.GetChars(last) is ","
                && _lexicon.IsSalutation(tokens.GetChars(start)) && char.IsUpper(tokens.GetChars(last + 1)[0])) brk = true;
            // "Great food :) Service was slow": a smiley closes a sentence that has no final punctuation.
            if (!brk && last + 1 < end && tokens.GetKind(last) == TokenKind.Emoji && char.IsUpper(tokens.GetChars(last + 1)[0])) brk = true;

            if (brk || last + 1 >= end)
            {
                Emit(tokens, start, last, paragraph, output);
                start = last + 1;
            }
            i = last + 1;
        }
    }

    private static void Emit(TokenTable tokens, int first, int last, int paragraph, List<Sentence> output) =>
        output.Add(new Sentence(new TextSpan(tokens.GetSpan(first).Start, tokens.GetSpan(last).End), first, last - first + 1, paragraph));

    /// <summary>True for ". ! ?" runs and ellipses.</summary>
    private static bool IsTerminal(TokenTable tokens, int i, out bool ellipsis)
    {
        ellipsis = false;
        if (tokens.GetKind(i) != TokenKind.Punctuation) return false;
        var s = tokens.GetChars(i);
        bool dotsOnly = true;
        foreach (char c in s)
        {
            if (c is not ('.' or '!' or '?' or '…')) return false;
            if (c is '!' or '?') dotsOnly = false;
        }
        ellipsis = dotsOnly && (s.Length > 1 || s[0] == '…');
        return true;
    }

    /// <summary>Extends a sentence end over closing quotes and brackets written against it (<c>."</c>, <c>?)</c>).</summary>
    private static int AbsorbClosers(TokenTable tokens, int i, int end)
    {
        int k = i;
        while (k + 1 < end)
        {
            var kind = tokens.GetKind(k + 1);
            var s = tokens.GetChars(k + 1);
            bool attached = tokens.GetSpan(k + 1).Start == tokens.GetSpan(k).End;
            bool closer = kind switch
            {
                TokenKind.Quote => attached || s[0] is '”' or '’' or '»',
                TokenKind.Clitic => attached && s.Length == 1, // a straight/curly apostrophe closing a quote
                TokenKind.Bracket => s[0] is ')' or ']' or '}',
                TokenKind.Emoji => true, // "Great! :)" keeps the smiley
                _ => false,
            };
            if (!closer)
            {
                // A reference mark after the sentence end: "... in 1805. [6]"
                if (kind == TokenKind.Bracket && s[0] == '[' && k + 3 < end + 0 && k + 3 < tokens.Count
                    && tokens.GetKind(k + 2) == TokenKind.Number && tokens.GetChars(k + 3) is "]" && k + 3 < end)
                {
                    k += 3;
                    continue;
                }
                break;
            }
            k++;
        }
        return k;
    }

    private static bool StartsSentence(TokenTable tokens, int j, bool afterEllipsis)
    {
        var s = tokens.GetChars(j);
        char c = s[0];
        var kind = tokens.GetKind(j);
        if (afterEllipsis) return char.IsUpper(c);
        if (char.IsUpper(c) || char.IsDigit(c)) return true;
        return kind switch
        {
            TokenKind.Quote or TokenKind.Bracket or TokenKind.Dash or TokenKind.Emoji or TokenKind.Symbol or TokenKind.Url
                or TokenKind.Currency or TokenKind.Email => true,
            TokenKind.Punctuation or TokenKind.Clitic or TokenKind.Percent => false,
            _ => char.IsLetter(c), // lower-case starts are common in informal text (measured on EWT)
        };
    }

    private bool BreaksAfterAbbreviation(TokenTable tokens, int abbr, int next)
    {
        var s = tokens.GetChars(abbr);
        var word = s[..^1];
        AbbreviationClass cls;
        if (word.Length == 1 && char.IsUpper(word[0])) cls = AbbreviationClass.Initial;
        else
        {
            cls = _lexicon.GetAbbreviation(word);
            if (cls == AbbreviationClass.None) cls = AbbreviationClass.General; // dotted shapes: U.S., e.g.
        }
        if (cls is AbbreviationClass.Title or AbbreviationClass.Initial) return false;
        if (word.Length > 1 && word.IndexOf('.') >= 0 && (word.SequenceEqual("e.g") || word.SequenceEqual("i.e"))) return false;

        // After "Inc." or "U.S." a new sentence needs evidence: a typical sentence-opening word,
        // or an opening quote followed by a capital.
        var n = tokens.GetChars(next);
        var nextKind = tokens.GetKind(next);
        if (nextKind == TokenKind.Quote && next + 1 < tokens.Count)
            return char.IsUpper(tokens.GetChars(next + 1)[0]);
        return _lexicon.IsSentenceStarter(n);
    }

    /// <summary>
    /// A line break between <paramref name="last"/> and <paramref name="next"/> ends a sentence when the
    /// line is short (a headline or list item) and the next line starts with a capital, digit or symbol.
    /// </summary>
    private static bool IsLineBreakBoundary(TokenTable tokens, int sentenceStart, int last, int next)
    {
        string t = tokens.Text;
        int a = tokens.GetSpan(last).End, b = tokens.GetSpan(next).Start;
        if (t.AsSpan(a, b - a).IndexOf('\n') < 0) return false;
        char c = t[b];
        if (char.IsLower(c)) return false;
        int lineStart = t.LastIndexOf('\n', Math.Max(0, a - 1), Math.Min(a, 2000));
        int lineLength = a - (lineStart + 1);
        if (lineLength <= ShortLine) return true;
        var lastKind = tokens.GetKind(last);
        return lastKind is TokenKind.Punctuation && tokens.GetChars(last)[0] is ':' or ';';
    }
}
