namespace EventExtract.Events.Triggers;

/// <summary>
/// Context cue word classes from Resources/Events/trigger-cues.tsv, looked up by hash without allocating. A word may
/// belong to several classes ("president" is an official and a counterpart). The hash only finds the bucket: the
/// word itself is compared, so a colliding word never takes another word's classes. Immutable.
/// </summary>
internal sealed class TriggerCues
{
    private readonly Dictionary<uint, CueWord[]> _byHash;
    private readonly CueWordFilter _filter;

    private TriggerCues(Dictionary<uint, CueWord[]> byHash)
    {
        _byHash = byHash;
        _filter = new CueWordFilter();
        foreach (var bucket in byHash.Values)
            foreach (var entry in bucket) _filter.Add(entry.Word);
    }

    /// <summary>No cues (for tests of the featurizer alone).</summary>
    public static TriggerCues Empty { get; } = new(new Dictionary<uint, CueWord[]>());

    private static readonly Lazy<TriggerCues> s_embedded = new(LoadEmbedded);

    /// <summary>The cue list embedded in the library, parsed once per process and shared: the trigger detector, its
    /// featurizer and the argument reader all read it, and it never changes.</summary>
    public static TriggerCues Embedded => s_embedded.Value;

    private static TriggerCues LoadEmbedded()
    {
        using var stream = TriggerResources.Open("trigger-cues.tsv")
            ?? throw new InvalidOperationException("The embedded resource Resources/Events/trigger-cues.tsv is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    /// <summary>Parses lines of "class, tab, word"; a line starting with # is a comment. A word listed under several
    /// classes has them all.</summary>
    public static TriggerCues Parse(TextReader reader)
    {
        var classes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols.Length != 2) throw new FormatException($"trigger-cues.tsv: expected 'class<TAB>word' in '{line}'.");
            string word = string.Create(cols[1].Length, cols[1], static (span, w) => { for (int i = 0; i < w.Length; i++) span[i] = TriggerText.Fold(w[i]); });
            if (!classes.TryGetValue(word, out var list)) classes[word] = list = new List<string>(1);
            string cueClass = string.Intern(cols[0]);
            if (!list.Contains(cueClass)) list.Add(cueClass);
        }
        var byHash = new Dictionary<uint, CueWord[]>();
        foreach (var (word, list) in classes)
        {
            uint hash = TriggerText.AddRaw(TriggerText.Begin(), word);
            var entry = new CueWord(word, list.ToArray());
            byHash[hash] = byHash.TryGetValue(hash, out var bucket) ? [.. bucket, entry] : [entry];
        }
        return new TriggerCues(byHash);
    }

    /// <summary>True when <paramref name="word"/> (case-insensitive) is listed under <paramref name="cueClass"/>.</summary>
    public bool Has(ReadOnlySpan<char> word, string cueClass) => Contains(ClassesOf(word), cueClass);

    /// <summary>True when <paramref name="classes"/> (from <see cref="ClassesOf"/>) holds <paramref name="cueClass"/>.</summary>
    public static bool Contains(ReadOnlySpan<string> classes, string cueClass)
    {
        for (int i = 0; i < classes.Length; i++)
            if (ReferenceEquals(classes[i], cueClass) || classes[i] == cueClass) return true;
        return false;
    }

    /// <summary>The cue classes of <paramref name="word"/> (case-insensitive); empty when it is no cue word.</summary>
    public ReadOnlySpan<string> ClassesOf(ReadOnlySpan<char> word)
    {
        // The rules ask about nearly every token, several times, and few tokens are cue words.
        if (!_filter.MayContain(word)) return [];
        if (!_byHash.TryGetValue(TriggerText.AddFolded(TriggerText.Begin(), word), out var bucket)) return [];
        foreach (var entry in bucket)
            if (FoldedEquals(word, entry.Word)) return entry.Classes;
        return [];
    }

    private static bool FoldedEquals(ReadOnlySpan<char> word, string folded)
    {
        if (word.Length != folded.Length) return false;
        for (int i = 0; i < word.Length; i++)
            if (TriggerText.Fold(word[i]) != folded[i]) return false;
        return true;
    }

    private sealed record CueWord(string Word, string[] Classes);
}
