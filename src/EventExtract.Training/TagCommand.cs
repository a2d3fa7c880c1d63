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
        var tagger = TaggingModelFiles.LoadPos(args);
        var t1 = sw.Elapsed.TotalMilliseconds;
        var ner = TaggingModelFiles.LoadNer(args);
        Console.WriteLine($"load: POS {t1:F0} ms, NER {sw.Elapsed.TotalMilliseconds - t1:F0} ms");
        int dirAt = Array.IndexOf(args, "--dir");
        var words = string.Join(' ', args.Where((_, i) => dirAt < 0 || (i != dirAt && i != dirAt + 1))).Split(' ', StringSplitOptions.RemoveEmptyEntries);
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
        if (Environment.GetEnvironmentVariable("NER_DEBUG") is not null)
        {
            // The greedy path with the three best allowed labels' scores at each token.
            var infos = words.Select(w => ner.Info(w)).ToArray();
            Span<ulong> f = stackalloc ulong[EntityFeaturizer.MaxFeatures];
            var scores = new float[EntityLabels.Count];
            int p1 = EntityLabels.Start, p2 = EntityLabels.Start;
            for (int i = 0; i < words.Length; i++)
            {
                int k = EntityFeaturizer.Extract(infos, tags, i, p1, p2, f);
                ner.Model.Score(f[..k], scores);
                var allowed = Enumerable.Range(0, EntityLabels.Count).Where(c => EntityLabels.IsValid(p1, c, i == words.Length - 1))
                    .OrderByDescending(c => scores[c]).ToList();
                Console.WriteLine($"  {words[i],-14} " + string.Join("  ", allowed.Take(3).Select(c => $"{EntityLabels.Name(c)}={scores[c]:F1}")));
                (p2, p1) = (p1, allowed[0]);
            }
        }
        var names = new List<EntitySpan>();
        ner.Recognize(table, sentence, tags, names);
        foreach (var e in names) Console.WriteLine($"  {table.Text[e.Span.Start..e.Span.End]} {e.Type} {e.Confidence:F3}");
        return 0;
    }
}
