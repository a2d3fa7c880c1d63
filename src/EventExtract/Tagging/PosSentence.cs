namespace EventExtract.Tagging;

/// <summary>A training or test sentence for the POS tagger: words and their gold tags.</summary>
internal sealed record PosSentence(string[] Words, UniversalPos[] Tags);
