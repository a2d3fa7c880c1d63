using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EventExtract.Text;
using EventExtract.Time;

namespace EventExtract.Training;

/// <summary>
/// Scores the TimeTagger with the TempEval-3 TIMEX3 measures on TimeBank (tuning), AQUAINT (held out)
/// and the GUM Wikinews &lt;date&gt; spans.
/// </summary>
internal sealed class ScoreTimexCommand : ICommand
{
    public string Name => "score-timex";

    public string Description => "TempEval-3 TIMEX3 scores on TimeBank, AQUAINT and GUM Wikinews ([timebank|aquaint|gum|all] [--errors FILE] [--bench])";

    private sealed record GoldTimex(int Start, int End, string Type, string? Value);

    private sealed record ScoredDoc(string Id, string Text, DateOnly? Dct, List<GoldTimex> Gold, List<(int Start, int End)> Excluded);

    public int Run(string[] args)
    {
        string which = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
        string? errorsPath = null;
        for (int i = 0; i < args.Length - 1; i++) if (args[i] == "--errors") errorsPath = args[i + 1];
        bool bench = args.Contains("--bench");
        var errors = errorsPath is null ? null : new StringBuilder();
        var tagger = new TimeTagger();
        var sets = new List<(string Name, List<ScoredDoc> Docs, bool DatesOnly)>();
        string tbRoot = Path.Combine(SharedPaths.Corpora, "timebank-aquaint");
        if (which is "all" or "timebank") sets.Add(("TimeBank", LoadTml(Path.Combine(tbRoot, "TimeBank")), false));
        if (which is "all" or "aquaint") sets.Add(("AQUAINT", LoadTml(Path.Combine(tbRoot, "AQUAINT")), false));
        if (which is "all" or "gum") sets.Add(("GUM-Wikinews", LoadGum(Path.Combine(SharedPaths.Corpora, "gum", "wikinews-xml")), true));
        Console.WriteLine($"{"corpus",-14} {"docs",5} {"gold",5} {"sys",5} | {"strict P",8} {"R",6} {"F1",6} | {"relax P",8} {"R",6} {"F1",6} | {"type acc",8} {"val acc",8} {"val F1",7}");
        foreach (var (name, docs, datesOnly) in sets)
        {
            var score = new Score();
            foreach (var doc in docs)
            {
                var system = Tag(tagger, doc, datesOnly);
                Compare(doc, system, score, datesOnly, errors, name);
            }
            Console.WriteLine($"{name,-14} {docs.Count,5} {score.Gold,5} {score.System,5} | {score.StrictP,8:F3} {score.StrictR,6:F3} {score.StrictF,6:F3} | {score.RelaxedP,8:F3} {score.RelaxedR,6:F3} {score.RelaxedF,6:F3} | {score.TypeAcc,8:F3} {score.ValueAcc,8:F3} {score.ValueF,7:F3}");
        }
        if (errors is not null) File.WriteAllText(errorsPath!, errors.ToString());
        if (bench) Bench(tagger, sets.SelectMany(s => s.Docs).ToList());
        return 0;
    }

    private static List<Timex> Tag(TimeTagger tagger, ScoredDoc doc, bool datesOnly)
    {
        var document = ArticleReader.Instance.Read(doc.Text, published: doc.Dct, id: doc.Id);
        var analyzed = new EventExtractorPipeline { TimeTagger = tagger }.Analyze(document);
        var list = analyzed.Timexes.Where(t => !doc.Excluded.Any(x => x.Start < t.Span.End && t.Span.Start < x.End)).ToList();
        // GUM marks calendar dates only: durations, sets and vague references are outside its annotation.
        if (datesOnly) list = list.Where(t => t.Type is TimexType.Date or TimexType.Time && !t.Value.EndsWith("_REF", StringComparison.Ordinal)).ToList();
        return list;
    }

