using EventExtract.Text;

namespace EventExtract.Tagging;

/// <summary>
/// Names ending in an organization's head word (Resources/Tagging/organization-heads.txt: "Corporation", "Council",
/// "Court", "Ministry", "University", ...) are organizations: the recognizer reads "[Carr Futures]" as a person and
/// "[Collins College]" as a place, and stops short of capitalized words it never saw ("[British Columbia] Lottery
/// Corporation", "[Kenya] [Wildlife Service]"), which this pass takes into the name up to its last head word. A name of
/// one word that is a head ("[Court]") is left as it is. Linear in the names; stateless and thread-safe.
/// </summary>
internal static class OrganizationHeadNames
{
    /// <summary>Most words of an organization's name the pass builds or reads.</summary>
    private const int MaxNameWords = 6;

    private static readonly Lazy<HashSet<string>> Heads = new(() =>
        new HashSet<string>(TextResources.ReadLines("organization-heads.txt"), StringComparer.Ordinal));

    /// <summary>True for a head word of organization-heads.txt.</summary>
    internal static bool IsHead(ReadOnlySpan<char> word) => WordSets.Contains(Heads.Value, word);

    /// <summary>
    /// Returns <paramref name="spans"/> (ordered, non-overlapping names over <paramref name="sentences"/> of
    /// <paramref name="tokens"/>) with names ending in a head word typed as organizations and names followed, in their
    /// sentence, by capitalized words up to a head word run on over them; the same list when nothing changed.
    /// </summary>
    public static IReadOnlyList<EntitySpan> Apply(TokenTable tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntitySpan> spans)
    {
        List<EntitySpan>? result = null;
        int si = 0;
        for (int i = 0; i < spans.Count; i++)
        {
            var s = spans[i];
            int end = s.FirstToken + s.TokenCount;
            int sentenceEnd = SentenceEnds.Holding(sentences, tokens.Count, s.FirstToken, ref si);
            // head: the end of the name through its last head word; next: the first name after it.
            int head = s.TokenCount >= 2 && IsHead(tokens.GetChars(end - 1)) ? end : -1, next = i + 1;
            int k = end, j = i + 1;
            while (k < sentenceEnd && k - s.FirstToken < MaxNameWords && (IsNameWord(tokens.GetChars(k)) || IsPluralPossessiveMark(tokens, k, sentenceEnd)))
            {
                if (j < spans.Count && spans[j].FirstToken == k)
                {
                    k = spans[j].FirstToken + spans[j].TokenCount;
                    j++;
                }
                else k++;
                if (k <= sentenceEnd && k - s.FirstToken <= MaxNameWords && IsHead(tokens.GetChars(k - 1)) && k > end)
                {
                    head = k;
                    next = j;
                }
            }
            if (head < 0 || (head == end && s.Type == EntityType.Organization))
            {
                result?.Add(s);
                continue;
            }
            result ??= EntitySpanLists.CopyOfFirst(spans, i, spans.Count);
            result.Add(new EntitySpan(new TextSpan(tokens.GetSpan(s.FirstToken).Start, tokens.GetSpan(head - 1).End), s.FirstToken, head - s.FirstToken,
                EntityType.Organization, Math.Max(s.Confidence, 1f)));
            i = next - 1;
        }
        return WithUntaggedNames(tokens, sentences, result ?? (IReadOnlyList<EntitySpan>)spans);
    }

    // Words that open a sentence's capitalized run without being part of the name after them.
    private static bool IsArticle(ReadOnlySpan<char> w) => w is "The" or "A" or "An";

    /// <summary>
    /// Adds the runs of two or more capitalized words ending in a head word that the recognizer left untagged ("Isabel Ruiz
    /// of Heaven Sent Gaming"), when no capitalized word stands right after the head (a title-case headline runs on) and the
    /// run is not inside a longer one. A sentence's leading article is left out.
    /// </summary>
    private static IReadOnlyList<EntitySpan> WithUntaggedNames(TokenTable tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntitySpan> spans)
    {
        List<EntitySpan>? added = null;
        int next = 0;
        foreach (var sentence in sentences)
        {
            int first = sentence.FirstToken, end = Math.Min(sentence.FirstToken + sentence.TokenCount, tokens.Count);
            for (int t = first + 1; t < end; t++)
            {
                var w = tokens.GetChars(t);
                if (w.Length < 2 || !char.IsUpper(w[0]) || !IsHead(w)) continue;
                while (next < spans.Count && spans[next].FirstToken + spans[next].TokenCount <= t) next++;
                if (next < spans.Count && spans[next].FirstToken <= t) continue;
                if (t + 1 < end && char.IsUpper(tokens.GetChars(t + 1)[0])) continue;
                int limit = Math.Max(first, next > 0 ? spans[next - 1].FirstToken + spans[next - 1].TokenCount : first);
                // "CCNG , Inc.": a company's legal form after a comma closes the name before the comma.
                int start = t;
                if (t - 2 >= limit && tokens.GetChars(t - 1) is "," && NameEdgeTrimmer.IsCompanyForm(w) && IsNameWord(tokens.GetChars(t - 2))) start = t - 2;
                while (start - 1 >= limit && t - start + 1 < MaxNameWords && (IsNameWord(tokens.GetChars(start - 1)) || IsPluralPossessiveMark(tokens, start - 1, end))) start--;
                if (start - 1 >= limit && char.IsUpper(tokens.GetChars(start - 1)[0])) continue;
                if (start == first && IsArticle(tokens.GetChars(start))) start++;
                if (start == t) continue;
                (added ??= new List<EntitySpan>()).Add(new EntitySpan(new TextSpan(tokens.GetSpan(start).Start, tokens.GetSpan(t).End),
                    start, t - start + 1, EntityType.Organization, 1f));
            }
        }
        if (added is null) return spans;
        var all = spans.Concat(added).ToList();
        all.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        return all;
    }

    /// <summary>
    /// The apostrophe of a plural possessive inside a name ("Alberta Teachers' Association", "National Farmers' Union"):
    /// written right after a capitalized word ending in "s" and followed by a capitalized word.
    /// </summary>
    private static bool IsPluralPossessiveMark(TokenTable tokens, int k, int sentenceEnd)
    {
        if (k < 1 || k + 1 >= sentenceEnd || tokens.GetChars(k) is not ("'" or "’")) return false;
        var before = tokens.GetChars(k - 1);
        return before.Length >= 2 && char.IsUpper(before[0]) && before[^1] == 's' && tokens.GetSpan(k - 1).End == tokens.GetSpan(k).Start
            && char.IsUpper(tokens.GetChars(k + 1)[0]);
    }

    // A capitalized word of letters ("Lottery", "O'Brien"), or a head word written with its dot ("Corp.").
    private static bool IsNameWord(ReadOnlySpan<char> w)
    {
        if (w.Length < 2 || !char.IsUpper(w[0])) return false;
        if (IsHead(w)) return true;
        foreach (char c in w)
            if (!char.IsLetter(c) && c is not ('\'' or '’' or '-')) return false;
        return true;
    }
}
