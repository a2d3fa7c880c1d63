namespace EventExtract.Text;

/// <summary>
/// Flat storage of the tokens of one text: parallel arrays of spans and kinds, no per-token objects.
/// Filled by an <see cref="ITokenizer"/>; read through <see cref="Token"/> views.
/// </summary>
public sealed class TokenTable
{
    private TextSpan[] _spans;
    private TokenKind[] _kinds;

    /// <summary>Creates an empty table over <paramref name="text"/>.</summary>
    public TokenTable(string text, int capacity = 64)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        _spans = new TextSpan[Math.Max(4, capacity)];
        _kinds = new TokenKind[_spans.Length];
    }

    /// <summary>The original text all spans refer to.</summary>
    public string Text { get; }

    /// <summary>Number of tokens.</summary>
    public int Count { get; private set; }

    /// <summary>The token at <paramref name="index"/>.</summary>
    public Token this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            return new Token(this, index);
        }
    }

    /// <summary>Appends a token; spans must be added in text order and must not overlap.</summary>
    public void Add(int start, int end, TokenKind kind)
    {
        if (start < 0 || end > Text.Length || end <= start) ThrowOutside(start, end);
        int n = Count;
        if (n == _spans.Length) Grow();
        _spans[n] = new TextSpan(start, end);
        _kinds[n] = kind;
        Count = n + 1;
    }

    // Kept out of Add so that the hot path stays small enough to inline.
    private void Grow()
    {
        Array.Resize(ref _spans, _spans.Length * 2);
        Array.Resize(ref _kinds, _spans.Length);
    }

    private void ThrowOutside(int start, int end) =>
        throw new ArgumentOutOfRangeException(nameof(start), $"Token [{start}..{end}) is outside the text of length {Text.Length}.");

    /// <summary>Span of token <paramref name="index"/>.</summary>
    public TextSpan GetSpan(int index) => _spans[index];

    /// <summary>Kind of token <paramref name="index"/>.</summary>
    public TokenKind GetKind(int index) => _kinds[index];

    /// <summary>Characters of token <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> GetChars(int index)
    {
        var s = _spans[index];
        return Text.AsSpan(s.Start, s.End - s.Start);
    }

    /// <summary>Text of token <paramref name="index"/> as a new string (allocates; not for hot paths).</summary>
    public string GetString(int index) => GetChars(index).ToString();

    /// <summary>True when whitespace or the end of input follows token <paramref name="index"/>.</summary>
    public bool IsFollowedBySpace(int index)
    {
        int end = _spans[index].End;
        return end >= Text.Length || char.IsWhiteSpace(Text[end]);
    }

    /// <summary>Index of the first token whose span ends after <paramref name="offset"/>, or <see cref="Count"/>.</summary>
    public int FindFirstEndingAfter(int offset)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_spans[mid].End <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
