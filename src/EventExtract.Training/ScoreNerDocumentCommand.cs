using EventExtract.Tagging;
using EventExtract.Text;

namespace EventExtract.Training;

/// <summary>
/// Scores the entity model on UNER EWT dev and GUM dev per sentence and after the document-level consistency
/// pass (<see cref="EntityDocumentConsistency"/>). Args: [--dir DIR] [--split dev|test] [--errors] (print each wrong or missed name after the pass).
/// </summary>
internal sealed class ScoreNerDocumentCommand : ICommand
{
    private const int Repeats = 20;

    public string Name => "score-ner-doc";

    public string Description => "Entity span F1 per sentence vs. with the document-level consistency pass (UNER EWT and GUM dev).";

    public int Run(string[] args)
    {
        var tagger = TaggingModelFiles.LoadPos(args);
        var ner = TaggingModelFiles.LoadNer(args);
        string split = TrainTaggingCommand.StringArg(args, "--split") ?? "dev";
        bool showErrors = args.Contains("--errors");
        var gumGenres = new Dictionary<object, string>(ReferenceEqualityComparer.Instance);
        foreach (var (name, docs) in new[] { ($"UNER EWT {split}", UnerDocuments(split)), ($"GUM {split}", GumDocuments(split, gumGenres)) })
        {
            string? genreOf(object doc) => gumGenres.GetValueOrDefault(doc);
            var plain = new (int Tp, int Fp, int Fn)[4];
            var consistent = new (int Tp, int Fp, int Fn)[4];
            var kinds = new int[5];
            var genres = new SortedDictionary<string, (int Tp, int Fp, int Fn)[]>(StringComparer.Ordinal);
            var timed = new List<(TokenTable, List<EventExtract.Text.Sentence>, List<EntitySpan>, UniversalPos[])>();
            long passTokens = 0;
            foreach (var doc in docs)
            {
                var words = doc.SelectMany(d => d.Words).ToArray();
                if (words.Length == 0) continue;
                var (tokens, _) = TokenTables.FromWords(words);
                var tags = new UniversalPos[words.Length];
                var gold = new List<(int Start, int End, EntityType Type)>();
                var spans = new List<EntitySpan>();
                int offset = 0;
                foreach (var (w, bio) in doc)
                {
                    var pos = PosTaggerTrainer.TagWords(tagger, w);
                    pos.CopyTo(tags, offset);
                    var sentence = new EventExtract.Text.Sentence(
                        new EventExtract.Text.TextSpan(tokens.GetSpan(offset).Start, tokens.GetSpan(offset + w.Length - 1).End), offset, w.Length, 0);
                    ner.Recognize(tokens, sentence, tags, spans);
                    foreach (var g in TaggingScores.Spans(EntityRecognizerTrainer.BilouFromBio(bio))) gold.Add((g.Start + offset, g.End + offset, g.Type));
                    offset += w.Length;
                }
                Add(plain, gold, spans);
                var sentences = new List<EventExtract.Text.Sentence>();
                offset = 0;
                foreach (var (w, _) in doc)
                {
                    sentences.Add(new EventExtract.Text.Sentence(
                        new EventExtract.Text.TextSpan(tokens.GetSpan(offset).Start, tokens.GetSpan(offset + w.Length - 1).End), offset, w.Length, 0));
                    offset += w.Length;
                }
                var after = NamePostPasses.Apply(tokens, sentences, tags, spans);
                timed.Add((tokens, sentences, spans, tags));
                passTokens += (long)tokens.Count * Repeats;
                Add(consistent, gold, after);
                CountKinds(kinds, gold, after);
                if (genreOf(doc) is { } genre)
                {
                    if (!genres.TryGetValue(genre, out var gc)) genres[genre] = gc = new (int, int, int)[4];
                    Add(gc, gold, after);
                }
                if (showErrors) PrintErrors(words, gold, after, genreOf(doc) ?? "");
            }
            TaggingScores.PrintEntityTable(name + " (per sentence)", plain);
            TaggingScores.PrintEntityTable(name + " (document consistency)", consistent);
            Console.WriteLine($"    errors: type {kinds[0]}, boundary {kinds[1]} (boundary and type {kinds[2]}), missed {kinds[3]}, spurious {kinds[4]}");
            foreach (var (genre, gc) in genres)
                Console.WriteLine($"    {genre,-10} F1={TaggingScores.F1(gc[3]):F3}  (gold {gc[3].Tp + gc[3].Fn}, predicted {gc[3].Tp + gc[3].Fp})");
            double passCpuMs = TaggingScores.CpuMilliseconds(() =>
            {
                for (int rep = 0; rep < Repeats; rep++)
                    foreach (var (tokens, sentences, spans, tags) in timed) NamePostPasses.Apply(tokens, sentences, tags, spans);
            });
            Console.WriteLine($"  consistency pass: {passTokens / (passCpuMs / 1000):N0} tokens per CPU second");
        }
        return 0;
    }

