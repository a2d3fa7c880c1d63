using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;

namespace EventExtract.Cli;

/// <summary>
/// Turns the input argument into articles: one file, stdin, every file of a folder, or a JSON Lines
/// file of articles ({"id", "title", "published", "text"}). Unreadable inputs, and texts longer than the
/// extractor accepts, are recorded, not fatal.
/// </summary>
internal sealed class ArticleSources(CliOptions options, int maxLength)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly ConcurrentQueue<string> _failures = new();

    public bool IsStdin => options.Input == "-";
    public bool IsFolder => Directory.Exists(options.Input);
    public bool IsJsonLines => !IsFolder && options.Input.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);
    public bool IsBatch => IsFolder || IsJsonLines;
    public bool Exists => IsStdin || IsFolder || File.Exists(options.Input);
    public IReadOnlyCollection<string> Failures => _failures;

    public int? CountHint()
    {
        if (IsFolder) return Files().Count();
        if (IsJsonLines) return File.ReadLines(options.Input).Count(l => !string.IsNullOrWhiteSpace(l));
        return 1;
    }

    public IEnumerable<Article> Read()
    {
        foreach (var article in ReadAll())
        {
            if (article.Text.Length <= maxLength) yield return article;
            else _failures.Enqueue($"{Describe(article)}: skipped: {article.Text.Length:N0} characters, over the limit of {maxLength:N0} (EventExtractorOptions.MaxInputLength)");
        }
    }

    private string Describe(Article article) =>
        IsFolder ? Path.Combine(options.Input, article.Info?.Id ?? "") : IsJsonLines ? $"{options.Input} ({article.Info?.Id})" : options.Input;

    private IEnumerable<Article> ReadAll()
    {
        if (IsStdin)
        {
            yield return new Article(Console.In.ReadToEnd(), new ArticleInfo(Id: "stdin", Published: options.Published));
        }
        else if (IsFolder)
        {
            foreach (var file in Files())
                if (TryRead(file, out var text))
                    yield return new Article(text, new ArticleInfo(Id: Path.GetRelativePath(options.Input, file), Published: options.Published));
        }
        else if (IsJsonLines)
        {
            int line = 0;
            foreach (var json in File.ReadLines(options.Input, StrictUtf8))
            {
                line++;
                if (string.IsNullOrWhiteSpace(json)) continue;
                if (TryParse(json, line, out var article)) yield return article;
            }
        }
        else if (TryRead(options.Input, out var text))
        {
            yield return new Article(text, new ArticleInfo(Id: Path.GetFileName(options.Input), Published: options.Published));
        }
    }

    private IEnumerable<string> Files() =>
        Directory.EnumerateFiles(options.Input, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    private bool TryRead(string path, out string text)
    {
        try
        {
            // Decode strictly and without byte-order-mark sniffing, so a UTF-16 or Latin-1 file is reported, not misread.
            var bytes = File.ReadAllBytes(path);
            int skip = bytes.AsSpan().StartsWith(StrictUtf8.Preamble) ? StrictUtf8.Preamble.Length : 0;
            text = StrictUtf8.GetString(bytes, skip, bytes.Length - skip);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            _failures.Enqueue($"{path}: skipped: {(ex is DecoderFallbackException ? "not valid UTF-8" : ex.Message)}");
            text = "";
            return false;
        }
    }

    private bool TryParse(string json, int line, out Article article)
    {
        article = null!;
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            string? text = root.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            if (text is null)
            {
                _failures.Enqueue($"{options.Input}:{line}: skipped: no \"text\" string");
                return false;
            }
            string? id = root.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : $"line {line}";
            string? title = root.TryGetProperty("title", out var ti) && ti.ValueKind == JsonValueKind.String ? ti.GetString() : null;
            DateOnly? published = options.Published;
            if (root.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String && DateOnly.TryParse(p.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var d))
                published = d;
            article = new Article(text, new ArticleInfo(id, title, published));
            return true;
        }
        catch (JsonException ex)
        {
            _failures.Enqueue($"{options.Input}:{line}: skipped: {ex.Message}");
            return false;
        }
    }
}
