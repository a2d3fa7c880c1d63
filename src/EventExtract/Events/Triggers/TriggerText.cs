namespace EventExtract.Events.Triggers;

/// <summary>Character normalization and hashing shared by lexicon matching and featurization (no allocation).</summary>
internal static class TriggerText
{
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    /// <summary>Lowercases and folds typographic apostrophes so "Russia’s" and "russia's" compare equal.</summary>
    public static char Fold(char c) => c < 128 ? (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) : c switch
    {
        '\u2019' or '\u2018' or '\u02BC' => '\'',
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>True for characters that belong inside a word.</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    /// <summary>Starts an FNV-1a hash.</summary>
    public static uint Begin() => FnvOffset;

    /// <summary>Adds one character to an FNV-1a hash (both UTF-16 bytes).</summary>
    public static uint Add(uint hash, char c)
    {
        hash = (hash ^ (byte)c) * FnvPrime;
        return (hash ^ (byte)(c >> 8)) * FnvPrime;
    }

    /// <summary>Adds folded characters to an FNV-1a hash.</summary>
    public static uint AddFolded(uint hash, ReadOnlySpan<char> chars)
    {
        foreach (char c in chars) hash = Add(hash, Fold(c));
        return hash;
    }

    /// <summary>Adds raw characters (already normalized, e.g. a lexicon string) to an FNV-1a hash.</summary>
    public static uint AddRaw(uint hash, ReadOnlySpan<char> chars)
    {
        foreach (char c in chars) hash = Add(hash, c);
        return hash;
    }

    /// <summary>Length of the leading run of word characters of <paramref name="chars"/>.</summary>
    public static int LeadingWordLength(ReadOnlySpan<char> chars)
    {
        int n = 0;
        while (n < chars.Length && IsWordChar(chars[n])) n++;
        return n;
    }
}
