namespace EventExtract.Text;

/// <summary>How an abbreviation behaves at a possible sentence end (see Resources/Text/abbreviations.txt).</summary>
internal enum AbbreviationClass : byte
{
    /// <summary>Not an abbreviation.</summary>
    None,
    /// <summary>A title before a name ("Mr.", "Gen."): never ends a sentence.</summary>
    Title,
    /// <summary>May end a sentence ("Inc.", "etc.", "U.S.").</summary>
    General,
    /// <summary>An abbreviation only before a number ("No. 5").</summary>
    Number,
    /// <summary>A month or weekday ("Oct."): usually followed by a day number.</summary>
    Month,
    /// <summary>A single capital initial ("J."): never ends a sentence.</summary>
    Initial,
}
