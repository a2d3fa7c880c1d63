namespace EventExtract.Text;

/// <summary>
/// The default tokenizer for news English. Placeholder: words, numbers and single punctuation marks.
/// </summary>
public sealed class RuleTokenizer : ITokenizer
{
    /// <summary>The shared instance (stateless).</summary>
    public static RuleTokenizer Instance { get; } = new();

    /// <inheritdoc />
    public void Tokenize(TextSpan range, TokenTable output)
    {
        string t = output.Text;
        int i = range.Start;
        while (i < range.End)
        {
            char c = t[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int start = i;
            if (char.IsLetterOrDigit(c))
            {
                while (i < range.End && char.IsLetterOrDigit(t[i])) i++;
                output.Add(start, i, char.IsDigit(c) ? TokenKind.Number : TokenKind.Word);
            }
            else
            {
                i++;
                output.Add(start, i, TokenKind.Punctuation);
            }
        }
    }
}
