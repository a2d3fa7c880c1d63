namespace EventExtract.Text;

/// <summary>Groups a run of tokens into sentences. Implementations are stateless and thread-safe.</summary>
public interface ISentenceSplitter
{
    /// <summary>
    /// Appends to <paramref name="output"/> the sentences made of tokens
    /// <c>[firstToken, firstToken + tokenCount)</c> of <paramref name="tokens"/>, all in paragraph <paramref name="paragraph"/>.
    /// </summary>
    void Split(TokenTable tokens, int firstToken, int tokenCount, int paragraph, List<Sentence> output);
}
