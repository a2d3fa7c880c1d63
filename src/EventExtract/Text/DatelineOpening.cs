namespace EventExtract.Text;

/// <summary>
/// Where the story starts in a sentence that opens with a news dateline ("KHARTOUM, June 20 (Reuters) - Aid agencies
/// warned …", "MIAMI _ Police said …"): the word after the dateline's dash opens the story's first sentence, so it is
/// capitalized as any first word is, and taggers that read it mid-sentence take it for a name ("Aid"). Read from the
/// tokens alone (before any tagging): an all-capitals word, then only capitalized words, numbers and punctuation up to a
/// dash or underscore within a few tokens. Stateless and thread-safe.
/// </summary>
internal static class DatelineOpening
{
    /// <summary>Most tokens between the city and the dash ("DAR ES SALAAM, Tanzania, Sept. 26 (AFP) -").</summary>
    private const int MaxDatelineTokens = 14;

    /// <summary>
    /// The index of the first story token after the dateline of <paramref name="sentence"/>, or -1 when the sentence
    /// opens with no dateline or nothing follows it.
    /// </summary>
    public static int StoryStart(TokenTable tokens, Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        int first = sentence.FirstToken;
        int end = sentence.EndToken;
        if (sentence.TokenCount < 3 || !IsCapitalsWord(tokens.GetChars(first))) return -1;
        for (int i = first + 1; i < end - 1 && i - first <= MaxDatelineTokens; i++)
        {
            var t = tokens.GetChars(i);
            if (tokens.GetKind(i) == TokenKind.Dash || t is "-" or "_" or "--") return i + 1;
            char c = t[0];
            if (!(char.IsUpper(c) || char.IsDigit(c) || t is "," or "(" or ")" or "." or "/")) return -1;
        }
        return -1;
    }

    /// <summary>Two or more letters, all of them capitals ("NAIROBI", "ST.", "DAR").</summary>
    private static bool IsCapitalsWord(ReadOnlySpan<char> word)
    {
        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c)) return false;
                letters++;
            }
            else if (c is not ('.' or '-' or '\'' or '’')) return false;
        }
        return letters >= 2;
    }
}
