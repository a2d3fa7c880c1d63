using EventExtract.Text;

namespace EventExtract.Tagging;

/// <summary>
/// "dinner at Geno 's .", "we went to Del Frisco 's for steak", "Hancock 's is one of them": a name followed by a
/// possessive that no noun follows (the sentence ends, a punctuation mark, or a word of
/// Resources/Tagging/shop-possessive-followers.txt) names a shop or a restaurant after its owner, and UniversalNER tags
/// the possessive as part of that name (in its EWT train split 24 such names of 36 names so followed). The name runs on
/// over the possessive, and a person's name becomes the place. Not after "of" ("a friend of Victor Bout 's ."), where the
/// possessive is a person's. Linear in the names; stateless and thread-safe.
/// </summary>
internal static class ShopPossessiveNames
{
    private static readonly Lazy<HashSet<string>> Followers = new(() =>
        new HashSet<string>(TextResources.ReadLines("shop-possessive-followers.txt"), StringComparer.Ordinal));

    /// <summary>
    /// Returns <paramref name="spans"/> (ordered, non-overlapping names over <paramref name="sentences"/> of
    /// <paramref name="tokens"/>) with shop names run on over their possessive; the same list when none was.
    /// </summary>
    public static IReadOnlyList<EntitySpan> Apply(TokenTable tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntitySpan> spans)
    {
        List<EntitySpan>? result = null;
        int si = 0;
        for (int i = 0; i < spans.Count; i++)
        {
            var s = spans[i];
            int possessive = s.FirstToken + s.TokenCount;
            int sentenceEnd = SentenceEnds.Holding(sentences, tokens.Count, s.FirstToken, ref si);
            bool shop = possessive < sentenceEnd && IsPossessive(tokens.GetChars(possessive))
                && (i + 1 >= spans.Count || spans[i + 1].FirstToken > possessive)
                && (possessive + 1 >= sentenceEnd || EndsNounlessPossessive(tokens.GetChars(possessive + 1)))
                && !(s.FirstToken > 0 && tokens.GetChars(s.FirstToken - 1) is "of");
            if (!shop)
            {
                result?.Add(s);
                continue;
            }
            result ??= EntitySpanLists.CopyOfFirst(spans, i, spans.Count);
            result.Add(new EntitySpan(new TextSpan(s.Span.Start, tokens.GetSpan(possessive).End), s.FirstToken, s.TokenCount + 1,
                s.Type == EntityType.Person ? EntityType.Location : s.Type, s.Confidence));
        }
        return result ?? spans;
    }

    // "'s", "’s", or a bare "s" where the text lost its apostrophe ("McDonald s").
    private static bool IsPossessive(ReadOnlySpan<char> w) => w is "'s" or "’s" or "s";

    // The sentence-closing and list marks ("." "," "?" "!" ";" ":" "...", "!!!") or a follower word: no noun after the possessive.
    private static bool EndsNounlessPossessive(ReadOnlySpan<char> w) =>
        w.Length > 0 && (w[0] is '.' or ',' or '?' or '!' or ';' or ':' || WordSets.Contains(Followers.Value, w));
}