    // One line per wrong or missed name after the pass: "-" gold names not found, "+" guesses not in the gold, with two words of context.
    private static void PrintErrors(string[] words, List<(int Start, int End, EntityType Type)> gold, IReadOnlyList<EntitySpan> guess, string genre)
    {
        var g = gold.ToHashSet();
        var p = guess.Select(s => (Start: s.FirstToken, End: s.FirstToken + s.TokenCount, s.Type)).ToHashSet();
        string Show((int Start, int End, EntityType Type) x) =>
            $"{string.Join(' ', words[Math.Max(0, x.Start - 3)..x.Start])} [{string.Join(' ', words[x.Start..x.End])}]/{x.Type} {string.Join(' ', words[x.End..Math.Min(words.Length, x.End + 3)])}";
        foreach (var x in g.Where(x => !p.Contains(x)).OrderBy(x => x.Start)) Console.WriteLine($"  - {genre} " + Show(x));
        foreach (var x in p.Where(x => !g.Contains(x)).OrderBy(x => x.Start)) Console.WriteLine($"  + {genre} " + Show(x));
    }

    private static void Add((int Tp, int Fp, int Fn)[] counts, List<(int Start, int End, EntityType Type)> gold, IReadOnlyList<EntitySpan> guess)
    {
        var g = gold.ToHashSet();
        var p = guess.Select(s => (s.FirstToken, s.FirstToken + s.TokenCount, s.Type)).ToHashSet();
        foreach (var x in p)
        {
            int t = (int)x.Type;
            if (g.Contains(x)) { counts[t].Tp++; counts[3].Tp++; } else { counts[t].Fp++; counts[3].Fp++; }
        }
        foreach (var x in g)
            if (!p.Contains(x)) { counts[(int)x.Type].Fn++; counts[3].Fn++; }
    }

    private static List<List<(string[] Words, string[] Bio)>> UnerDocuments(string split) => Iob2Corpus.ReadDocuments(TaggingData.Uner(split));

    // GUM documents; genres maps each document to its genre (the second part of "GUM_news_..." ids).
    private static List<List<(string[] Words, string[] Bio)>> GumDocuments(string split, Dictionary<object, string> genres)
    {
        var docs = new List<List<(string[] Words, string[] Bio)>>();
        foreach (var g in ConlluSentence.ReadAll(TaggingData.Gum(split)).GroupBy(s => s.Id[..s.Id.LastIndexOf('-')]))
        {
            var doc = g.Select(s => (s.Words, GumEntities.ToBio(s))).ToList();
            var parts = g.Key.Split('_');
            genres[doc] = parts.Length > 1 ? parts[1] : g.Key;
            docs.Add(doc);
        }
        return docs;
    }

    // Error kinds after the pass: a gold name guessed with the same span but another type (0), a guess overlapping it
    // with the same type but other edges (1), other edges and another type (2), no overlapping guess (3); a guess
    // overlapping no gold name (4).
    private static void CountKinds(int[] kinds, List<(int Start, int End, EntityType Type)> gold, IReadOnlyList<EntitySpan> guess)
    {
        var p = guess.Select(s => (Start: s.FirstToken, End: s.FirstToken + s.TokenCount, s.Type)).ToList();
        var g = gold.ToHashSet();
        foreach (var x in gold)
        {
            if (p.Contains(x)) continue;
            var over = p.Where(y => y.Start < x.End && x.Start < y.End).ToList();
            if (over.Count == 0) kinds[3]++;
            else if (over.Any(y => y.Start == x.Start && y.End == x.End)) kinds[0]++;
            else kinds[over.Any(y => y.Type == x.Type) ? 1 : 2]++;
        }
        foreach (var y in p)
            if (!g.Contains(y) && !gold.Any(x => y.Start < x.End && x.Start < y.End)) kinds[4]++;
    }
}
