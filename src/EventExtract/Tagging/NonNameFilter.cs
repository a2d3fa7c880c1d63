using EventExtract.Text;

namespace EventExtract.Tagging;

/// <summary>
/// Drops recognized names that are not names of a person, organization or place: a storm's name ("Hurricane Rita",
/// "Cyclone Phailin", and the bare "Rita" anywhere in the same document; storm words from
/// Resources/Tagging/storm-words.txt) and a lone nationality word ("Dutch", "Afghan": UniversalNER does not tag
/// nationalities; demonyms from the place gazetteer's countries.tsv and country-extras.tsv) and a lone day of the week
/// ("[Wednesday]") or a lone word that counts people ("[Thousands] of protesters"; Resources/Tagging/quantity-words.txt)
/// or names them by what they do ("[Gunmen] ambushed a bus"; Resources/Tagging/people-nouns.txt) and a letter alone
/// ("[Z] happens after X") and a rank or degree after a person's name and a comma ("Mark Halloran, [QC],";
/// Resources/Tagging/post-nominals.txt). Runs after the document pass, so a storm name it voted on or spread is dropped everywhere.
/// Linear in the document; stateless and thread-safe.
/// </summary>
internal static class NonNameFilter
{
    private static readonly Lazy<HashSet<string>> StormWords = new(() => new HashSet<string>(TextResources.ReadLines("storm-words.txt"), StringComparer.Ordinal));

    private static readonly Lazy<HashSet<string>> Demonyms = new(LoadDemonyms);

    private static readonly Lazy<HashSet<string>> QuantityWords = new(() => new HashSet<string>(TextResources.ReadLines("quantity-words.txt"), StringComparer.Ordinal));

    private static readonly Lazy<HashSet<string>> WeaponNouns = new(() => new HashSet<string>(TextResources.ReadLines("weapon-nouns.txt"), StringComparer.Ordinal));

    private static readonly Lazy<HashSet<string>> PeopleNouns = new(() => new HashSet<string>(TextResources.ReadLines("people-nouns.txt"), StringComparer.Ordinal));

    /// <summary>
    /// Returns <paramref name="spans"/> (names over <paramref name="tokens"/>, ordered) without storm names and lone
    /// nationality words; the same list when none was dropped.
    /// </summary>
    public static IReadOnlyList<EntitySpan> Apply(TokenTable tokens, IReadOnlyList<EntitySpan> spans)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(spans);
        if (spans.Count == 0) return spans;
        var storms = StormWords.Value;
        // The one-word names written after a storm word anywhere in the document ("Hurricane Rita" makes "Rita" a storm).
        HashSet<string>? stormNames = null;
        for (int t = 0; t + 1 < tokens.Count; t++)
        {
            // Both words capitalized before the lookup's string: most tokens cost two character tests.
            var word = tokens.GetChars(t);
            if (word.Length < 4 || !char.IsUpper(word[0])) continue;
            var next = tokens.GetChars(t + 1);
            if (next.Length > 1 && char.IsUpper(next[0]) && WordSets.Contains(storms, word))
                (stormNames ??= new HashSet<string>(StringComparer.Ordinal)).Add(next.ToString());
        }
        List<EntitySpan>? kept = null;
        for (int i = 0; i < spans.Count; i++)
        {
            var s = spans[i];
            bool drop = IsNonName(tokens, s, storms, stormNames) || (i > 0 && IsPostNominal(tokens, spans[i - 1], s));
            if (drop) kept ??= EntitySpanLists.CopyOfFirst(spans, i, spans.Count);
            if (!drop) kept?.Add(s);
        }
        return kept ?? spans;
    }

    private static bool IsNonName(TokenTable tokens, EntitySpan s, HashSet<string> storms, HashSet<string>? stormNames)
    {
        if (s.TokenCount <= 0 || s.FirstToken + s.TokenCount > tokens.Count) return false;
        var first = tokens.GetChars(s.FirstToken);
        if (s.TokenCount >= 2 && WordSets.Contains(storms, first)) return true;
        if (s.FirstToken > 0 && WordSets.Contains(storms, tokens.GetChars(s.FirstToken - 1))) return true;
        if (s.Type == EntityType.Location && NamesWeapon(tokens, s)) return true;
        if (s.TokenCount != 1) return false;
        // A letter alone ("play [D] & D", "[Z] happens after X", "[Q] Thank you"): a bullet, a variable or a speaker's label,
        // hardly ever a name (5 of 351 lone capital letters in UniversalNER's EWT train split).
        if (first.Length <= 2 && char.IsLetter(first[0]) && (first.Length == 1 || first[1] == '.')) return true;
        // A day of the week alone ("[Wednesday] did not bode well") names no one.
        if (NameEdgeTrimmer.IsWeekday(first, Places.PlacesResources.CalendarWords)) return true;
        if (WordSets.Contains(QuantityWords.Value, first) || WordSets.Contains(PeopleNouns.Value, first)) return true;
        return (stormNames is not null && WordSets.Contains(stormNames, first)) || WordSets.Contains(Demonyms.Value, first);
    }

    private static readonly Lazy<HashSet<string>> PostNominals = new(() => new HashSet<string>(TextResources.ReadLines("post-nominals.txt"), StringComparer.Ordinal));

    // "Mark Halloran, [QC], said": a one-word name of post-nominals.txt right after a person's name and a comma is a rank
    // or degree ("Columbia, SC" after a place is left alone).
    private static bool IsPostNominal(TokenTable tokens, EntitySpan before, EntitySpan s) =>
        s.TokenCount == 1 && before.Type == EntityType.Person && before.FirstToken + before.TokenCount == s.FirstToken - 1
        && tokens.GetChars(s.FirstToken - 1) is "," && WordSets.Contains(PostNominals.Value, tokens.GetChars(s.FirstToken));

    /// <summary>
    /// "Kalibr cruise missiles", "a Tomahawk missile": a place name the gazetteer does not know, right before a weapon noun
    /// (see <see cref="WeaponNounFollows"/>), is the weapon's model, not a place.
    /// </summary>
    private static bool NamesWeapon(TokenTable tokens, EntitySpan s)
    {
        if (!WeaponNounFollows(tokens, s.FirstToken + s.TokenCount)) return false;
        var text = s.TokenCount == 1 ? tokens.GetChars(s.FirstToken) : tokens.Text.AsSpan(s.Span.Start, s.Span.End - s.Span.Start);
        return Places.Gazetteer.Default.Find(text) is null;
    }

    /// <summary>
    /// True when a weapon noun (weapon-nouns.txt) is at token <paramref name="after"/>, or right after one lower-case
    /// modifier there ("cruise missiles"): the name ending before <paramref name="after"/> then names the weapon's model.
    /// </summary>
    internal static bool WeaponNounFollows(TokenTable tokens, int after)
    {
        for (int k = after; k < tokens.Count && k <= after + 1; k++)
        {
            var w = tokens.GetChars(k);
            if (WordSets.Contains(WeaponNouns.Value, w)) return true;
            if (w.Length == 0 || !char.IsLower(w[0])) return false;
        }
        return false;
    }

    private static HashSet<string> LoadDemonyms()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in Places.PlacesResources.ReadLines("countries.tsv"))
        {
            var c = line.Split('\t');
            if (c.Length > 6)
                foreach (var d in c[6].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) set.Add(d);
        }
        foreach (var line in Places.PlacesResources.ReadLines("country-extras.tsv"))
        {
            var c = line.Split('\t');
            if (c.Length >= 3 && c[1] == "demonym") set.Add(c[2].Trim());
        }
        return set;
    }
}
