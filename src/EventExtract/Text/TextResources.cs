using System.Reflection;

namespace EventExtract.Text;

/// <summary>Loads the embedded language data files of the Text layer (Resources/Text/*).</summary>
internal static class TextResources
{
    /// <summary>
    /// The non-empty, non-comment lines of the embedded resource whose name ends with <paramref name="fileName"/>.
    /// Lines starting with '#' are comments; surrounding whitespace is trimmed.
    /// </summary>
    public static IReadOnlyList<string> ReadLines(string fileName)
    {
        var asm = typeof(TextResources).Assembly;
        string? name = null;
        foreach (var n in asm.GetManifestResourceNames())
        {
            // LogicalName uses RecursiveDir, so the separator may be '/' or '\' or '.'.
            if (n.EndsWith(fileName, StringComparison.Ordinal) && n.Length > fileName.Length
                && n[n.Length - fileName.Length - 1] is '.' or '/' or '\\')
            {
                name = n;
                break;
            }
        }
        if (name is null) throw new InvalidOperationException($"Embedded resource '{fileName}' is missing.");
        using var stream = asm.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            line = line.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            lines.Add(line);
        }
        return lines;
    }
}
