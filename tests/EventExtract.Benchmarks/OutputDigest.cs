using System.Security.Cryptography;
using System.Text;
using EventExtract.Output;

namespace EventExtract.Benchmarks;

/// <summary>
/// Writes everything the pipeline decides for each benchmark-corpus article (POS tags, names with their confidence bits,
/// and the JSON result: actors, places, timexes, events) to one text file and prints its SHA-256, so that a speed change
/// can be shown to leave the output byte-identical: run it on the old and the new build and compare the hashes (or diff
/// the files to find the first difference).
/// </summary>
internal static class OutputDigest
{
    public static int Run(string corpora, string outputFile)
    {
        var extractor = EventExtractor.Create();
        var articles = BenchmarkCorpus.Load(corpora);
        using (var w = new StreamWriter(outputFile, false, new UTF8Encoding(false)))
        {
            for (int a = 0; a < articles.Count; a++)
            {
                var result = extractor.Extract(articles[a]);
                var analysis = result.Analysis!;
                w.Write("# article ");
                w.WriteLine(a);
                var pos = analysis.Pos.Span;
                var tags = new StringBuilder(pos.Length * 3);
                foreach (var t in pos) tags.Append((int)t).Append(' ');
                w.WriteLine(tags.ToString());
                foreach (var n in analysis.Names)
                    w.WriteLine($"{n.FirstToken} {n.TokenCount} {n.Type} {BitConverter.SingleToInt32Bits(n.Confidence):x8}");
                w.WriteLine(ExtractionJson.Serialize(result, indented: false));
            }
        }
        using var f = File.OpenRead(outputFile);
        Console.WriteLine($"{Convert.ToHexString(SHA256.HashData(f))}  {outputFile} ({articles.Count} articles)");
        return 0;
    }
}
