using EventExtract.Text;

namespace EventExtract.Tagging;

/// <summary>Assigns a Universal POS tag to every token of a sentence. Thread-safe.</summary>
public interface IPosTagger
{
    /// <summary>Writes the tags of the tokens of <paramref name="sentence"/> into <paramref name="tags"/> (indexed like the token table).</summary>
    void Tag(TokenTable tokens, Sentence sentence, Span<UniversalPos> tags);
}
