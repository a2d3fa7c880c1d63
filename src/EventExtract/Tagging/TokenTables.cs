using EventExtract.Text;

namespace EventExtract.Tagging;

/// <summary>Builds a token table from a list of words (words joined by single spaces). For training, scoring and tests.</summary>
internal static class TokenTables
{
    /// <summary>Creates a one-sentence table whose tokens are exactly <paramref name="words"/>.</summary>
    public static (TokenTable Tokens, Sentence Sentence) FromWords(IReadOnlyList<string> words)
    {
        var text = string.Join(' ', words);
        var table = new TokenTable(text, words.Count);
        int pos = 0;
        foreach (var w in words)
        {
            if (w.Length == 0) throw new ArgumentException("Empty word.", nameof(words));
            table.Add(pos, pos + w.Length, Kind(w));
            pos += w.Length + 1;
        }
        return (table, new Sentence(new TextSpan(0, text.Length), 0, words.Count, 0));
    }

    private static TokenKind Kind(string w) =>
        char.IsLetter(w[0]) ? TokenKind.Word : char.IsDigit(w[0]) ? TokenKind.Number : char.IsPunctuation(w[0]) ? TokenKind.Punctuation : TokenKind.Symbol;
}
