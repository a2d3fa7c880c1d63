namespace EventExtract.Tagging;

/// <summary>
/// Classes of the words that type the name they head or precede (baked into the entity model from a word list):
/// organization heads ("Ministry", "University"), company suffixes ("Inc."), place heads ("River", "Street") and
/// person titles ("Mr.", "President"). They let the recognizer type a name whose head it never saw in training.
/// </summary>
internal static class NameCues
{
    /// <summary>Head of an organization name.</summary>
    public const byte Organization = 1;

    /// <summary>Company suffix ("Inc.", "Ltd").</summary>
    public const byte Company = 2;

    /// <summary>Head of a place or facility name.</summary>
    public const byte Place = 4;

    /// <summary>Title before a person's name.</summary>
    public const byte Title = 8;

    /// <summary>Parses a class name of the word list ("org", "corp", "loc", "title").</summary>
    public static byte Parse(string name) => name switch
    {
        "org" => Organization,
        "corp" => Company,
        "loc" => Place,
        "title" => Title,
        _ => throw new FormatException($"Unknown name-cue class '{name}'."),
    };

    /// <summary>Cue class of a token (exact match), 0 when none or lowercase.</summary>
    public static byte Lookup(ReadOnlySpan<char> word, bool hasUpper, SpanStringMap<byte> cues) =>
        hasUpper && cues.Count > 0 && cues.TryGetValue(word, out byte c) ? c : (byte)0;

    /// <summary>Cue class of a token (exact match; <paramref name="exactHash"/> is its unfinished map hash), 0 when none or lowercase.</summary>
    public static byte Lookup(ReadOnlySpan<char> word, uint exactHash, bool hasUpper, SpanStringMap<byte> cues) =>
        hasUpper && cues.Count > 0 && cues.TryGetValue(word, SpanStringMap<byte>.HashFinish(exactHash), out byte c) ? c : (byte)0;
}
