using System.Reflection;

namespace EventExtract.Events.Arguments;

/// <summary>Reads the cue lexicons embedded under Resources/Events.</summary>
internal static class CueResource
{
    /// <summary>The non-empty, non-comment lines of <paramref name="fileName"/>, trimmed, split on tabs.</summary>
    public static List<string[]> ReadRows(string fileName)
    {
        var assembly = typeof(CueResource).Assembly;
        string? name = FindName(assembly, fileName)
            ?? throw new InvalidOperationException($"Embedded resource Events/{fileName} is missing.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cells = line.Split('\t');
            for (int i = 0; i < cells.Length; i++) cells[i] = cells[i].Trim();
            if (cells[0].Length == 0) continue;
            rows.Add(cells);
        }
        return rows;
    }

    private static string? FindName(Assembly assembly, string fileName)
    {
        // The logical name keeps the folder separator of the build machine ("Events/x.txt" or "Events\x.txt").
        foreach (var n in assembly.GetManifestResourceNames())
        {
            if (n.EndsWith(fileName, StringComparison.Ordinal) && n.Length > fileName.Length + 7)
            {
                var folder = n.AsSpan(0, n.Length - fileName.Length - 1);
                if (folder.EndsWith("Events", StringComparison.Ordinal)) return n;
            }
        }
        return null;
    }
}
