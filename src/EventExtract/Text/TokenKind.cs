namespace EventExtract.Text;

/// <summary>What shape of text a token covers. Decided by the tokenizer from characters alone.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters, possibly with inner hyphens or apostrophes ("peace", "face-to-face").</summary>
    Word,
    /// <summary>An abbreviation or initial with its period ("U.S.", "Dr.", "J.").</summary>
    Abbreviation,
    /// <summary>A number, possibly with separators or a decimal part ("1,000.5", "12").</summary>
    Number,
    /// <summary>A percentage ("5%").</summary>
    Percent,
    /// <summary>A currency sign or code attached to an amount ("$", "€").</summary>
    Currency,
    /// <summary>Sentence or clause punctuation (". , ; : ! ?" and ellipses).</summary>
    Punctuation,
    /// <summary>A straight or curly quotation mark.</summary>
    Quote,
    /// <summary>A dash: em dash, en dash, "--" or "––".</summary>
    Dash,
    /// <summary>Opening or closing bracket.</summary>
    Bracket,
    /// <summary>A possessive or clitic suffix split from its word ("'s", "’s", "n't").</summary>
    Clitic,
    /// <summary>A web address.</summary>
    Url,
    /// <summary>An e-mail address.</summary>
    Email,
    /// <summary>An emoji or pictograph, including joined sequences.</summary>
    Emoji,
    /// <summary>Any other symbol.</summary>
    Symbol,
}
