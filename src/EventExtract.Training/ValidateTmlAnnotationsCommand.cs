using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using EventExtract.Training.Corpora;

namespace EventExtract.Training;

/// <summary>
/// Checks the TimeBank/AQUAINT event annotations (tests/data/events/{timebank,aquaint}/*.json) against the
/// corpus: text hash and length, publication date, every offset's substring, and the closed vocabularies.
/// </summary>
internal sealed class ValidateTmlAnnotationsCommand : ICommand
{
    private static readonly string[] Types = ["Meeting", "Statement", "Attack"];
    private static readonly string[] Statuses = ["occurred", "planned", "cancelled", "negated", "hypothetical"];
    private static readonly string[] Kinds = ["Person", "Organization", "Group", "Country", "Other"];
    private static readonly string[] AttackTypes = ["terrorist", "military", "bombing", "shooting", "cyber", "other"];
    private static readonly string[] ActorLists = ["participants", "speakers", "addressees", "attackers", "targets"];

    public string Name => "validate-tml-annotations";

    public string Description => "Checks tests/data/events/{timebank,aquaint}/*.json offsets and hashes against the corpus";

    public int Run(string[] args)
    {
        var errors = new List<string>();
        var files = 0;
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var corpus in new[] { "timebank", "aquaint" })
        {
            var dir = Path.Combine(SharedPaths.RepoRoot, "tests", "data", "events", corpus);
            if (!Directory.Exists(dir)) continue;
            foreach (var file in Directory.GetFiles(dir, "*.json").OrderBy(f => f, StringComparer.Ordinal))
            {
                files++;
                var name = $"{corpus}/{Path.GetFileName(file)}";
                try
                {
                    Check(corpus, file, name, errors, counts);
                }
                catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or IOException or FormatException)
                {
                    errors.Add($"{name}: {ex.GetType().Name}: {ex.Message}");
                }
            }
        }
        foreach (var e in errors) Console.Error.WriteLine(e);
        foreach (var (k, v) in counts) Console.WriteLine($"{k}\t{v}");
        Console.WriteLine($"{files} files, {errors.Count} errors");
        return errors.Count == 0 ? 0 : 1;
    }

    private static void Check(string corpus, string file, string name, List<string> errors, IDictionary<string, int> counts)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        var root = json.RootElement;
        var doc = root.GetProperty("doc").GetString()!;
        if (doc + ".json" != Path.GetFileName(file)) errors.Add($"{name}: doc '{doc}' does not match file name");
        if (root.GetProperty("corpus").GetString() != corpus) errors.Add($"{name}: corpus mismatch");
        var split = root.GetProperty("split").GetString();
        if (split is not ("train" or "dev")) errors.Add($"{name}: split must be train or dev");
        var article = TimeMlArticles.Load(corpus, doc);
        var text = article.Text;
        if (root.GetProperty("published").GetString() != article.Published?.ToString("yyyy-MM-dd")) errors.Add($"{name}: published differs from CREATION_TIME {article.Published}");
        if (root.GetProperty("textLength").GetInt32() != text.Length) errors.Add($"{name}: textLength {root.GetProperty("textLength").GetInt32()} != {text.Length}");
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        if (root.GetProperty("textSha256").GetString() != sha) errors.Add($"{name}: textSha256 differs (text is {sha})");

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ev in root.GetProperty("events").EnumerateArray())
        {
            var id = ev.GetProperty("id").GetString() ?? "";
            var where = $"{name} {id}";
            if (!ids.Add(id)) errors.Add($"{where}: duplicate id");
            var type = ev.GetProperty("type").GetString();
            if (!Types.Contains(type)) errors.Add($"{where}: bad type {type}");
            counts[$"{split}\t{type}"] = counts.TryGetValue($"{split}\t{type}", out var n) ? n + 1 : 1;
            if (!Statuses.Contains(ev.GetProperty("status").GetString())) errors.Add($"{where}: bad status");
            var mentions = ev.GetProperty("mentions");
            if (mentions.GetArrayLength() == 0) errors.Add($"{where}: no mention");
            foreach (var m in mentions.EnumerateArray()) CheckSpan(text, m, "trigger", where, errors);
            if (ev.GetProperty("date") is { ValueKind: JsonValueKind.Object } date && date.GetProperty("text").GetString() is { } dt && !text.Contains(dt, StringComparison.Ordinal))
                errors.Add($"{where}: date text '{dt}' not in article");
            if (ev.GetProperty("location") is { ValueKind: JsonValueKind.Object } loc && loc.GetProperty("text").GetString() is { } lt && !text.Contains(lt, StringComparison.Ordinal))
                errors.Add($"{where}: location text '{lt}' not in article");
            foreach (var list in ActorLists)
                foreach (var actor in ev.GetProperty(list).EnumerateArray()) CheckActor(text, actor, $"{where} {list}", errors);
            if (ev.GetProperty("host") is { ValueKind: JsonValueKind.Object } host) CheckActor(text, host, $"{where} host", errors);
            CheckContent(text, ev, where, errors);
            if (ev.GetProperty("attackType") is { ValueKind: JsonValueKind.String } at && !AttackTypes.Contains(at.GetString()))
                errors.Add($"{where}: bad attackType");
            if (type != "Attack" && ev.GetProperty("attackType").ValueKind != JsonValueKind.Null) errors.Add($"{where}: attackType on a {type}");
        }
    }

    private static void CheckActor(string text, JsonElement actor, string where, List<string> errors)
    {
        CheckSpan(text, actor, "text", where, errors);
        if (!Kinds.Contains(actor.GetProperty("kind").GetString())) errors.Add($"{where}: bad kind {actor.GetProperty("kind")}");
        if (actor.GetProperty("countryCode") is { ValueKind: JsonValueKind.String } cc && cc.GetString() is not { Length: 2 })
            errors.Add($"{where}: bad countryCode {cc}");
    }

    private static void CheckSpan(string text, JsonElement e, string field, string where, List<string> errors)
    {
        var s = e.GetProperty("start").GetInt32();
        var en = e.GetProperty("end").GetInt32();
        var expected = e.GetProperty(field).GetString();
        if (s < 0 || en > text.Length || s >= en) { errors.Add($"{where}: bad span {s}-{en}"); return; }
        if (text[s..en] != expected) errors.Add($"{where}: [{s}-{en}] is '{text[s..en]}', not '{expected}'");
    }

    private static void CheckContent(string text, JsonElement ev, string where, List<string> errors)
    {
        var cs = ev.GetProperty("contentStart");
        var ce = ev.GetProperty("contentEnd");
        if (cs.ValueKind != ce.ValueKind) errors.Add($"{where}: contentStart/contentEnd must both be set or null");
        else if (cs.ValueKind == JsonValueKind.Number && (cs.GetInt32() < 0 || ce.GetInt32() > text.Length || cs.GetInt32() >= ce.GetInt32()))
            errors.Add($"{where}: bad content span");
        var qs = ev.GetProperty("quoteStart");
        var qe = ev.GetProperty("quoteEnd");
        if (qs.ValueKind != qe.ValueKind) errors.Add($"{where}: quoteStart/quoteEnd must both be set or null");
        else if (qs.ValueKind == JsonValueKind.Number && (qs.GetInt32() < 0 || qe.GetInt32() > text.Length || qs.GetInt32() >= qe.GetInt32()))
            errors.Add($"{where}: bad quote span");
        // The texts are evaluation-only: content and quotes are committed as offsets, never as words.
        foreach (var f in new[] { "content", "quote" })
            if (ev.GetProperty(f).ValueKind != JsonValueKind.Null) errors.Add($"{where}: {f} must be null (give {f}Start/{f}End)");
    }
}
