using EventExtract.Text;

namespace EventExtract.Tagging;

/// <summary>
/// Joins a person name split at a lower-case name particle: "[Abdel Fattah] al-[Sisi]", "Faisal [bin Farhan]",
/// "[Ursula] von der Leyen". A sentence-level recognizer rarely sees these particles inside names in its training
/// data, so it ends the name before them or starts one after them. A person name followed by particles and a
/// capitalized word takes them in (absorbing a name that starts there when it is a person too); a person name
/// that starts with a particle takes in the one capitalized, untagged word before it, and a name of two words or more
/// takes in a one-word given name hyphened to it ("Jean-[Pierre Raffarin]"). Particles come from
/// Resources/Tagging/name-particles.txt. (A short particle never seen in training between two person spans,
/// "Daniel arap Moi", is joined inside the recognizer: <see cref="AveragedPerceptronEntityRecognizer"/>'s JoinParticles.)
/// Linear in the number of names; stateless and thread-safe.
/// </summary>
internal static class NameParticleJoiner
{
    private const int MaxParticles = 2; // "von der", "bin al"

    private const int Free = 1, HyphenOnly = 2;

    private static readonly Lazy<List<KeyValuePair<string, int>>> Entries = new(ReadEntries);

    private static readonly Lazy<SpanLookup<int>> Particles = new(() => new SpanLookup<int>(Entries.Value, ignoreCase: false));

    /// <summary>The particles of name-particles.txt written apart from the name ("van", "bin"; not the hyphen-only "as").</summary>
    internal static IEnumerable<string> FreeParticles()
    {
        foreach (var (word, kind) in Entries.Value)
            if (kind == Free) yield return word;
    }

