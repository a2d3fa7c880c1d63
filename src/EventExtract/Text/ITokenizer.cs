namespace EventExtract.Text;

/// <summary>Splits text into tokens. Implementations are stateless and thread-safe.</summary>
public interface ITokenizer
{
    /// <summary>Appends to <paramref name="output"/> the tokens of <paramref name="range"/> of <c>output.Text</c>, in order.</summary>
    void Tokenize(TextSpan range, TokenTable output);
}
