using EventExtract.Text;

namespace EventExtract.Tagging;

/// <summary>
/// Drops a one-word name that opens its sentence when the document also writes that word in lower case: the capital is
/// the sentence's, not a name's ("Winter is low season here ... a mild winter", "Kitchen puts out good food ... the
/// kitchen"). The recognizer reads a capitalized word it never saw before a verb as a person. Linear in the document;
/// stateless and thread-safe.
/// </summary>
internal static class SentenceInitialCommonWords
{
    /// <summary>Shortest word looked at: shorter capitalized words are mostly initials and acronyms.</summary>
    private const int MinWordLength = 3;

    /// <summary>
    /// Returns <paramref name="spans"/> (ordered names over <paramref name="sentences"/> of <paramref name="tokens"/>)
    /// without the one-word names at a sentence's start that the document also writes in lower case; the same list when none.
    /// </summary>
    public static IReadOnlyList<EntitySpan> Apply(TokenTable tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntitySpan> spans)
    {
        HashSet<string>? candidates = null;
        int next = 0;
        foreach (var sentence in sentences)
        {
            while (next < spans.Count && spans[next].FirstToken < sentence.FirstToken) next++;
            if (next >= spans.Count) break;
            var s = spans[next];
            if (s.FirstToken != sentence.FirstToken || s.TokenCount != 1 || !IsCapitalizedWord(tokens.GetChars(s.FirstToken))) continue;
            (candidates ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(tokens.GetChars(s.FirstToken).ToString());
        }
        if (candidates is null) return spans;
        HashSet<string>? common = null;
        for (int t = 0; t < tokens.Count; t++)
        {
            var w = tokens.GetChars(t);
            if (w.Length >= MinWordLength && char.IsLower(w[0]) && WordSets.Contains(candidates, w))
                (common ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(w.ToString());
        }
        if (common is null) return spans;
        var kept = new List<EntitySpan>(spans.Count);
        int at = 0;
        foreach (var s in spans)
        {
            while (at < sentences.Count && sentences[at].FirstToken + sentences[at].TokenCount <= s.FirstToken) at++;
            bool opens = at < sentences.Count && sentences[at].FirstToken == s.FirstToken;
            if (!(opens && s.TokenCount == 1 && WordSets.Contains(common, tokens.GetChars(s.FirstToken)))) kept.Add(s);
        }
        return kept;
    }

    // "Winter": a capital and lower-case letters only (not "NATO", "McCain", "O'Neill").
    private static bool IsCapitalizedWord(ReadOnlySpan<char> w)
    {
        if (w.Length < MinWordLength || !char.IsUpper(w[0])) return false;
        for (int i = 1; i < w.Length; i++)
            if (!char.IsLower(w[i])) return false;
        return true;
    }
}