    /// <summary>
    /// Returns <paramref name="spans"/> (ordered, non-overlapping, within <paramref name="sentences"/>) with split
    /// person names joined; the same list when nothing was joined.
    /// </summary>
    public static IReadOnlyList<EntitySpan> Apply(TokenTable tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntitySpan> spans)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(spans);
        List<EntitySpan>? joined = null;
        HashSet<string>? particleSurnames = null;
        int sentence = 0;
        for (int i = 0; i < spans.Count; i++)
        {
            var s = spans[i];
            int at = i;
            while (sentence < sentences.Count && sentences[sentence].EndToken <= s.FirstToken) sentence++;
            if (s.Type != EntityType.Person || sentence >= sentences.Count)
            {
                joined?.Add(s);
                continue;
            }
            var bounds = sentences[sentence];
            int first = s.FirstToken, end = s.FirstToken + s.TokenCount;

            // Backward: "Faisal [bin Farhan]" (only an untagged word: a name before it is another name).
            bool previousIsName = joined is { Count: > 0 } ? joined[^1].FirstToken + joined[^1].TokenCount == first : i > 0 && spans[i - 1].FirstToken + spans[i - 1].TokenCount == first;
            if (first > bounds.FirstToken && ParticleRun(tokens, first, end) > 0 && !previousIsName && IsNameWord(tokens.GetChars(first - 1)))
                first--;

            // Backward over particles left out of a surname named in full before: '"…," van [Klaveren] told' after
            // "Alberto van Klaveren" (not "the van [Smith] drove": the document must write the surname with them).
            if (first == s.FirstToken && !previousIsName && FreeParticlesBefore(tokens, first, bounds.FirstToken) is int particle
                && (particle == bounds.FirstToken || !IsNameWord(tokens.GetChars(particle - 1)))
                && (particleSurnames ??= ParticleSurnames(tokens, sentences, spans)).Contains(WordsText(tokens, particle, first + 1)))
                first = particle;

            // Backward over a hyphen: "[Jean]-[Pierre Raffarin]", "Jean-[Claude Juncker]": a one-word given name joined by a
            // hyphen to a name of two words or more is part of it (not "the [Trump]-[Kim] summit", two one-word names).
            if (first == s.FirstToken && first - 2 >= bounds.FirstToken && s.TokenCount >= 2 && IsJoiningHyphen(tokens, first - 1) && IsNameWord(tokens.GetChars(first - 2)))
            {
                var before = joined is { Count: > 0 } ? joined[^1] : i > 0 ? spans[i - 1] : default;
                bool beforeIsName = before.TokenCount > 0 && before.FirstToken + before.TokenCount == first - 1;
                bool beforeIsWord = !beforeIsName || (before.TokenCount == 1 && before.Type == EntityType.Person);
                if (beforeIsWord && (first - 3 <= bounds.FirstToken || !IsJoiningHyphen(tokens, first - 3)))
                {
                    if (beforeIsName)
                    {
                        if (joined is not null) joined.RemoveAt(joined.Count - 1);
                        else at--;
                    }
                    first -= 2;
                }
            }

            // Forward: "[Abdel Fattah] al-Sisi", "[Abdel Fattah] al-[Sisi]".
            while (true)
            {
                int word = ParticleRun(tokens, end, bounds.EndToken);
                if (word == 0 || word >= bounds.EndToken || !IsNameWord(tokens.GetChars(word))) break;
                int wordEnd = word + 1;
                if (i + 1 < spans.Count && spans[i + 1].FirstToken <= word)
                {
                    var next = spans[i + 1];
                    if (next.FirstToken != word || next.Type != EntityType.Person) break;
                    wordEnd = next.FirstToken + next.TokenCount;
                    i++;
                }
                end = wordEnd;
            }

            // Forward over a hyphen to a lower-case syllable: "[Moon Jae]-in", "[Ban Ki]-moon", "[Chiang Kai]-shek".
            // Korean and Wade-Giles given names are written so; a one-word name is left ("the [Trump]-era policy"), and
            // so are compound words after the hyphen ("Moon Jae-led", hyphen-name-breaks.txt).
            if (i + 1 >= spans.Count || spans[i + 1].FirstToken > end + 1) end = PastHyphenedSyllable(tokens, first, end, bounds.EndToken);

            if (first == s.FirstToken && end == s.FirstToken + s.TokenCount)
            {
                joined?.Add(s);
                continue;
            }
            joined ??= EntitySpanLists.CopyOfFirst(spans, at, spans.Count);
            joined.Add(new EntitySpan(new TextSpan(tokens.GetSpan(first).Start, tokens.GetSpan(end - 1).End), first, end - first, EntityType.Person, s.Confidence));
        }
        return joined ?? spans;
    }

    /// <summary>
    /// When particles start at <paramref name="t"/> ("al", "-"; "von", "der"), the index of the token after them;
    /// 0 when there are none.
    /// </summary>
    private static int ParticleRun(TokenTable tokens, int t, int end)
    {
        var particles = Particles.Value;
        int count = 0;
        while (t < end && count < MaxParticles)
        {
            var word = tokens.GetChars(t);
            bool hyphen = t + 1 < end && IsJoiningHyphen(tokens, t + 1);
            if (!particles.TryGetValue(word, out int kind) || (kind == HyphenOnly && !hyphen)) break;
            t += hyphen ? 2 : 1;
            count++;
            if (hyphen) break; // the hyphen binds the particle to the word after it
        }
        return count == 0 ? 0 : t;
    }

    /// <summary>
    /// The first of the free particles ("van", "von der") right before <paramref name="t"/>, after
    /// <paramref name="limit"/>; null when none stands there.
    /// </summary>
    private static int? FreeParticlesBefore(TokenTable tokens, int t, int limit)
    {
        var particles = Particles.Value;
        int first = t;
        while (first - 1 >= limit && t - first < MaxParticles && particles.TryGetValue(tokens.GetChars(first - 1), out int kind) && kind == Free
               && tokens.GetSpan(first - 1).End < tokens.GetSpan(first).Start)
            first--;
        return first < t ? first : null;
    }

    /// <summary>
    /// "van Klaveren", "von der Leyen": each run of free particles with the name word after it, within or right after a
    /// person name of the document, written with single spaces.
    /// </summary>
    private static HashSet<string> ParticleSurnames(TokenTable tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntitySpan> spans)
    {
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        int sentence = 0;
        foreach (var s in spans)
        {
            while (sentence < sentences.Count && sentences[sentence].EndToken <= s.FirstToken) sentence++;
            if (s.Type != EntityType.Person || sentence >= sentences.Count) continue;
            int limit = sentences[sentence].EndToken;
            for (int t = s.FirstToken + 1; t <= s.FirstToken + s.TokenCount && t < limit; t++)
            {
                int word = ParticleRun(tokens, t, limit);
                if (word > t && word < limit && word - t <= MaxParticles && IsNameWord(tokens.GetChars(word)) && !IsJoiningHyphen(tokens, t + 1))
                    surnames.Add(WordsText(tokens, t, word + 1));
            }
        }
        return surnames;
    }

    /// <summary>The words of tokens <paramref name="first"/> up to <paramref name="end"/>, joined by single spaces.</summary>
    private static string WordsText(TokenTable tokens, int first, int end)
    {
        var words = new string[end - first];
        for (int k = first; k < end; k++) words[k - first] = tokens.GetChars(k).ToString();
        return string.Join(' ', words);
    }

    private const int MaxSyllable = 5; // "Myung", "Hsien"

    /// <summary>
    /// The end of a name of two words or more (tokens <paramref name="first"/> up to <paramref name="end"/>) taken past a
    /// lower-case syllable hyphened to its last word ("Moon Jae" + "-in"), when one follows before
    /// <paramref name="limit"/>; <paramref name="end"/> otherwise.
    /// </summary>
    internal static int PastHyphenedSyllable(TokenTable tokens, int first, int end, int limit) =>
        end - first >= 2 && end + 1 < limit && IsJoiningHyphen(tokens, end) && IsSyllable(tokens.GetChars(end + 1))
            && tokens.GetChars(end - 1).Length <= MaxSyllable && IsNameWord(tokens.GetChars(end - 1))
            ? end + 2 : end;

    /// <summary>A lower-case syllable of a hyphened given name ("in", "moon", "bak"), not a compound's word ("led", "era").</summary>
    private static bool IsSyllable(ReadOnlySpan<char> w)
    {
        if (w.Length < 2 || w.Length > MaxSyllable) return false;
        foreach (char c in w)
            if (c is < 'a' or > 'z') return false;
        return !WordSets.Contains(HyphenNameBreaks.Value, w);
    }

    private static readonly Lazy<HashSet<string>> HyphenNameBreaks = new(() =>
        new HashSet<string>(TextResources.ReadLines("hyphen-name-breaks.txt"), StringComparer.Ordinal));

    /// <summary>A hyphen written with no space on either side ("al-Sisi").</summary>
    internal static bool IsJoiningHyphen(TokenTable tokens, int t) =>
        tokens.GetChars(t) is ['-' or '\u2010' or '\u2011'] && tokens.GetSpan(t - 1).End == tokens.GetSpan(t).Start
        && t + 1 < tokens.Count && tokens.GetSpan(t).End == tokens.GetSpan(t + 1).Start;

    private static bool IsNameWord(ReadOnlySpan<char> w)
    {
        if (w.Length < 2 || !char.IsUpper(w[0])) return false;
        foreach (char c in w)
            if (!char.IsLetter(c) && c is not ('\'' or '’')) return false;
        return true;
    }

    private static List<KeyValuePair<string, int>> ReadEntries()
    {
        var entries = new List<KeyValuePair<string, int>>();
        foreach (var line in TextResources.ReadLines("name-particles.txt"))
        {
            var parts = line.Split(' ', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2) throw new InvalidDataException($"name-particles.txt: bad line '{line}'.");
            entries.Add(new(parts[1], parts[0] switch
            {
                "free" => Free,
                "hyphen" => HyphenOnly,
                _ => throw new InvalidDataException($"name-particles.txt: unknown class '{parts[0]}'."),
            }));
        }
        return entries;
    }
}
