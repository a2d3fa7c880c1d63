namespace EventExtract.Text;

/// <summary>Looks a token's characters up in a word set without allocating where the runtime allows.</summary>
internal static class WordSets
{
    /// <summary>True when <paramref name="set"/> (compared as it was built, e.g. case-insensitive) holds <paramref name="word"/>.</summary>
    public static bool Contains(HashSet<string> set, ReadOnlySpan<char> word)
    {
#if NET9_0_OR_GREATER
        return set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
#else
        return set.Contains(word.ToString());
#endif
    }
}
