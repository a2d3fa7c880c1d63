using EventExtract.Places;
using EventExtract.Text;

namespace EventExtract.Tagging;

/// <summary>
/// The document-level passes a recognizer's names go through, in order: edges trimmed, names split at a particle or a
/// hyphened title joined, names after a place prefix made places, then one type per name over the document and non-names
/// dropped. One chain for the pipeline and the name scorer, so that what is scored is what ships. Stateless and thread-safe.
/// </summary>
internal static class NamePostPasses
{
    /// <summary>
    /// Returns <paramref name="spans"/> (ordered, non-overlapping names over <paramref name="sentences"/> of
    /// <paramref name="tokens"/>, tagged <paramref name="pos"/>) after every pass.
    /// </summary>
    public static IReadOnlyList<EntitySpan> Apply(TokenTable tokens, IReadOnlyList<Sentence> sentences, ReadOnlySpan<UniversalPos> pos, IReadOnlyList<EntitySpan> spans)
    {
        // Names split at a particle ("al-", "bin") are joined and trailing function words cut first, so that the whole
        // name, and only the name, is what the document votes on.
        var trimmed = NameEdgeTrimmer.Apply(tokens, pos, spans, PlacesResources.CalendarWords);
        var joined = PlacePrefixNames.Apply(tokens, HyphenedTitleJoiner.Apply(tokens, NameParticleJoiner.Apply(tokens, sentences, trimmed)));
        return NonNameFilter.Apply(tokens, EntityDocumentConsistency.Apply(tokens, sentences, joined));
    }
}
