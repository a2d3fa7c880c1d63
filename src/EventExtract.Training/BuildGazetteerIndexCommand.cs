using EventExtract.Places;

namespace EventExtract.Training;

/// <summary>
/// Precomputes the gazetteer's spelling index (Resources/Places/gazetteer-index.bin) from the Places data files in
/// the source tree, so start-up copies arrays instead of building the index. Run it after editing countries.tsv,
/// country-extras.tsv, groups.tsv, regions.tsv or cities.bin.gz (build-gazetteer); a test fails while the committed
/// index is stale. Deterministic: the same files give the same bytes.
/// </summary>
internal sealed class BuildGazetteerIndexCommand : ICommand
{
    public string Name => "build-gazetteer-index";

    public string Description => "precompute Resources/Places/gazetteer-index.bin from the Places data files";

    public int Run(string[] args)
    {
        string dir = Path.Combine(SharedPaths.RepoRoot, "src", "EventExtract", "Resources", "Places");
        var (entries, cities) = GazetteerBuilder.Build(name => File.OpenRead(Path.Combine(dir, name)));
        byte[] index = GazetteerIndex.Write(entries, cities);
        string path = Path.Combine(dir, Gazetteer.IndexFileName);
        // Stored uncompressed, like the tagging models: start-up copies it from the mapped assembly instead of inflating
        // 3 MB (the NuGet package compresses it anyway).
        File.WriteAllBytes(path, index);
        Console.WriteLine($"{Gazetteer.IndexFileName}: {entries.Count} spellings, {cities.Count} cities, {index.Length:N0} bytes");
        return 0;
    }
}
