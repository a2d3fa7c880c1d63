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
        return Read(assembly, ResourceName(assembly, fileName), fileName.EndsWith(".gz", StringComparison.Ordinal));
    }

    /// <summary>The bytes of <paramref name="fileName"/>, decompressed when it is a .gz file.</summary>
    public static byte[] ReadBytes(string fileName)
    {
        var assembly = typeof(PlacesResources).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourceName(assembly, fileName))!;
        using var inner = fileName.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
        using var buffer = new MemoryStream();
        inner.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static string ResourceName(Assembly assembly, string fileName)
    {
        foreach (string n in assembly.GetManifestResourceNames())
            if (n.EndsWith(fileName, StringComparison.Ordinal) && n.Length > fileName.Length
                && n[n.Length - fileName.Length - 1] is '/' or '\\' or '.'
                && n.Contains("Places", StringComparison.Ordinal))
                return n;
        throw new InvalidOperationException($"Embedded resource Places/{fileName} is missing.");
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
