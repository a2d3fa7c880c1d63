namespace EventExtract.Tagging;

/// <summary>A training or test sentence for the entity recognizer: words, POS tags and BILOU label ids.</summary>
internal sealed record EntitySentence(string[] Words, UniversalPos[] Pos, byte[] Labels);
