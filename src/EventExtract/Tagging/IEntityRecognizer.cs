using EventExtract.Text;

namespace EventExtract.Tagging;

/// <summary>Finds person, organization and location names in a POS-tagged sentence. Thread-safe.</summary>
public interface IEntityRecognizer
{
    /// <summary>Appends the names found in <paramref name="sentence"/> to <paramref name="output"/>, in text order.</summary>
    void Recognize(TokenTable tokens, Sentence sentence, ReadOnlySpan<UniversalPos> tags, List<EntitySpan> output);
}
