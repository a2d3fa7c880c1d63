namespace EventExtract.Training;

/// <summary>Locates the repository root and the ../shared corpora beside it.</summary>
internal static class SharedPaths
{
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EventExtract.sln"))) dir = dir.Parent;
            if (dir is null)
            {
                dir = new DirectoryInfo(Directory.GetCurrentDirectory());
                while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EventExtract.sln"))) dir = dir.Parent;
            }
            return dir?.FullName ?? throw new InvalidOperationException("Cannot find EventExtract.sln above the program.");
        }
    }

    public static string Shared => Environment.GetEnvironmentVariable("EVENTEXTRACT_SHARED") ?? Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static string Corpora => Path.Combine(Shared, "corpora");
}