    private static void Bench(TimeTagger tagger, List<ScoredDoc> docs)
    {
        var analyzed = docs.Select(d => new EventExtractorPipeline().Analyze(ArticleReader.Instance.Read(d.Text, published: d.Dct))).ToList();
        long chars = analyzed.Sum(a => (long)a.Text.Length);
        var output = new List<Timex>();
        foreach (var a in analyzed) tagger.Tag(a, output); // warm-up
        var sw = Stopwatch.StartNew();
        int rounds = 0;
        while (sw.ElapsedMilliseconds < 3000)
        {
            foreach (var a in analyzed) { output.Clear(); tagger.Tag(a, output); }
            rounds++;
        }
        sw.Stop();
        double mb = chars * rounds * 2 / 1e6; // UTF-16 bytes would double; report characters as bytes of ASCII text
        double mbText = chars * (double)rounds / 1e6;
        Console.WriteLine($"bench: {rounds} rounds over {chars:N0} chars in {sw.Elapsed.TotalSeconds:F2} s = {mbText / sw.Elapsed.TotalSeconds:F1} MB/s of text (time tagger only, one thread; {mb / sw.Elapsed.TotalSeconds:F1} MB/s as UTF-16)");
    }

    // ------------------------------------------------------------------ scoring

    private sealed class Score
    {
        public int Gold, System, StrictMatch, RelaxedSys, RelaxedGold, Pairs, TypeOk, ValueOk;

        private static double F(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);

        public double StrictP => System == 0 ? 0 : (double)StrictMatch / System;
        public double StrictR => Gold == 0 ? 0 : (double)StrictMatch / Gold;
        public double StrictF => F(StrictP, StrictR);
        public double RelaxedP => System == 0 ? 0 : (double)RelaxedSys / System;
        public double RelaxedR => Gold == 0 ? 0 : (double)RelaxedGold / Gold;
        public double RelaxedF => F(RelaxedP, RelaxedR);
        public double TypeAcc => Pairs == 0 ? 0 : (double)TypeOk / Pairs;
        public double ValueAcc => Pairs == 0 ? 0 : (double)ValueOk / Pairs;
        public double ValueF => F(System == 0 ? 0 : (double)ValueOk / System, Gold == 0 ? 0 : (double)ValueOk / Gold);
    }

    private static void Compare(ScoredDoc doc, List<Timex> system, Score score, bool datesOnly, StringBuilder? errors, string corpus)
    {
        var gold = doc.Gold;
        score.Gold += gold.Count;
        score.System += system.Count;
        var goldUsed = new bool[gold.Count];
        var sysMatched = new bool[system.Count];
        foreach (var g in gold)
            if (system.Any(s => s.Span.Start == g.Start && s.Span.End == g.End)) score.StrictMatch++;
        for (int si = 0; si < system.Count; si++)
        {
            var s = system[si];
            int best = -1;
            for (int gi = 0; gi < gold.Count; gi++)
            {
                var g = gold[gi];
                if (g.Start < s.Span.End && s.Span.Start < g.End && !goldUsed[gi]) { best = gi; break; }
            }
            if (best < 0)
            {
                if (system.Count > 0 && gold.Any(g => g.Start < s.Span.End && s.Span.Start < g.End)) score.RelaxedSys++; // overlaps an already paired gold timex
                else errors?.AppendLine($"{corpus}\t{doc.Id}\tFP\t{s.Text}\t{s.Type}\t{s.Value}\t{Context(doc.Text, s.Span.Start, s.Span.End)}");
                continue;
            }
            goldUsed[best] = true;
            sysMatched[si] = true;
            score.RelaxedSys++;
            score.Pairs++;
            var gm = gold[best];
            bool typeOk = datesOnly || string.Equals(gm.Type, s.Type.ToString(), StringComparison.OrdinalIgnoreCase);
            bool valueOk = ValueMatches(gm.Value, s.Value, datesOnly);
            if (typeOk) score.TypeOk++;
            if (valueOk) score.ValueOk++;
            if (!valueOk || !typeOk)
                errors?.AppendLine($"{corpus}\t{doc.Id}\tVAL\t{s.Text}\t{s.Type}\t{s.Value}\tgold={doc.Text[gm.Start..gm.End]}|{gm.Type}|{gm.Value}\t{Context(doc.Text, s.Span.Start, s.Span.End)}");
        }
        for (int gi = 0; gi < gold.Count; gi++)
        {
            if (system.Any(s => s.Span.Start < gold[gi].End && gold[gi].Start < s.Span.End)) { score.RelaxedGold++; continue; }
            var g = gold[gi];
            errors?.AppendLine($"{corpus}\t{doc.Id}\tFN\t{doc.Text[g.Start..g.End]}\t{g.Type}\t{g.Value}\t{Context(doc.Text, g.Start, g.End)}");
        }
    }

