using EventExtract.Tagging;

namespace EventExtract.Training;

/// <summary>Tags a whitespace-tokenized sentence with the embedded models and prints tags and entities (for inspection).</summary>
internal sealed class TagCommand : ICommand
{
    public string Name => "tag";

    public string Description => "Tag a space-separated sentence given as arguments; prints UPOS tags and entities.";

    public int Run(string[] args)
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var tagger = AveragedPerceptronPosTagger.LoadDefault();
        var t1 = sw.Elapsed.TotalMilliseconds;
        var ner = AveragedPerceptronEntityRecognizer.LoadDefault();
        Console.WriteLine($"load: POS {t1:F0} ms, NER {sw.Elapsed.TotalMilliseconds - t1:F0} ms");
        var words = string.Join(' ', args).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return 0;
        var (table, sentence) = TokenTables.FromWords(words);
        var tags = new UniversalPos[table.Count];
        tagger.Tag(table, sentence, tags);
        Console.WriteLine(string.Join(' ', words.Select((w, i) => w + "/" + tags[i])));
        if (Environment.GetEnvironmentVariable("TAG_DEBUG") is not null)
        {
            var infos = words.Select(w => TokenInfo.Compute(w, tagger.Vocabulary)).ToArray();
            Span<ulong> f = stackalloc ulong[PosFeaturizer.MaxFeatures];
            var one = new float[17];
            int k = PosFeaturizer.Extract(infos, 0, PosFeaturizer.StartTag, PosFeaturizer.StartTag, f);
            for (int j = 0; j < k; j++)
            {
                tagger.Model.Score(f.Slice(j, 1), one);
                Console.WriteLine($"  f{j}: " + string.Join(' ', Enumerable.Range(0, 17).Where(c => one[c] != 0).Select(c => $"{(UniversalPos)c}={one[c]:F2}")));
            }
        }
        var names = new List<EntitySpan>();
        ner.Recognize(table, sentence, tags, names);
        foreach (var e in names) Console.WriteLine($"  {table.Text[e.Span.Start..e.Span.End]} {e.Type} {e.Confidence:F3}");
        return 0;
    }
}
