namespace EventExtract.Tagging;

/// <summary>Orthographic facts about a token used as features.</summary>
[Flags]
internal enum TokenFlags : byte
{
    /// <summary>None.</summary>
    None = 0,
    /// <summary>First character is uppercase.</summary>
    Capitalized = 1,
    /// <summary>Every letter is uppercase.</summary>
    AllCaps = 2,
    /// <summary>Contains a digit.</summary>
    HasDigit = 4,
    /// <summary>Contains a letter.</summary>
    HasLetter = 8,
    /// <summary>Contains a hyphen.</summary>
    HasHyphen = 16,
}
