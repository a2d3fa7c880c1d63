namespace EventExtract.Events.Triggers;

/// <summary>
/// A quick "surely not listed" test for folded word lists (see <see cref="TriggerText.Fold"/>): one bit per length and
/// folded first character, and one per length and folded last character (characters taken modulo 64, lengths above 31
/// sharing a row). A word whose bits are not both set is none of the listed words, so a lookup can skip hashing it;
/// one whose bits are set may still be unlisted. Filled by its owner's constructor, then only read.
/// </summary>
internal sealed class CueWordFilter
{
    private const int Lengths = 32;
    private readonly ulong[] _first = new ulong[Lengths];
    private readonly ulong[] _last = new ulong[Lengths];

    /// <summary>Lists <paramref name="folded"/> (already folded).</summary>
    public void Add(string folded)
    {
        if (folded.Length == 0) return;
        int row = Math.Min(folded.Length, Lengths - 1);
        _first[row] |= 1UL << (folded[0] & 63);
        _last[row] |= 1UL << (folded[^1] & 63);
    }

    /// <summary>False when <paramref name="word"/> (any case) folds to none of the listed words.</summary>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return true; // (not worth a row: the lookup answers)
        int row = Math.Min(word.Length, Lengths - 1);
        return (_first[row] >> (TriggerText.Fold(word[0]) & 63) & 1) != 0
               && (_last[row] >> (TriggerText.Fold(word[^1]) & 63) & 1) != 0;
    }
}
