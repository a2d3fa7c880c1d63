namespace EventExtract.Text;

/// <summary>The default sentence splitter. Placeholder: breaks after . ! ? tokens.</summary>
public sealed class RuleSentenceSplitter : ISentenceSplitter
{
    /// <summary>The shared instance (stateless).</summary>
    public static RuleSentenceSplitter Instance { get; } = new();

    /// <inheritdoc />
    public void Split(TokenTable tokens, int firstToken, int tokenCount, int paragraph, List<Sentence> output)
    {
        int end = firstToken + tokenCount;
        int start = firstToken;
        for (int i = firstToken; i < end; i++)
        {
            var chars = tokens.GetChars(i);
            bool terminal = chars.Length == 1 && (chars[0] == '.' || chars[0] == '!' || chars[0] == '?');
            if (terminal || i == end - 1)
            {
                output.Add(new Sentence(new TextSpan(tokens.GetSpan(start).Start, tokens.GetSpan(i).End), start, i - start + 1, paragraph));
                start = i + 1;
            }
        }
    }
}
