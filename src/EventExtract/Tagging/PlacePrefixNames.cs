using EventExtract.Text;

namespace EventExtract.Tagging;

/// <summary>
/// "held talks … at Camp [David]", "troops from Fort [Bragg]": a person name right after a word that opens place names
/// (Resources/Tagging/place-name-prefixes.txt) that is no name of its own is that place's name, so the words join and
/// the whole becomes a location; "[Camp David]" read as a person is retyped. Not after a title or another name
/// ("President Camp", "Dave Camp" are people). Linear in the names; stateless and thread-safe.
/// </summary>
internal static class PlacePrefixNames
{
    private static readonly Lazy<HashSet<string>> Prefixes = new(() =>
        new HashSet<string>(TextResources.ReadLines("place-name-prefixes.txt"), StringComparer.Ordinal));

    /// <summary>
    /// Returns <paramref name="spans"/> (ordered, non-overlapping names over <paramref name="tokens"/>) with person names
    /// after a place prefix made places that take the prefix in; the same list when none was.
    /// </summary>
    public static IReadOnlyList<EntitySpan> Apply(TokenTable tokens, IReadOnlyList<EntitySpan> spans)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(spans);
        List<EntitySpan>? result = null;
        for (int i = 0; i < spans.Count; i++)
        {
            var s = spans[i];
            int first = s.FirstToken;
            bool prefixInside = s.Type == EntityType.Person && s.TokenCount >= 2 && IsPrefix(tokens, first) && !AfterName(tokens, spans, i, first);
            bool prefixBefore = s.Type == EntityType.Person && first > 0 && IsPrefix(tokens, first - 1)
                && (i == 0 || spans[i - 1].FirstToken + spans[i - 1].TokenCount < first) && !AfterName(tokens, spans, i, first - 1)
                && tokens.GetSpan(first - 1).End < tokens.GetSpan(first).Start;
            if (!prefixInside && !prefixBefore)
            {
                result?.Add(s);
                continue;
            }
            result ??= EntitySpanLists.CopyOfFirst(spans, i, spans.Count);
            if (prefixBefore) first--;
            int end = s.FirstToken + s.TokenCount;
            result.Add(new EntitySpan(new TextSpan(tokens.GetSpan(first).Start, tokens.GetSpan(end - 1).End), first, end - first, EntityType.Location, s.Confidence));
        }
        return result ?? spans;
    }

    /// <summary>True when the first word of <paramref name="span"/> in <paramref name="text"/> opens place names ("Camp David").</summary>
    internal static bool StartsWithPrefix(string text, TextSpan span)
    {
        var words = span.Slice(text);
        int space = words.IndexOf(' ');
        return space > 0 && WordSets.Contains(Prefixes.Value, words[..space]);
    }

    private static bool IsPrefix(TokenTable tokens, int t) => WordSets.Contains(Prefixes.Value, tokens.GetChars(t));

    // ("Dave Camp", "President Camp": a capitalized word or name right before the prefix makes it a surname.)
    private static bool AfterName(TokenTable tokens, IReadOnlyList<EntitySpan> spans, int i, int prefix)
    {
        if (prefix == 0) return false;
        if (i > 0 && spans[i - 1].FirstToken + spans[i - 1].TokenCount == prefix) return true;
        var before = tokens.GetChars(prefix - 1);
        return before.Length > 0 && char.IsUpper(before[0]) && tokens.GetKind(prefix - 1) != TokenKind.Punctuation;
    }
}
