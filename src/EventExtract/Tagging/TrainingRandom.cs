namespace EventExtract.Tagging;

/// <summary>Small seeded generator (xorshift64*) so training order never depends on the runtime's Random.</summary>
internal sealed class TrainingRandom
{
    private ulong _state;

    /// <summary>Creates a generator from a seed.</summary>
    public TrainingRandom(ulong seed) => _state = FeatureHash.Finish(seed + 0x9E3779B97F4A7C15UL) | 1;

    /// <summary>Next value in [0, <paramref name="max"/>).</summary>
    public int Next(int max)
    {
        _state ^= _state >> 12;
        _state ^= _state << 25;
        _state ^= _state >> 27;
        return (int)((_state * 2685821657736338717UL >> 33) % (ulong)max);
    }

    /// <summary>Fisher-Yates shuffle in place.</summary>
    public void Shuffle(int[] order)
    {
        for (int i = order.Length - 1; i > 0; i--)
        {
            int j = Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
    }
}
