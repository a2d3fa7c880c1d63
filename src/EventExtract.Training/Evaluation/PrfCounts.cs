namespace EventExtract.Training.Evaluation;

/// <summary>True positives, false positives and false negatives, with precision, recall and F1.</summary>
internal readonly record struct PrfCounts(int Tp, int Fp, int Fn)
{
    /// <summary>Tp / (Tp + Fp), or 0 when nothing was predicted.</summary>
    public double Precision => Tp + Fp == 0 ? 0 : (double)Tp / (Tp + Fp);

    /// <summary>Tp / (Tp + Fn), or 0 when there is no gold.</summary>
    public double Recall => Tp + Fn == 0 ? 0 : (double)Tp / (Tp + Fn);

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Sums two counts.</summary>
    public static PrfCounts operator +(PrfCounts a, PrfCounts b) => new(a.Tp + b.Tp, a.Fp + b.Fp, a.Fn + b.Fn);
}
