using System.Reflection;
using System.Runtime.Loader;

namespace EventExtract.Benchmarks;

/// <summary>
/// In-process A/B of two builds of the library: loads EventExtract.dll from each of two folders (each in its own load
/// context) and runs both over the benchmark corpus, alternating article by article (which goes first alternates too),
/// timing each Extract call by the thread's CPU clock. On a shared, noisy host both builds see the same load at nearly
/// the same moment, so their ratio is much steadier than two harness runs. Running it with the same folder twice (A/A)
/// gives the noise floor. Usage: <c>ab OLD_DIR NEW_DIR [passes]</c> (the first two passes are untimed warm-up).
/// </summary>
internal static class AlternatingAB
{
    public static int Run(string corpora, string oldDir, string newDir, int passes)
    {
        var a = Load(oldDir, "A");
        var b = Load(newDir, "B");
        var articles = BenchmarkCorpus.Load(corpora);
        const int Untimed = 2;
        var timeA = new long[articles.Count];
        var timeB = new long[articles.Count];
        var passRatios = new List<double>();
        for (int pass = 0; pass < passes; pass++)
        {
            long passA = 0, passB = 0;
            for (int i = 0; i < articles.Count; i++)
            {
                bool aFirst = (i + pass) % 2 == 0;
                long ta, tb;
                if (aFirst) { ta = Time(a, articles[i]); tb = Time(b, articles[i]); }
                else { tb = Time(b, articles[i]); ta = Time(a, articles[i]); }
                if (pass < Untimed) continue;
                timeA[i] += ta;
                timeB[i] += tb;
                passA += ta;
                passB += tb;
            }
            if (pass >= Untimed) passRatios.Add((double)passB / passA);
        }
        var ratios = Enumerable.Range(0, articles.Count).Where(i => timeA[i] > 0).Select(i => (double)timeB[i] / timeA[i]).Order().ToArray();
        long sumA = timeA.Sum(), sumB = timeB.Sum();
        int timed = passes - Untimed;
        Console.WriteLine($"A = {oldDir}\nB = {newDir}\n{timed} timed passes over {articles.Count} articles, thread CPU per Extract call:");
        Console.WriteLine($"mean CPU per article: A {sumA / 1e3 / timed / articles.Count:0.0} µs, B {sumB / 1e3 / timed / articles.Count:0.0} µs");
        Console.WriteLine($"B/A total CPU {(double)sumB / sumA:0.0000}; per-article B/A median {ratios[ratios.Length / 2]:0.0000} (quartiles {ratios[ratios.Length / 4]:0.0000} .. {ratios[ratios.Length * 3 / 4]:0.0000})");
        Console.WriteLine($"B/A per pass: {string.Join(", ", passRatios.Select(r => r.ToString("0.0000")))}");
        return 0;
    }

    private static long Time(Func<string, object> extract, string article)
    {
        long t0 = PipelineBreakdown.Now();
        GC.KeepAlive(extract(article));
        return PipelineBreakdown.Now() - t0;
    }

    /// <summary>An extractor of the build in <paramref name="dir"/>, created through reflection in a load context of its own.</summary>
    private static Func<string, object> Load(string dir, string name)
    {
        var context = new BuildContext(Path.GetFullPath(dir), name);
        var assembly = context.LoadFromAssemblyPath(Path.Combine(Path.GetFullPath(dir), "EventExtract.dll"));
        var type = assembly.GetType("EventExtract.EventExtractor", throwOnError: true)!;
        var extractor = type.GetMethod("Create", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [null])!;
        var extract = type.GetMethod("Extract", [typeof(string), assembly.GetType("EventExtract.ArticleInfo", throwOnError: true)!])!;
        return text => extract.Invoke(extractor, [text, null])!;
    }

    /// <summary>Loads the library from its folder; everything else (framework, shared packages) from the default context.</summary>
    private sealed class BuildContext(string dir, string name) : AssemblyLoadContext(name)
    {
        protected override Assembly? Load(AssemblyName assemblyName) =>
            assemblyName.Name == "EventExtract" ? LoadFromAssemblyPath(Path.Combine(dir, "EventExtract.dll")) : null;
    }
}
