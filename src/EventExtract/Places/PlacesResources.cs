using System.IO.Compression;
using System.Reflection;

namespace EventExtract.Places;

/// <summary>Reads the embedded data files of Resources/Places.</summary>
internal static class PlacesResources
{
    private static readonly Lazy<HashSet<string>> s_calendarWords = new(() => WordSet("calendar-words.txt"));

    /// <summary>
    /// Day and month names as written (calendar-words.txt), read once for the place resolver (no place name holds one)
    /// and the event rules (a lone one the name recognizer took for a name is no party).
    /// </summary>
    public static IReadOnlySet<string> CalendarWords => s_calendarWords.Value;

    private static readonly Lazy<HashSet<string>> s_sovereignTitles = new(() => WordSet("sovereign-titles.txt"));

    /// <summary>Titles that name their holder by one name ("King Hussein"), as written (sovereign-titles.txt).</summary>
    public static IReadOnlySet<string> SovereignTitles => s_sovereignTitles.Value;

    private static readonly Lazy<HashSet<string>> s_facilityNameHeads = new(() => WordSet("facility-name-heads.txt"));

    /// <summary>True for a last word of place and building names, as written (facility-name-heads.txt): "Island", "Airport", "Hospital".</summary>
    public static bool IsFacilityNameHead(ReadOnlySpan<char> word) => Text.WordSets.Contains(s_facilityNameHeads.Value, word);

    private static readonly Lazy<HashSet<string>> s_waterNameHeads = new(() => WordSet("water-name-heads.txt"));

    /// <summary>True for a last word of names of seas and straits, as written (water-name-heads.txt): "Sea", "Strait".</summary>
    public static bool IsWaterNameHead(ReadOnlySpan<char> word) => Text.WordSets.Contains(s_waterNameHeads.Value, word);

    /// <summary>The trimmed data lines of a word-list file, as written (case-sensitive).</summary>
    private static HashSet<string> WordSet(string fileName) =>
        new(ReadLines(fileName).Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#'), StringComparer.Ordinal);

    /// <summary>Data lines of <paramref name="fileName"/>: comments ('#') and blank lines skipped; .gz files are decompressed.</summary>
    public static IEnumerable<string> ReadLines(string fileName) => ReadLines(Open(fileName), fileName);

    /// <summary>Data lines of a Places file opened by the caller (disposed here); .gz files are decompressed.</summary>
    public static IEnumerable<string> ReadLines(Stream stream, string fileName)
    {
        using var inner = fileName.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
        using var reader = new StreamReader(inner);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line;
        }
    }

    /// <summary>The bytes of <paramref name="fileName"/>, decompressed when it is a .gz file.</summary>
    public static byte[] ReadBytes(string fileName) => ReadBytes(Open(fileName), fileName);

    /// <summary>The bytes of a Places file opened by the caller (disposed here), decompressed when it is a .gz file.</summary>
    public static byte[] ReadBytes(Stream stream, string fileName)
    {
        bool gzip = fileName.EndsWith(".gz", StringComparison.Ordinal);
        // One array of the final size when the size is known (a gzip member ends with its size mod 2^32): a growing
        // buffer and its copy would be megabytes of large-object garbage during start-up.
        int size = -1;
        if (stream.CanSeek && !gzip && stream.Length <= int.MaxValue) size = (int)stream.Length;
        else if (stream.CanSeek && gzip && stream.Length >= 18)
        {
            long start = stream.Position;
            Span<byte> trailer = stackalloc byte[4];
            stream.Seek(-4, SeekOrigin.End);
            stream.ReadExactly(trailer);
            stream.Position = start;
            size = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(trailer);
        }
        using var inner = gzip ? new GZipStream(stream, CompressionMode.Decompress) : stream;
        if (size >= 0)
        {
            var result = GC.AllocateUninitializedArray<byte>(size); // overwritten in full: no zeroing of megabytes first
            inner.ReadExactly(result);
            // Our files are single gzip members; more data would mean another layout.
            if (inner.ReadByte() >= 0) throw new InvalidDataException($"{fileName}: more data than its gzip size field says.");
            return result;
        }
        using var buffer = new MemoryStream();
        inner.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>Opens the embedded file <paramref name="fileName"/> of Resources/Places.</summary>
    public static Stream Open(string fileName)
    {
        var assembly = typeof(PlacesResources).Assembly;
        return assembly.GetManifestResourceStream(ResourceName(assembly, fileName))!;
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
}
