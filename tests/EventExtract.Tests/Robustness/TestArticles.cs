namespace EventExtract.Tests.Robustness;

/// <summary>Article texts for robustness tests: the golden sample and variations of it.</summary>
internal static class TestArticles
{
    public static string Golden { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "warsaw-institute-2019-10-29.txt"));

    /// <summary>Deterministic variations: sentences shuffled, cut and recombined, so no two articles are alike.</summary>
    public static IReadOnlyList<string> Variations(int count, int seed = 7)
    {
        var sentences = Golden.Split(new[] { ". ", "\n" }, StringSplitOptions.RemoveEmptyEntries);
        var random = new Random(seed);
        var result = new List<string>(count);
        for (int i = 0; i < count; i++)
        {
            int n = random.Next(1, 8);
            var parts = Enumerable.Range(0, n).Select(_ => sentences[random.Next(sentences.Length)]);
            result.Add($"Date: {random.Next(1, 28)} October 2019\n\n" + string.Join(". ", parts) + ".");
        }
        return result;
    }
}
