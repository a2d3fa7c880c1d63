namespace EventExtract.Fuzz;

/// <summary>Seed inputs: the sample articles, any saved crash inputs, and a few tiny edge cases.</summary>
internal static class Seeds
{
    public static IReadOnlyList<string> Load(string root)
    {
        var seeds = new List<string> { "", " ", "Date: 29 October 2019\n\nTitle\n\nOfficials met on Friday." };
        foreach (var dir in new[] { Path.Combine(root, "samples", "data"), Path.Combine(root, "tests", "EventExtract.Fuzz", "crashes") })
            if (Directory.Exists(dir))
                seeds.AddRange(Directory.EnumerateFiles(dir, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        return seeds;
    }
}

internal static class Repo
{
    public static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EventExtract.sln"))) dir = dir.Parent;
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
