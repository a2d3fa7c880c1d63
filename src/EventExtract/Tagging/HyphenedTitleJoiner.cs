using EventExtract.Text;

namespace EventExtract.Tagging;

/// <summary>
/// Carries a name the recognizer ended at the hyphen of an office (hyphened-titles.txt) over the rest of the office:
/// "the [U.N. Secretary]-General said" (or "-[General]", a name of its own) becomes one name "U.N. Secretary-General" of
/// the first name's type, so the office is one party and "General" no name of its own. Linear in the names; stateless
/// and thread-safe.
/// </summary>
internal static class HyphenedTitleJoiner
{
    private static readonly Lazy<HashSet<string>> Titles = new(() =>
        new HashSet<string>(TextResources.ReadLines("hyphened-titles.txt"), StringComparer.OrdinalIgnoreCase));

    /// <summary>Returns <paramref name="spans"/> (ordered names over <paramref name="tokens"/>) with split offices joined; the same list when none was.</summary>
    public static IReadOnlyList<EntitySpan> Apply(TokenTable tokens, IReadOnlyList<EntitySpan> spans)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(spans);
        List<EntitySpan>? joined = null;
        for (int i = 0; i < spans.Count; i++)
        {
            var s = spans[i];
            int last = s.FirstToken + s.TokenCount - 1;
            // (The word after the hyphen may be a name of its own, "[General]", or none.)
            bool nextIsPart = i + 1 < spans.Count && spans[i + 1].FirstToken == last + 2;
            if (last + 2 < tokens.Count && NameParticleJoiner.IsJoiningHyphen(tokens, last + 1) && IsOffice(tokens, last)
                && !(nextIsPart && spans[i + 1].TokenCount != 1) && !(i + 1 < spans.Count && spans[i + 1].FirstToken == last + 1))
            {
                joined ??= EntitySpanLists.CopyOfFirst(spans, i, spans.Count);
                joined.Add(new EntitySpan(new TextSpan(s.Span.Start, tokens.GetSpan(last + 2).End), s.FirstToken, s.TokenCount + 2, s.Type, s.Confidence));
                if (nextIsPart) i++;
                continue;
            }
            joined?.Add(s);
        }
        return joined ?? spans;
    }

    // The words at t, t + 1 (the hyphen) and t + 2, written together, spell an office of the list.
    private static bool IsOffice(TokenTable tokens, int t) => WordSets.ContainsJoined(Titles.Value, tokens, t, 3);
}
