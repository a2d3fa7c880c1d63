using System.Reflection;

namespace EventExtract.Time;

/// <summary>Reads the embedded data files under Resources/Time.</summary>
internal static class TimeResources
{
    /// <summary>The non-empty, non-comment lines of the embedded resource whose name ends with <paramref name="fileName"/>, split on tabs.</summary>
    public static IEnumerable<string[]> ReadTable(string fileName)
    {
        var assembly = typeof(TimeResources).Assembly;
        string suffix = "Time/" + fileName;
        string? name = assembly.GetManifestResourceNames()
            .FirstOrDefault(n => n.EndsWith(suffix, StringComparison.Ordinal) || n.EndsWith("Time." + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded resource {suffix} is missing.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            line = line.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line.Split('\t');
        }
    }
}
