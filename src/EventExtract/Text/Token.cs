namespace EventExtract.Text;

/// <summary>
/// A view of one token stored in a <see cref="TokenTable"/>. It holds no string of its own:
/// its text is read from the original input through <see cref="Span"/>.
/// </summary>
public readonly struct Token
{
    private readonly TokenTable _table;

    internal Token(TokenTable table, int index)
    {
        _table = table;
        Index = index;
    }

    /// <summary>Position of the token in its table.</summary>
    public int Index { get; }

    /// <summary>The covered range of the original text.</summary>
    public TextSpan Span => _table.GetSpan(Index);

    /// <summary>Offset of the first character (inclusive).</summary>
    public int Start => _table.GetSpan(Index).Start;

    /// <summary>Offset just past the last character (exclusive).</summary>
    public int End => _table.GetSpan(Index).End;

    /// <summary>The token's shape.</summary>
    public TokenKind Kind => _table.GetKind(Index);

    /// <summary>The token's characters in the original text, without allocating.</summary>
    public ReadOnlySpan<char> Text => _table.GetChars(Index);

    /// <summary>True when whitespace (or the end of input) follows the token.</summary>
    public bool IsFollowedBySpace => _table.IsFollowedBySpace(Index);

    /// <inheritdoc />
    public override string ToString() => Text.ToString();
}
