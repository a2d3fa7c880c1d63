namespace EventExtract.Events.Triggers;

/// <summary>Context cue word classes from Resources/Events/trigger-cues.tsv, looked up by hash without allocating. Immutable.</summary>
internal sealed class TriggerCues
{
    private readonly Dictionary<uint, string> _classOf;

    private TriggerCues(Dictionary<uint, string> classOf) => _classOf = classOf;

    /// <summary>No cues (for tests of the featurizer alone).</summary>
    public static TriggerCues Empty { get; } = new(new Dictionary<uint, string>());

    /// <summary>Loads the cue list embedded in the library.</summary>
    public static TriggerCues LoadEmbedded()
    {
        using var stream = TriggerResources.Open("trigger-cues.tsv")
            ?? throw new InvalidOperationException("The embedded resource Resources/Events/trigger-cues.tsv is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    /// <summary>Parses lines of "class, tab, word"; a line starting with # is a comment.</summary>
    public static TriggerCues Parse(TextReader reader)
    {
        var classOf = new Dictionary<uint, string>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols.Length != 2) throw new FormatException($"trigger-cues.tsv: expected 'class<TAB>word' in '{line}'.");
            classOf[TriggerText.AddFolded(TriggerText.Begin(), cols[1])] = string.Intern(cols[0]);
        }
        return new TriggerCues(classOf);
    }

    /// <summary>The cue class of <paramref name="word"/> (case-insensitive), or null.</summary>
    public string? ClassOf(ReadOnlySpan<char> word) =>
        _classOf.TryGetValue(TriggerText.AddFolded(TriggerText.Begin(), word), out var c) ? c : null;
}
