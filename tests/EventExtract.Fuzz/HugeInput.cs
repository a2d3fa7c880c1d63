using System.Diagnostics;
using System.Text;

namespace EventExtract.Fuzz;

/// <summary>
/// Times the whole pipeline on one huge generated input and reports throughput and peak memory:
/// huge &lt;megachars&gt; &lt;single-line|paragraphs|dense-line&gt; [limit]. The input is built from the sample
/// articles: "single-line" joins their prose with spaces into one line, "paragraphs" keeps their blank-line
/// paragraphs, "dense-line" repeats an event-dense sentence. <c>limit</c> sets MaxInputLength (default:
/// the default option), so inputs over it show the error.
/// </summary>
internal static class HugeInput
{
    public static int Run(string[] args, IReadOnlyList<string> articles)
    {
        int chars = (int)(double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) * 1_000_000);
        string shape = args.Length > 2 ? args[2] : "paragraphs";
        var options = EventExtractorOptions.Default;
        if (args.Length > 3) options = options with { MaxInputLength = int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) };
        string text = Build(chars, shape, articles);
        var extractor = EventExtractor.Create(options);
        extractor.Extract(articles[0]); // load and JIT outside the timing
        GC.Collect();
        long before = Environment.WorkingSet;
        var sw = Stopwatch.StartNew();
        try
        {
            var result = extractor.Extract(text);
            sw.Stop();
            using var process = Process.GetCurrentProcess();
            Console.WriteLine($"{shape}: {text.Length:N0} chars in {sw.Elapsed.TotalSeconds:0.0} s ({text.Length / 1e6 / sw.Elapsed.TotalSeconds:0.00} M chars/s); " +
                $"{result.Document.Paragraphs.Count:N0} paragraphs, {result.Analysis?.Sentences.Count ?? 0:N0} sentences, {result.Events.Count:N0} events, {result.Timexes.Count:N0} dates; " +
                $"peak working set {process.PeakWorkingSet64 / 1e6:N0} MB (before the call {before / 1e6:N0} MB)");
            return 0;
        }
        catch (ArgumentException ex)
        {
            Console.WriteLine($"{shape}: {text.Length:N0} chars rejected after {sw.Elapsed.TotalMilliseconds:0} ms: {ex.Message}");
            return 1;
        }
    }

    private static string Build(int chars, string shape, IReadOnlyList<string> articles)
    {
        var sb = new StringBuilder(chars + 10_000);
        if (shape == "dense-line")
        {
            while (sb.Length < chars) sb.Append("Officials met in Paris on Friday and the minister said talks would continue ");
        }
        else
        {
            var units = articles.Where(a => a.Length > 500).Select(a => shape == "single-line" ? string.Join(' ', a.Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)) + " " : a + "\n\n").ToList();
            for (int i = 0; sb.Length < chars; i++) sb.Append(units[i % units.Count]);
        }
        sb.Length = Math.Min(sb.Length, chars);
        return sb.ToString();
    }
}
