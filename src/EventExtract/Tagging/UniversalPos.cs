namespace EventExtract.Tagging;

/// <summary>Universal Dependencies part-of-speech tags (UPOS).</summary>
public enum UniversalPos : byte
{
    /// <summary>Unknown or not tagged.</summary>
    X = 0,
    /// <summary>Adjective.</summary>
    ADJ,
    /// <summary>Adposition.</summary>
    ADP,
    /// <summary>Adverb.</summary>
    ADV,
    /// <summary>Auxiliary.</summary>
    AUX,
    /// <summary>Coordinating conjunction.</summary>
    CCONJ,
    /// <summary>Determiner.</summary>
    DET,
    /// <summary>Interjection.</summary>
    INTJ,
    /// <summary>Noun.</summary>
    NOUN,
    /// <summary>Numeral.</summary>
    NUM,
    /// <summary>Particle.</summary>
    PART,
    /// <summary>Pronoun.</summary>
    PRON,
    /// <summary>Proper noun.</summary>
    PROPN,
    /// <summary>Punctuation.</summary>
    PUNCT,
    /// <summary>Subordinating conjunction.</summary>
    SCONJ,
    /// <summary>Symbol.</summary>
    SYM,
    /// <summary>Verb.</summary>
    VERB,
}
