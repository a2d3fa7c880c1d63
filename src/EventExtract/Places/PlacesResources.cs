using System.IO.Compression;
using System.Reflection;

namespace EventExtract.Places;

/// <summary>Reads the embedded data files of Resources/Places.</summary>
internal static class PlacesResources
{
    /// <summary>Data lines of <paramref name="fileName"/>: comments ('#') and blank lines skipped; .gz files are decompressed.</summary>
    public static IEnumerable<string> ReadLines(string fileName)
    {
        var assembly = typeof(PlacesResources).Assembly;
        string name = assembly.GetManifestResourceNames().FirstOrDefault(n =>
                n.EndsWith(fileName, StringComparison.Ordinal) && n.Length > fileName.Length
                && n[n.Length - fileName.Length - 1] is '/' or '\\' or '.'
                && n.Contains("Places", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded resource Places/{fileName} is missing.");
        return Read(assembly, name, fileName.EndsWith(".gz", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Read(Assembly assembly, string name, bool gzip)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var inner = gzip ? new GZipStream(stream, CompressionMode.Decompress) : stream;
        using var reader = new StreamReader(inner);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line;
        }
    }
}
