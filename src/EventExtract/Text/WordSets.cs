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

    /// <summary>Longest run of token characters <see cref="ContainsJoined"/> looks up.</summary>
    public const int MaxJoinedChars = 64;

    /// <summary>
    /// True when <paramref name="set"/> holds the characters of tokens <paramref name="first"/> ..
    /// <paramref name="first"/> + <paramref name="count"/> - 1 run together ("People 's Daily" as "People'sDaily",
    /// "Secretary - General" as "Secretary-General"), looked up without building a string; false for a run longer than
    /// <see cref="MaxJoinedChars"/>.
    /// </summary>
    public static bool ContainsJoined(HashSet<string> set, TokenTable tokens, int first, int count)
    {
        Span<char> buffer = stackalloc char[MaxJoinedChars];
        int length = 0;
        for (int t = first; t < first + count; t++)
        {
            var w = tokens.GetChars(t);
            if (length + w.Length > buffer.Length) return false;
            w.CopyTo(buffer[length..]);
            length += w.Length;
        }
        return Contains(set, buffer[..length]);
    }
}
