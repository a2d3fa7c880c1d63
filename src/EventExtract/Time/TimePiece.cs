namespace EventExtract.Time;

/// <summary>Shape of a <see cref="TimePiece"/>.</summary>
internal enum TimePieceKind : byte
{
    Alpha,
    Digit,
    Symbol,
}

/// <summary>
/// A letter run, digit run or single symbol of a sentence. The matcher works on these rather than on
/// the pipeline's tokens so that "Oct." / "Oct" + "." or "3:45am" / "3:45" + "am" match alike.
/// </summary>
internal struct TimePiece
{
    public int Start;
    public int End;
    public TimePieceKind Kind;
    public bool Cap;
    public bool SpaceBefore;
    public char Sym;
    public int Value;
    public TimeWord? Word;

    public readonly int Length => End - Start;
}
