using EventExtract.Text;

namespace EventExtract.Tagging;

/// <summary>
/// Document-level second pass over the names a sentence-level recognizer found. A document usually means one
/// thing by one name, so (1) all mentions of the same name (same words, any case) get the type with the most
/// confidence over the document, where a full person name also votes for its last word ("Joshua Norton" makes a
/// later "Norton" a person); and (2) a capitalized name found in one sentence is also tagged where the recognizer
/// missed it elsewhere, when that occurrence stands alone (no capitalized word right before or after it).
/// Measured on held-out data (score-ner-doc): UNER EWT dev F1 +0.015, GUM dev +0.03. Linear in the document
/// size; stateless and thread-safe.
/// </summary>
internal static class EntityDocumentConsistency
{
    /// <summary>Minimum summed confidence of a name's type before its other occurrences are tagged.</summary>
    public const float PropagationConfidence = 0.5f;

    // Longest name (in tokens) and most names per first word that propagation considers: bounds the work per token.
    private const int MaxNameTokens = 8;
    private const int MaxFormsPerFirstWord = 8;

    /// <summary>
    /// Returns the document's names after the pass, ordered by first token. <paramref name="spans"/> are the
    /// recognizer's names (ordered, non-overlapping) over <paramref name="sentences"/> of <paramref name="tokens"/>.
    /// </summary>
    public static List<EntitySpan> Apply(TokenTable tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntitySpan> spans)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(spans);
        var result = new List<EntitySpan>(spans.Count);
        if (spans.Count == 0) return result;
        // One builder for all keys: fresh builders were most of the pass's garbage.
        var sb = new System.Text.StringBuilder(64);
        var cues = FindCues(tokens, sentences);
        spans = WithTitledPersons(tokens, cues, WithPlaceNounNames(tokens, cues, WithKnownOrganizations(tokens, cues, WithAcronyms(tokens, OrganizationHeadNames.Apply(tokens, sentences, ShopPossessiveNames.Apply(tokens, sentences, spans))))));

        // Confidence per type of each name (lowercased words).
        var votes = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var keys = new string[spans.Count];
        for (int i = 0; i < spans.Count; i++)
        {
            var s = spans[i];
            keys[i] = Key(sb, tokens, s.FirstToken, s.TokenCount, lower: true);
            Vote(votes, keys[i], s.Type, s.Confidence);
            if (s.Type == EntityType.Person && s.TokenCount >= 2)
                Vote(votes, Key(sb, tokens, s.FirstToken + s.TokenCount - 1, 1, lower: true), s.Type, s.Confidence);
        }
        PlaceContextVotes(tokens, cues, votes, sb);
        PersonContextVotes(tokens, spans, keys, votes);
        KnownOrganizationVotes(tokens, spans, keys, votes);
        // owner[t] = index in result of the name covering token t, -1 for none (a pooled array: a fresh one was 4 bytes a token of garbage).
        var owner = System.Buffers.ArrayPool<int>.Shared.Rent(tokens.Count);
        try
        {
            Array.Fill(owner, -1, 0, tokens.Count);
            for (int i = 0; i < spans.Count; i++)
            {
                var s = spans[i];
                result.Add(s with { Type = Winner(votes[keys[i]]) });
                for (int t = s.FirstToken; t < s.FirstToken + s.TokenCount && t < tokens.Count; t++) owner[t] = i;
            }

            // Exact (case-sensitive) forms of confident capitalized names, grouped by first word.
            // After: the token a form may be propagated from (a surname only after its full name); 0 for whole names.
            var forms = new List<List<(string[] Words, EntityType Type, float Confidence, float Top, int After)>>();
            var firstWords = new Dictionary<string, int>(StringComparer.Ordinal);
            var seenForms = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < spans.Count; i++)
            {
                var s = spans[i];
                var first = tokens.GetChars(s.FirstToken);
                if (s.TokenCount > MaxNameTokens || first.Length == 0 || !char.IsUpper(first[0])) continue;
                AddForm(Key(sb, tokens, s.FirstToken, s.TokenCount, lower: false), votes[keys[i]], s.Confidence, 0);
                // A full person name also makes its last word a form, after it: "Jorge Quispe ... Quispe later warned".
                if (s.TokenCount >= 2 && s.Type == EntityType.Person)
                {
                    int lastToken = s.FirstToken + s.TokenCount - 1;
                    var lastWord = tokens.GetChars(lastToken);
                    if (lastWord.Length >= 2 && char.IsUpper(lastWord[0]) && char.IsLetter(lastWord[^1]))
                        AddForm(lastWord.ToString(), votes[Key(sb, tokens, lastToken, 1, lower: true)], s.Confidence, lastToken + 1);
                }
            }

