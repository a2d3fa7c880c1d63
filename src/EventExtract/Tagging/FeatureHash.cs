namespace EventExtract.Tagging;

/// <summary>
/// 64-bit hashing of features computed straight from character spans, so inference allocates no strings.
/// Feature keys are 64-bit: with a few hundred thousand features a collision is vanishingly unlikely, and
/// everything that must be exact (the tag dictionary) compares real strings instead.
/// </summary>
internal static class FeatureHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>Hash of the characters, optionally lowercased, after <see cref="Normalize"/>.</summary>
    public static ulong Of(ReadOnlySpan<char> chars, bool lower)
    {
        ulong h = FnvOffset;
        foreach (char c in chars)
        {
            char n = Normalize(c);
            if (lower) n = ToLower(n);
            h = (h ^ n) * FnvPrime;
        }
        return Finish(h ^ (ulong)chars.Length);
    }

    /// <summary>Hash of a string value (used by trainers and tests; same result as the span overload).</summary>
    public static ulong Of(string s, bool lower) => Of(s.AsSpan(), lower);

    // Featurizers hash some 30 to 50 features per token: inlined, the calls' cost goes and the hashes of one token overlap.
    /// <summary>Combines a template id with one value.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong a) => Finish((a + 0x9E3779B97F4A7C15UL * (ulong)(template + 1)) ^ ((ulong)template << 56));

    /// <summary>Combines a template id with two values.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong a, ulong b) => Feature(template, Finish(a * 31 + Finish(b ^ 0x5bd1e995UL)));

    /// <summary>Combines a template id with three values.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong a, ulong b, ulong c) => Feature(template, Finish(a * 31 + Finish(b ^ 0x5bd1e995UL)), c);

    /// <summary><see cref="char.ToLowerInvariant"/> with an ASCII fast path.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static char ToLower(char c) => c < 128 ? ((uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);

    /// <summary>Maps typographic variants to one form so curly and straight quotes/apostrophes share features.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static char Normalize(char c) => c < 0xAB ? c : c switch
    {
        '\u2018' or '\u2019' or '\u201B' or '\u02BC' or '\u2032' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033' => '"',
        '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        _ => c,
    };

    /// <summary>SplitMix64 finalizer: spreads bits so nearby inputs give unrelated keys.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static ulong Finish(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
