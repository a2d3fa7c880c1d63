using System.Globalization;
using EventExtract.Events.Triggers;
using EventExtract.Text;

namespace EventExtract.Training.Triggers;

/// <summary>Reads Data/trigger-contexts.tsv and featurizes each labelled candidate exactly as the runtime detector does.</summary>
internal static class TriggerDataset
{
    public static string DefaultPath => Path.Combine(SharedPaths.RepoRoot, "src", "EventExtract.Training", "Triggers", "Data", "trigger-contexts.tsv");

    /// <summary>A labelled row of the data file.</summary>
    public sealed record Row(string SourceId, string Sentence, int Start, int End, TriggerLabel Label);

    public static List<Row> ReadRows(string path)
    {
        var rows = new List<Row>();
        int lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            var c = line.Split('\t');
            if (c.Length != 5 || !Enum.TryParse<TriggerLabel>(c[4], out var label))
                throw new FormatException($"{path}:{lineNo}: expected source id, sentence, start, end, label.");
            rows.Add(new Row(c[0], c[1], int.Parse(c[2], CultureInfo.InvariantCulture), int.Parse(c[3], CultureInfo.InvariantCulture), label));
        }
        return rows;
    }

    /// <summary>
    /// Featurizes <paramref name="rows"/> through the default pipeline and the lexicon. Rows whose span is
    /// no longer a lexicon candidate (lexicon or tokenizer changed, or now a blocking idiom) are counted in <paramref name="unmatched"/>.
    /// </summary>
    public static List<TriggerExample> Featurize(IEnumerable<Row> rows, TriggerLexicon lexicon, TriggerFeaturizer featurizer, out int unmatched)
    {
        var pipeline = new EventExtractorPipeline();
        var matches = new List<LexiconMatch>();
        var features = new List<int>();
        var examples = new List<TriggerExample>();
        unmatched = 0;
        foreach (var row in rows)
        {
            var analyzed = pipeline.Analyze(ArticleReader.Instance.Read(row.Sentence));
            bool found = false;
            for (int s = 0; s < analyzed.Sentences.Count && !found; s++)
            {
                var sentence = analyzed.Sentences[s];
                if (!sentence.Span.Contains(row.Start)) continue;
                matches.Clear();
                lexicon.FindMatches(analyzed.Tokens, sentence, matches);
                foreach (var m in matches)
                {
                    if (m.Entry.Label == TriggerLabel.None) continue;
                    if (analyzed.Tokens.GetSpan(m.FirstToken).Start != row.Start || analyzed.Tokens.GetSpan(m.EndToken - 1).End != row.End) continue;
                    featurizer.Featurize(analyzed.Tokens, sentence, analyzed.Pos.Span, m, features);
                    examples.Add(new TriggerExample(row.SourceId, DocumentOf(row.SourceId), features.ToArray(), row.Label, m.Entry));
                    found = true;
                    break;
                }
            }
            if (!found) unmatched++;
        }
        return examples;
    }

    /// <summary>The document of a UD sentence id ("GUM_bio_gordon-19" → "GUM_bio_gordon").</summary>
    public static string DocumentOf(string sourceId)
    {
        int dash = sourceId.LastIndexOf('-');
        return dash > 0 ? sourceId[..dash] : sourceId;
    }

    /// <summary>True for the ~20% of documents held out as the dev split (stable FNV-1a hash of the document id).</summary>
    public static bool IsDev(string documentId)
    {
        uint h = TriggerText.AddRaw(TriggerText.Begin(), documentId);
        return h % 5 == 0;
    }
}
