using EventExtract.Tagging;

namespace EventExtract.Tests.Tagging;

/// <summary>A pass over a sentence's decoded entity labels (see <see cref="TaggingModelFixture.ApplyLabelPass"/>).</summary>
internal delegate void LabelPass(ReadOnlySpan<TokenInfo> infos, Span<byte> labels);

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

    /// <summary>
    /// The labels (BILOU names, "B-PER") of <paramref name="words"/> after <paramref name="pass"/> runs over the given
    /// <paramref name="labels"/>, with the recognizer's token features.
    /// </summary>
    internal string[] ApplyLabelPass(string[] words, string labels, LabelPass pass)
    {
        var infos = words.Select(w => Recognizer.Info(w)).ToArray();
        byte[] tags = EntityRecognizerTests.Labels(labels);
        pass(infos, tags);
        return tags.Select(l => EntityLabels.Name(l)).ToArray();
    }

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
