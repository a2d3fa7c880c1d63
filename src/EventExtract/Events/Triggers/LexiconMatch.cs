namespace EventExtract.Events.Triggers;

/// <summary>A lexicon phrase found in a sentence: the tokens it covers and the entry it matched.</summary>
/// <param name="FirstToken">Index of the first covered token in the token table.</param>
/// <param name="TokenCount">Number of covered tokens.</param>
/// <param name="Entry">The matched lexicon entry.</param>
internal readonly record struct LexiconMatch(int FirstToken, int TokenCount, TriggerLexiconEntry Entry)
{
    /// <summary>Index just past the last covered token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
