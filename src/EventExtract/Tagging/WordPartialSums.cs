using System.Runtime.CompilerServices;

namespace EventExtract.Tagging;

/// <summary>
/// The summed weights of the word-only features (<see cref="PosFeaturizer.WordFeatures"/>,
/// <see cref="EntityFeaturizer.WordFeatures"/>) of a model's vocabulary words, two rows per word: as written lowercase
/// and capitalized (<see cref="TokenInfo.Form"/>), the forms in which a vocabulary word has exactly these features.
/// Those features come first in a token's features, so scoring a vocabulary word goes on from its row
/// (<see cref="LinearModel.Score(ReadOnlySpan{float}, ReadOnlySpan{ulong}, Span{float})"/>) and looks up only its context
/// features: the same floats as summing all of them, with about a quarter fewer table look-ups.
/// A row is summed the first time a token needs it (summing them all at load took longer than tagging many articles),
/// so an instance is shared by threads: a row is written in full before it is marked done, and two threads that sum
/// the same row at once write the same floats.
/// </summary>
internal sealed class WordPartialSums
{
    /// <summary>Writes the word-only features of a token; returns their number.</summary>
    public delegate int Featurizer(in TokenInfo word, Span<ulong> features);

    private readonly LinearModel _model;
    private readonly Featurizer _featurize;
    private readonly float[] _sums; // Length floats per row
    private readonly byte[] _done;  // 1 once the row's sums are written
    private readonly int _length;

    /// <summary>Rows for the words of a vocabulary of <paramref name="words"/> words.</summary>
    public WordPartialSums(LinearModel model, int words, Featurizer featurize)
    {
        _model = model;
        _featurize = featurize;
        _length = model.PartialLength;
        _sums = new float[(long)words * 2 * _length <= Array.MaxLength ? words * 2 * _length : throw new ArgumentOutOfRangeException(nameof(words))];
        _done = new byte[words * 2];
    }

    /// <summary>
    /// 1 + the row of a token whose vocabulary entry (<see cref="VocabularyIndex.Find"/>) is <paramref name="entry"/> and
    /// whose <see cref="TokenInfo.Form"/> is <paramref name="form"/>; 0 when it has none.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int RowOf(int entry, sbyte form) => entry != 0 && form >= 0 ? (entry - 1) * 2 + form + 1 : 0;

    /// <summary>
    /// The partial sums of row <paramref name="row"/> (1-based, from <see cref="RowOf"/>) of the token <paramref name="word"/>;
    /// <paramref name="scratch"/> (<see cref="LinearModel.PartialLength"/> long at least) holds them when the row is summed now.
    /// </summary>
    public ReadOnlySpan<float> Get(int row, in TokenInfo word, Span<float> scratch)
    {
        int r = row - 1;
        var stored = _sums.AsSpan(r * _length, _length);
        if (Volatile.Read(ref _done[r]) != 0) return stored;
        Span<ulong> features = stackalloc ulong[16];
        int n = _featurize(word, features);
        var sums = scratch[.._length];
        _model.ScorePartial(features[..n], sums);
        sums.CopyTo(stored);
        Volatile.Write(ref _done[r], 1);
        return sums;
    }
}
