using System.Text.Json;
using System.Text.Json.Serialization;

namespace EventExtract.Training.Evaluation;

/// <summary>The gold events of one article: tests/data/events/&lt;corpus&gt;/&lt;doc&gt;.json.</summary>
internal sealed record EventAnnotationFile
{
    /// <summary>Document id inside its corpus.</summary>
    public required string Doc { get; init; }

    /// <summary>Corpus: gum, ewt, timebank or aquaint.</summary>
    public required string Corpus { get; init; }

    /// <summary>Evaluation split: train or dev.</summary>
    public required string Split { get; init; }

    /// <summary>Publication date (yyyy-MM-dd) that relative dates were resolved against.</summary>
    public string? Published { get; init; }

    /// <summary>Length of the text the offsets index, in UTF-16 code units.</summary>
    public int TextLength { get; init; }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 bytes of that text.</summary>
    public required string TextSha256 { get; init; }

    /// <summary>The gold events, in order of first mention.</summary>
    public IReadOnlyList<EventAnnotation> Events { get; init; } = [];

    /// <summary>Serializer settings of the format: camelCase, nulls written.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Reads one annotation file.</summary>
    public static EventAnnotationFile Read(string path) =>
        JsonSerializer.Deserialize<EventAnnotationFile>(File.ReadAllText(path), JsonOptions)
        ?? throw new InvalidDataException($"{path}: empty annotation file");

    /// <summary>Lower-case hex SHA-256 of the UTF-8 encoding of <paramref name="text"/>.</summary>
    public static string Sha256(string text) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))).ToLowerInvariant();

    /// <summary>The folder that holds the annotations (tests/data/events).</summary>
    public static string Root => Path.Combine(SharedPaths.RepoRoot, "tests", "data", "events");

    /// <summary>All annotation files of <paramref name="corpus"/> ("all" for every corpus, or a comma-separated list), ordered by path.</summary>
    public static IEnumerable<(string Path, EventAnnotationFile File)> ReadAll(string corpus)
    {
        if (!Directory.Exists(Root)) yield break;
        foreach (var dir in Directory.GetDirectories(Root).OrderBy(d => d, StringComparer.Ordinal))
        {
            if (corpus != "all" && !corpus.Split(',').Contains(Path.GetFileName(dir), StringComparer.OrdinalIgnoreCase)) continue;
            foreach (var file in Directory.GetFiles(dir, "*.json").OrderBy(f => f, StringComparer.Ordinal))
                yield return (file, Read(file));
        }
    }
}
