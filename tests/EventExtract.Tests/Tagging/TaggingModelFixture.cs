using EventExtract.Tagging;

namespace EventExtract.Tests.Tagging;

/// <summary>Loads the embedded models once for all tagging tests.</summary>
public sealed class TaggingModelFixture
{
    public TaggingModelFixture()
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        Tagger = AveragedPerceptronPosTagger.LoadDefault();
        Recognizer = AveragedPerceptronEntityRecognizer.LoadDefault();
        LoadTime = sw.Elapsed;
    }

    public AveragedPerceptronPosTagger Tagger { get; }

    public AveragedPerceptronEntityRecognizer Recognizer { get; }

    public TimeSpan LoadTime { get; }

    /// <summary>The names the tagger and recognizer find in one sentence of <paramref name="words"/>, with their types.</summary>
    public (string Text, EntityType Type)[] Recognize(params string[] words)
    {
        var (table, sentence) = TokenTables.FromWords(words);
        var tags = new UniversalPos[table.Count];
        Tagger.Tag(table, sentence, tags);
        var names = new List<EntitySpan>();
        Recognizer.Recognize(table, sentence, tags, names);
        return names.Select(n => (table.Text[n.Span.Start..n.Span.End], n.Type)).ToArray();
    }
}