    private static bool ValueMatches(string? gold, string system, bool datesOnly)
    {
        if (gold is null) return false;
        if (!datesOnly) return gold == system;
        // GUM: ISO dates; "--10" is October of an unstated year, so only the stated part is compared.
        int t = system.IndexOf('T');
        if (t > 0) system = system[..t];
        if (gold.StartsWith("--", StringComparison.Ordinal)) return system.Length >= 4 && system[4..] == gold[1..];
        return gold == system;
    }

    private static string Context(string text, int start, int end)
    {
        int a = Math.Max(0, start - 60), b = Math.Min(text.Length, end + 60);
        return (text[a..start] + "[[" + text[start..end] + "]]" + text[end..b]).Replace('\n', ' ').Replace('\t', ' ');
    }

    // ------------------------------------------------------------------ TimeML

    private static readonly Regex AttrRegex = new("""(\w+)="([^"]*)" """.TrimEnd(), RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    private static List<ScoredDoc> LoadTml(string dir)
    {
        var docs = new List<ScoredDoc>();
        foreach (string path in Directory.GetFiles(dir, "*.tml").OrderBy(p => p, StringComparer.Ordinal))
        {
            string xml = File.ReadAllText(path);
            DateOnly? dct = null;
            int dctAt = xml.IndexOf("functionInDocument=\"CREATION_TIME\"", StringComparison.Ordinal);
            if (dctAt >= 0)
            {
                int tagStart = xml.LastIndexOf("<TIMEX3", dctAt, StringComparison.Ordinal);
                var attrs = Attributes(xml[tagStart..xml.IndexOf('>', dctAt)]);
                if (attrs.TryGetValue("value", out var v) && v.Length >= 10 && DateOnly.TryParseExact(v[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) dct = d;
            }
            int s = xml.IndexOf("<TEXT>", StringComparison.Ordinal) + "<TEXT>".Length;
            int e = xml.IndexOf("</TEXT>", StringComparison.Ordinal);
            var text = new StringBuilder();
            var gold = new List<GoldTimex>();
            var excluded = new List<(int, int)>();
            Dictionary<string, string>? open = null;
            int openAt = 0;
            int i = s;
            while (i < e)
            {
                char c = xml[i];
                if (c == '<')
                {
                    int close = xml.IndexOf('>', i);
                    string tag = xml[(i + 1)..close];
                    if (tag.StartsWith("TIMEX3", StringComparison.Ordinal)) { open = Attributes(tag); openAt = text.Length; }
                    else if (tag == "/TIMEX3" && open is not null)
                    {
                        if (open.GetValueOrDefault("functionInDocument") == "CREATION_TIME") excluded.Add((openAt, text.Length));
                        else gold.Add(new GoldTimex(openAt, text.Length, open.GetValueOrDefault("type") ?? "", open.GetValueOrDefault("value")));
                        open = null;
                    }
                    i = close + 1;
                }
                else if (c == '&')
                {
                    int semi = xml.IndexOf(';', i);
                    string ent = xml[(i + 1)..semi];
                    text.Append(ent switch
                    {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        _ when ent.StartsWith("#x", StringComparison.Ordinal) => char.ConvertFromUtf32(int.Parse(ent[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture)),
                        _ when ent.StartsWith('#') => char.ConvertFromUtf32(int.Parse(ent[1..], CultureInfo.InvariantCulture)),
                        _ => "&" + ent + ";",
                    });
                    i = semi + 1;
                }
                else { text.Append(c); i++; }
            }
            docs.Add(new ScoredDoc(Path.GetFileNameWithoutExtension(path), text.ToString(), dct, gold, excluded));
        }
        return docs;
    }

    private static Dictionary<string, string> Attributes(string tag)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in AttrRegex.Matches(tag)) d[m.Groups[1].Value] = m.Groups[2].Value;
        return d;
    }

    // ------------------------------------------------------------------ GUM

    private static readonly HashSet<string> NoSpaceBefore = new(StringComparer.Ordinal) { ",", ".", ";", ":", "!", "?", ")", "]", "%", "n't", "'s", "’s", "'", "’", "'re", "'ll", "'ve", "'m", "'d" };

    private static readonly HashSet<string> NoSpaceAfter = new(StringComparer.Ordinal) { "(", "[", "$", "“", "``" };

    /// <summary>
    /// Reads the vertical (token per line) GUM XML back into text: tokens joined with spaces, none before
    /// closing punctuation and clitics; each &lt;p&gt; or &lt;head&gt; a paragraph. The publication date is the
    /// bold dateline &lt;date when rend="bold"&gt; (else the dateCreated attribute); that dateline is not scored.
    /// </summary>
    private static List<ScoredDoc> LoadGum(string dir)
    {
        var docs = new List<ScoredDoc>();
        foreach (string path in Directory.GetFiles(dir, "GUM_news_*.xml").OrderBy(p => p, StringComparer.Ordinal))
        {
            var text = new StringBuilder();
            var gold = new List<GoldTimex>();
            var excluded = new List<(int, int)>();
            DateOnly? dct = null;
            DateOnly? created = null;
            var openDates = new Stack<(int At, string? When, bool Bold)>();
            bool noSpace = true;
            foreach (string raw in File.ReadLines(path))
            {
                string line = raw.TrimEnd('\r');
                if (line.StartsWith('<'))
                {
                    if (line.StartsWith("<text ", StringComparison.Ordinal))
                    {
                        var attrs = Attributes(line);
                        if (attrs.TryGetValue("dateCreated", out var dc) && DateOnly.TryParseExact(dc, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) created = d;
                    }
                    else if (line.StartsWith("<p", StringComparison.Ordinal) || line.StartsWith("<head", StringComparison.Ordinal))
                    {
                        if (text.Length > 0) text.Append("\n\n");
                        noSpace = true;
                    }
                    else if (line.StartsWith("<date", StringComparison.Ordinal))
                    {
                        var attrs = Attributes(line);
                        attrs.TryGetValue("when", out var when);
                        openDates.Push((text.Length + (noSpace ? 0 : 1), when, attrs.ContainsKey("rend")));
                    }
                    else if (line.StartsWith("</date", StringComparison.Ordinal) && openDates.Count > 0)
                    {
                        var (at, when, bold) = openDates.Pop();
                        if (bold && dct is null && when is not null && DateOnly.TryParseExact(when, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                        {
                            dct = d;
                            excluded.Add((at, text.Length));
                        }
                        else gold.Add(new GoldTimex(at, text.Length, "DATE", when));
                    }
                    continue;
                }
                int tab = line.IndexOf('\t');
                if (tab <= 0) continue;
                string token = line[..tab];
                if (!noSpace && !NoSpaceBefore.Contains(token)) text.Append(' ');
                text.Append(token);
                noSpace = NoSpaceAfter.Contains(token);
            }
            docs.Add(new ScoredDoc(Path.GetFileNameWithoutExtension(path), text.ToString(), dct ?? created, gold, excluded));
        }
        return docs;
    }
}
