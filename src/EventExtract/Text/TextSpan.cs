namespace EventExtract.Text;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 code units in the original input text.
/// <c>text.Substring(Start, End - Start)</c> gives the covered text back.
/// </summary>
/// <param name="Start">Offset of the first code unit (inclusive).</param>
/// <param name="End">Offset just past the last code unit (exclusive).</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of code units covered.</summary>
    public int Length => End - Start;

    /// <summary>True when the span covers no text.</summary>
    public bool IsEmpty => End <= Start;

    /// <summary>True when <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when <paramref name="offset"/> lies inside this span.</summary>
    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>True when the two spans share at least one code unit.</summary>
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>The covered characters of <paramref name="text"/>, without allocating.</summary>
    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, End - Start);

    /// <summary>The covered text as a new string.</summary>
    public string GetText(string text) => text.Substring(Start, End - Start);

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}