            void AddForm(string exact, float[] v, float top, int after)
            {
                if (!seenForms.Add(exact)) return;
                var type = Winner(v);
                if (v[(int)type] < PropagationConfidence) return;
                var words = exact.Split(' ');
                if (!firstWords.TryGetValue(words[0], out int slot))
                {
                    firstWords[words[0]] = slot = forms.Count;
                    forms.Add([]);
                }
                if (forms[slot].Count < MaxFormsPerFirstWord) forms[slot].Add((words, type, v[(int)type] / (v[0] + v[1] + v[2]), top, after));
            }
            if (forms.Count == 0) return result;
            var byFirstWord = new SpanStringMap<int>(firstWords);
            int added = 0;
            var removed = new HashSet<int>();
            foreach (var sentence in sentences)
            {
                int end = Math.Min(sentence.FirstToken + sentence.TokenCount, tokens.Count);
                for (int t = sentence.FirstToken; t < end; t++)
                {
                    // Every form starts with a capital, so most tokens are passed over without a lookup.
                    var chars = tokens.GetChars(t);
                    if (chars.Length == 0 || !char.IsUpper(chars[0]) || !byFirstWord.TryGetValue(chars, out int slot)) continue;
                    if (owner[t] >= 0 && result[owner[t]].FirstToken != t) continue;
                    // A mention inside a longer capitalized run ("Norton Bridge", "Emperor Norton") is left alone; the
                    // sentence's first word is capitalized anyway ("Is Del Frisco open?").
                    if (t > sentence.FirstToken + 1 && owner[t - 1] < 0 && IsCapitalized(tokens.GetChars(t - 1))) continue;
                    (string[] Words, EntityType Type, float Confidence, float Top, int After)? best = null;
                    foreach (var f in forms[slot])
                    {
                        int n = f.Words.Length;
                        if (t < f.After || t + n > end || (best is { } b && b.Words.Length >= n)) continue;
                        if (t + n < end && owner[t + n] < 0 && IsCapitalized(tokens.GetChars(t + n))) continue;
                        // Names the recognizer found inside the occurrence give way when they are less sure than the
                        // longer name was elsewhere ("Afghanistan" in "Afghanistan Zalmay Khalilzad").
                        bool match = true;
                        for (int k = 0; k < n && match; k++)
                        {
                            int o = owner[t + k];
                            match = (k == 0 || tokens.GetChars(t + k).SequenceEqual(f.Words[k]))
                                && (o < 0 || (result[o].FirstToken >= t && result[o].FirstToken + result[o].TokenCount <= t + n
                                    && result[o].Confidence < f.Top && result[o].TokenCount < n));
                        }
                        if (match) best = f;
                    }
                    if (best is not { } m) continue;
                    int last = t + m.Words.Length - 1;
                    for (int k = t; k <= last; k++)
                        if (owner[k] >= 0) removed.Add(owner[k]);
                    result.Add(new EntitySpan(new TextSpan(tokens.GetSpan(t).Start, tokens.GetSpan(last).End), t, m.Words.Length, m.Type, m.Confidence));
                    for (int k = t; k <= last; k++) owner[k] = result.Count - 1;
                    added++;
                    t = last;
                }
            }
            if (added == 0) return result;
            if (removed.Count > 0) result = result.Where((_, i) => !removed.Contains(i)).ToList();
            result.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
            return result;
        }
        finally
        {
            System.Buffers.ArrayPool<int>.Shared.Return(owner);
        }
    }

    /// <summary>
    /// Adds the acronym a name defines in brackets right after it, which the recognizer missed: "the World Health
    /// Organization ( WHO )" makes "WHO" an organization too (and so, through the propagation, a later bare "WHO"). The
    /// acronym (2 to 8 capital letters) must spell the initials of the last capitalized words before the bracket, and the
    /// name before it must be a found name, whose type and confidence it takes. Returns <paramref name="spans"/> when none.
    /// </summary>
    internal static IReadOnlyList<EntitySpan> WithAcronyms(TokenTable tokens, IReadOnlyList<EntitySpan> spans)
    {
        List<EntitySpan>? added = null;
        for (int i = 0; i < spans.Count; i++)
        {
            var s = spans[i];
            int open = s.FirstToken + s.TokenCount, t = open + 1;
            if (t + 1 >= tokens.Count || !tokens.GetChars(open).SequenceEqual("(") || !tokens.GetChars(t + 1).SequenceEqual(")")) continue;
            if (i + 1 < spans.Count && spans[i + 1].FirstToken <= t + 1) continue;
            var acronym = tokens.GetChars(t);
            if (acronym.Length is < 2 or > 8 || !IsCapitals(acronym) || !SpellsInitials(tokens, s.FirstToken, open, acronym)) continue;
            (added ??= new List<EntitySpan>()).Add(new EntitySpan(tokens.GetSpan(t), t, 1, s.Type, s.Confidence));
        }
        if (added is null) return spans;
        var all = spans.Concat(added).ToList();
        all.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        return all;
    }

    private static bool IsCapitals(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
            if (c is < 'A' or > 'Z') return false;
        return true;
    }

    // True when the acronym's letters are the initials of the capitalized words just before `end` (lower-case connectors
    // such as "of" and "for" skipped; the name may hold more words before them: "The Greater New Orleans ... Center").
    private static bool SpellsInitials(TokenTable tokens, int first, int end, ReadOnlySpan<char> acronym)
    {
        int k = acronym.Length - 1;
        for (int t = end - 1; t >= first && k >= 0; t--)
        {
            var w = tokens.GetChars(t);
            if (w.Length == 0 || !char.IsUpper(w[0])) continue;
            if (w[0] != acronym[k]) return false;
            k--;
        }
        return k < 0;
    }

    /// <summary>Weight of one occurrence of a name after a place preposition ("in Coron") against its person reading.</summary>
    public const float PlaceContextWeight = 1f;

    /// <summary>
    /// Weight of one occurrence after a place noun and "of" ("the island of Busuanga") or a route preposition ("through
    /// Tara Bazar"), which hardly ever open a person's name.
    /// </summary>
    public const float StrongPlaceContextWeight = 2f;

    /// <summary>Most words of a name read after a place preposition or place noun.</summary>
    private const int MaxPlaceContextWords = 4;

    private static readonly Lazy<HashSet<string>> PlaceNouns = new(() =>
        new HashSet<string>(TextResources.ReadLines("place-nouns-before-of.txt"), StringComparer.Ordinal));

    private static readonly Lazy<HashSet<string>> PlacePrepositions = new(() =>
        new HashSet<string>(TextResources.ReadLines("place-prepositions.txt"), StringComparer.Ordinal));

    private static readonly Lazy<HashSet<string>> RoutePrepositions = new(() =>
        new HashSet<string>(TextResources.ReadLines("place-route-prepositions.txt"), StringComparer.Ordinal));

    // A name of one to four words the document reads as a person, found (tagged or not) right after a place preposition
    // (or after "<place noun> of", place-nouns-before-of.txt: "the island of Busuanga", "the village of Dan Kade") and
    // followed by no possessive ("in Coron today", not "in Obama's speech"), is likelier a place: each such occurrence
    // adds PlaceContextWeight to its location votes, StrongPlaceContextWeight after a place noun and "of" or a route preposition.
    private static void PlaceContextVotes(TokenTable tokens, IReadOnlyList<CueToken> cues, Dictionary<string, float[]> votes, System.Text.StringBuilder sb)
    {
        Dictionary<string, float>? counts = null;
        for (int i = 0; i < cues.Count; i++)
        {
            var (t, _, end, kinds) = cues[i];
            if ((kinds & (Cue.PlaceContext | Cue.StrongPlaceContext)) == 0) continue;
            // The whole run of capitalized words ("the village of Dan Kade", "in Tal Afar"), not one a possessive follows.
            int run = 1;
            while (run < MaxPlaceContextWords && t + run < end && IsCapitalized(tokens.GetChars(t + run))) run++;
            if (t + run < end && tokens.GetChars(t + run) is "'s" or "’s" or "'") continue;
            if (t + run < end && IsCapitalized(tokens.GetChars(t + run))) continue;
            string key = Key(sb, tokens, t, run, lower: true);
            float weight = (kinds & Cue.StrongPlaceContext) != 0 ? StrongPlaceContextWeight : PlaceContextWeight;
            if (votes.ContainsKey(key)) { counts ??= new(StringComparer.Ordinal); counts[key] = counts.GetValueOrDefault(key) + weight; }
        }
        if (counts is null) return;
        foreach (var (key, w) in counts)
        {
            var v = votes[key];
            if (Winner(v) == EntityType.Person) v[(int)EntityType.Location] += w;
        }
    }

    // "in Coron", or (a strong cue) "through Tara Bazar", "the island of Busuanga": the words before capitalized token t
    // (not its sentence's first) that make it a place's name.
    private static Cue FollowsPlaceWord(TokenTable tokens, int sentenceFirst, int t)
    {
        var before = tokens.GetChars(t - 1);
        if (WordSets.Contains(RoutePrepositions.Value, before)
            || (t - 2 >= sentenceFirst && before is "of" && WordSets.Contains(PlaceNouns.Value, tokens.GetChars(t - 2))))
            return Cue.StrongPlaceContext;
        return WordSets.Contains(PlacePrepositions.Value, before) ? Cue.PlaceContext : Cue.None;
    }

    /// <summary>Person votes a name gains each time "who" follows it.</summary>
    public const float PersonContextWeight = 1f;

    // "Pita Limjaroenrat, who led the party, said": a name of two or three capitalized words that "who" (or ", who")
    // follows is a person's, whatever the recognizer typed it; organizations take "which" or "that". Each such occurrence
    // adds PersonContextWeight to its person votes. (Not a name opening with "The": "the Taliban, who" are a group.)
    private static void PersonContextVotes(TokenTable tokens, IReadOnlyList<EntitySpan> spans, string[] keys, Dictionary<string, float[]> votes)
    {
        for (int i = 0; i < spans.Count; i++)
        {
            var s = spans[i];
            if (s.Type == EntityType.Person || s.TokenCount is < 2 or > 3) continue;
            int next = s.FirstToken + s.TokenCount;
            if (next < tokens.Count && tokens.GetChars(next) is ",") next++;
            if (next >= tokens.Count || tokens.GetChars(next) is not "who") continue;
            bool capitalized = true;
            for (int t = s.FirstToken; t < s.FirstToken + s.TokenCount && capitalized; t++)
                capitalized = IsCapitalized(tokens.GetChars(t)) && tokens.GetChars(t) is not ("The" or "the");
            if (capitalized) votes[keys[i]][(int)EntityType.Person] += PersonContextWeight;
        }
    }

    /// <summary>Most capitalized words of a person's name read after an honorific.</summary>
    private const int MaxTitledNameWords = 3;

    private static readonly Lazy<HashSet<string>> Honorifics = new(() =>
        new HashSet<string>(TextResources.ReadLines("honorifics.txt"), StringComparer.Ordinal));

    /// <summary>
    /// Makes a person of the one to three capitalized words right after an honorific (honorifics.txt) where the recognizer
    /// found no name: "Dr Mcdonald is wonderful", "a quote from Lord Diplock". Not when more capitalized words follow (a
    /// longer name the recognizer chose to leave, or a title: "Mr. Chief Justice ,") or a name found there starts inside
    /// the run. Returns <paramref name="spans"/> when none was added.
    /// </summary>
    internal static IReadOnlyList<EntitySpan> WithTitledPersons(TokenTable tokens, IReadOnlyList<CueToken> cues, IReadOnlyList<EntitySpan> spans)
    {
        var honorifics = Honorifics.Value;
        List<EntitySpan>? result = null;
        int next = 0, resume = 0;
        for (int i = 0; i < cues.Count; i++)
        {
            var (t, _, end, kinds) = cues[i];
            if ((kinds & Cue.Honorific) == 0 || t < resume) continue;
            var list = result ?? spans;
            while (next < list.Count && list[next].FirstToken + list[next].TokenCount <= t) next++;
            int last = t, words = 0;
            while (last + 1 < end && words <= MaxTitledNameWords)
            {
                var word = tokens.GetChars(last + 1);
                if (IsNameWord(word) && !NameEdgeTrimmer.IsPersonTitle(word) && !WordSets.Contains(honorifics, word)) last++;
                // A double-barrelled surname the tokenizer split at its hyphen ("Mrs. Ochieng-Wafula").
                else if (last > t && last + 2 < end && NameParticleJoiner.IsJoiningHyphen(tokens, last + 1) && IsNameWord(tokens.GetChars(last + 2))) last += 2;
                else break;
                words++;
            }
            if (words == 0 || words > MaxTitledNameWords || (last + 1 < end && IsCapitalized(tokens.GetChars(last + 1)))) continue;
            if (next < list.Count && list[next].FirstToken <= last) continue;
            result ??= new List<EntitySpan>(spans);
            result.Insert(next, new EntitySpan(new TextSpan(tokens.GetSpan(t + 1).Start, tokens.GetSpan(last).End), t + 1, last - t, EntityType.Person, 1f));
            resume = last + 1;
        }
        return result ?? spans;
    }

    // A capitalized word of letters (an apostrophe or hyphen inside: "O'Neill", "Ochieng-Wafula" as one token).
    private static bool IsNameWord(ReadOnlySpan<char> w)
    {
        if (w.Length < 2 || !char.IsUpper(w[0]) || !char.IsLetter(w[^1])) return false;
        foreach (char c in w)
            if (!char.IsLetter(c) && c is not ('\'' or '’' or '-')) return false;
        return true;
    }

    /// <summary>Most capitalized words of a name read before a place noun.</summary>
    private const int MaxPlaceNounNameWords = 3;

    private static readonly Lazy<HashSet<string>> PlaceNounsAfterName = new(() =>
        new HashSet<string>(TextResources.ReadLines("place-nouns-after-name.txt").Where(n => !n.Contains(' ')), StringComparer.Ordinal));

    // The two-word place nouns of the same file ("refugee camp": "camp" alone follows a politician's name, "the Trump
    // camp"), run together as WordSets.ContainsJoined looks them up, and their first words, the cheap test before it.
    private static readonly Lazy<(HashSet<string> Joined, HashSet<string> FirstWords)> TwoWordPlaceNouns = new(() =>
    {
        var pairs = TextResources.ReadLines("place-nouns-after-name.txt").Where(n => n.Contains(' ')).ToList();
        return (pairs.Select(n => n.Replace(" ", "")).ToHashSet(StringComparer.Ordinal), pairs.Select(n => n.Split(' ')[0]).ToHashSet(StringComparer.Ordinal));
    });

    // True when a place noun of place-nouns-after-name.txt starts at lower-case token t of a sentence ending before `end`.
    private static bool IsPlaceNounAfterName(TokenTable tokens, int t, int end)
    {
        var w = tokens.GetChars(t);
        if (WordSets.Contains(PlaceNounsAfterName.Value, w)) return true;
        var (joined, firstWords) = TwoWordPlaceNouns.Value;
        return t + 1 < end && WordSets.Contains(firstWords, w) && WordSets.ContainsJoined(joined, tokens, t, 2);
    }

    /// <summary>
    /// Makes a place of a name of one to three capitalized words the recognizer found right before a lower-case place noun
    /// (place-nouns-after-name.txt): "[Kherson] region", "[Kayangan] village", at least as sure as a full vote, so that the
    /// document reads its other mentions as the place. A name it ran on over the noun ("[Busuanga island]"), one that starts
    /// or ends elsewhere, and words it left untagged are left alone, except before a two-word place noun ("the Jenin refugee
    /// camp"), where they become the place. Returns <paramref name="spans"/> when nothing changed.
    /// </summary>
    internal static IReadOnlyList<EntitySpan> WithPlaceNounNames(TokenTable tokens, IReadOnlyList<CueToken> cues, IReadOnlyList<EntitySpan> spans)
    {
        List<EntitySpan>? result = null;
        int next = 0;
        for (int i = 0; i < cues.Count; i++)
        {
            var (t, sentenceFirst, _, kinds) = cues[i];
            if ((kinds & Cue.PlaceNounAfterName) == 0) continue;
            int first = t;
            while (first > sentenceFirst && t - first < MaxPlaceNounNameWords && IsCapitalized(tokens.GetChars(first - 1))
                && tokens.GetChars(first - 1) is not ("The" or "A" or "An")) first--;
            if (first == t) continue;
            var list = result ?? spans;
            while (next < list.Count && list[next].FirstToken + list[next].TokenCount <= first) next++;
            var place = new EntitySpan(new TextSpan(tokens.GetSpan(first).Start, tokens.GetSpan(t - 1).End), first, t - first, EntityType.Location, 1f);
            if (next < list.Count && list[next].FirstToken == first && list[next].TokenCount == t - first)
            {
                result ??= new List<EntitySpan>(spans);
                result[next] = place with { Confidence = Math.Max(result[next].Confidence, 1f) };
            }
            // Untagged words before a one-word place noun are left to the event readers' areas; a two-word one ("the Jenin
            // refugee camp") names them too when no name overlaps them and they do not open the sentence (any word is
            // capitalized there: "Many refugee camps").
            else if (first > sentenceFirst && (next >= list.Count || list[next].FirstToken >= t)
                && !WordSets.Contains(PlaceNounsAfterName.Value, tokens.GetChars(t)))
            {
                result ??= new List<EntitySpan>(spans);
                result.Insert(next, place);
            }
        }
        return result ?? spans;
    }

    /// <summary>Organization votes a name gains for each mention when it is a known organization's name.</summary>
    public const float KnownOrganizationWeight = 10f;

    /// <summary>Most words of a known organization's name looked for where the recognizer found no name.</summary>
    private const int MaxKnownOrganizationWords = 4;

    // Names of news outlets (news-organizations.txt) and of the place gazetteer's groups and international bodies
    // (groups.tsv: canonical names and aliases), written without spaces, so that a name matches however the tokenizer
    // split it ("People 's Daily"); and the first words of those names, the cheap test before building a candidate.
    private static readonly Lazy<(HashSet<string> Names, HashSet<string> FirstWords)> KnownOrganizations = new(LoadKnownOrganizations);

    private static (HashSet<string>, HashSet<string>) LoadKnownOrganizations()
    {
        var names = new List<string>(TextResources.ReadLines("news-organizations.txt"));
        foreach (var line in Places.PlacesResources.ReadLines("groups.tsv"))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var c = line.Split('\t');
            names.Add(c[0]);
            if (c.Length > 3) names.AddRange(c[3].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
        var capitalized = names.Where(n => n.Length > 1 && char.IsUpper(n[0])).ToList();
        return (capitalized.Select(n => n.Replace(" ", "")).ToHashSet(StringComparer.Ordinal),
            capitalized.Select(n => n.Split(' ', '-', '\'')[0]).ToHashSet(StringComparer.Ordinal));
    }

    // True when tokens first .. first+count-1, run together, spell a known organization's name (the look-up runs for
    // every capitalized word that opens a listed name, so it builds no string).
    private static bool IsKnownOrganization(TokenTable tokens, int first, int count) =>
        WordSets.ContainsJoined(KnownOrganizations.Value.Names, tokens, first, count);

    // "Xinhua reports", "Reuters said", "at Newsday", "the EU and the IAEA": the recognizer types a news outlet or an
    // international body it never saw in training by its context, which reads as a person or a place. A name spelt as a
    // known organization is one, so each such mention adds KnownOrganizationWeight to its organization votes: enough to
    // outvote the recognizer in every mention, and to spread the name to the mentions it missed.
    private static void KnownOrganizationVotes(TokenTable tokens, IReadOnlyList<EntitySpan> spans, string[] keys, Dictionary<string, float[]> votes)
    {
        for (int i = 0; i < spans.Count; i++)
        {
            var s = spans[i];
            if (s.TokenCount <= MaxNameTokens && IsCapitalized(tokens.GetChars(s.FirstToken)) && IsKnownOrganization(tokens, s.FirstToken, s.TokenCount))
                votes[keys[i]][(int)EntityType.Organization] += KnownOrganizationWeight;
        }
    }

    /// <summary>
    /// Adds the known organizations' names (see <see cref="KnownOrganizationVotes"/>) the recognizer missed where they stand
    /// alone, with no capitalized word right before or after them: "From the AP comes this story", "TEHRAN ( AFP )". The
    /// longest name wins. Returns <paramref name="spans"/> when none.
    /// </summary>
    internal static IReadOnlyList<EntitySpan> WithKnownOrganizations(TokenTable tokens, IReadOnlyList<CueToken> cues, IReadOnlyList<EntitySpan> spans)
    {
        List<EntitySpan>? added = null;
        int next = 0, resume = 0;
        for (int i = 0; i < cues.Count; i++)
        {
            var (t, sentenceFirst, end, kinds) = cues[i];
            if ((kinds & Cue.KnownOrganization) == 0 || t < resume) continue;
            while (next < spans.Count && spans[next].FirstToken + spans[next].TokenCount <= t) next++;
            if (next < spans.Count && spans[next].FirstToken <= t) continue;
            if (t > sentenceFirst + 1 && IsCapitalized(tokens.GetChars(t - 1))) continue;
            int free = next < spans.Count ? Math.Min(end, spans[next].FirstToken) : end;
            for (int n = Math.Min(MaxKnownOrganizationWords, free - t); n >= 1; n--)
            {
                if (t + n < end && IsCapitalized(tokens.GetChars(t + n))) continue;
                if (!IsKnownOrganization(tokens, t, n)) continue;
                (added ??= new List<EntitySpan>()).Add(new EntitySpan(new TextSpan(tokens.GetSpan(t).Start, tokens.GetSpan(t + n - 1).End), t, n, EntityType.Organization, 1f));
                resume = t + n;
                break;
            }
        }
        if (added is null) return spans;
        var all = spans.Concat(added).ToList();
        all.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        return all;
    }

    // What a token may start for the pass's readers of the words around names.
    [Flags]
    internal enum Cue : byte { None = 0, KnownOrganization = 1, Honorific = 2, PlaceContext = 4, PlaceNounAfterName = 8, StrongPlaceContext = 16 }

    /// <summary>A token one of the readers starts from (<see cref="FindCues"/>), with its sentence's bounds.</summary>
    internal readonly record struct CueToken(int Token, int SentenceFirst, int SentenceEnd, Cue Cues);

    // The first words of known organizations' names and the honorifics in one map: a capitalized word costs one look-up.
    private static readonly Lazy<SpanStringMap<Cue>> CapitalizedCues = new(() =>
    {
        var cues = new Dictionary<string, Cue>(StringComparer.Ordinal);
        foreach (var w in KnownOrganizations.Value.FirstWords) cues[w] = cues.GetValueOrDefault(w) | Cue.KnownOrganization;
        foreach (var w in Honorifics.Value) cues[w] = cues.GetValueOrDefault(w) | Cue.Honorific;
        return new SpanStringMap<Cue>(cues);
    });

    /// <summary>
    /// The tokens the readers of <see cref="WithKnownOrganizations"/>, <see cref="WithPlaceNounNames"/>,
    /// <see cref="WithTitledPersons"/> and <see cref="PlaceContextVotes"/> start from, in document order, found in one walk
    /// over the document (one walk each cost about 2% of the pipeline's time together).
    /// </summary>
    internal static IReadOnlyList<CueToken> FindCues(TokenTable tokens, IReadOnlyList<Sentence> sentences)
    {
        var capitalized = CapitalizedCues.Value;
        List<CueToken>? found = null;
        foreach (var sentence in sentences)
        {
            int end = Math.Min(sentence.FirstToken + sentence.TokenCount, tokens.Count);
            for (int t = sentence.FirstToken; t < end; t++)
            {
                var w = tokens.GetChars(t);
                if (w.Length < 2) continue;
                var cues = Cue.None;
                if (char.IsUpper(w[0]))
                {
                    if (capitalized.TryGetValue(w, out var c)) cues = c;
                    // (An honorific ending its sentence titles no one.)
                    if (t + 1 >= end) cues &= ~Cue.Honorific;
                    if (t > sentence.FirstToken) cues |= FollowsPlaceWord(tokens, sentence.FirstToken, t);
                }
                else if (t > sentence.FirstToken && w.Length >= 4 && char.IsLower(w[0]) && IsPlaceNounAfterName(tokens, t, end)) cues = Cue.PlaceNounAfterName;
                if (cues != Cue.None) (found ??= new List<CueToken>()).Add(new CueToken(t, sentence.FirstToken, end, cues));
            }
        }
        return found ?? (IReadOnlyList<CueToken>)Array.Empty<CueToken>();
    }

    private static void Vote(Dictionary<string, float[]> votes, string key, EntityType type, float confidence)
    {
        if (!votes.TryGetValue(key, out var v)) votes[key] = v = new float[3];
        v[(int)type] += confidence;
    }

    // Ties go to the recognizer's more frequent types: person, then location, then organization.
    private static EntityType Winner(float[] v) =>
        v[0] >= v[1] && v[0] >= v[2] ? EntityType.Person : v[2] >= v[1] ? EntityType.Location : EntityType.Organization;

    private static bool IsCapitalized(ReadOnlySpan<char> w) => w.Length > 0 && char.IsUpper(w[0]);

    private static string Key(System.Text.StringBuilder sb, TokenTable tokens, int first, int count, bool lower)
    {
        sb.Clear();
        for (int t = first; t < first + count; t++)
        {
            if (t > first) sb.Append(' ');
            foreach (char c in tokens.GetChars(t)) sb.Append(lower ? char.ToLowerInvariant(c) : c);
        }
        return sb.ToString();
    }
}
