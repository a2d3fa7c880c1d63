using EventExtract.Training.Evaluation;

namespace EventExtract.Training;

/// <summary>
/// Checks every tests/data/events/&lt;corpus&gt;/*.json file against its text (hash, length, offsets, vocabularies)
/// and prints the number of events per corpus, split and type.
/// </summary>
internal sealed class ValidateEventsCommand : ICommand
{
    public string Name => "validate-events";

    public string Description => "validate-events [--corpus gum|ewt|timebank|aquaint[,…]|all]: checks the event annotations";

    public int Run(string[] args)
    {
        var corpus = Option(args, "--corpus") ?? "all";
        var errors = new List<string>();
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int files = 0, skipped = 0;
        foreach (var (path, file) in EventAnnotationFile.ReadAll(corpus))
        {
            var name = $"{file.Corpus}/{Path.GetFileName(path)}";
            if (Path.GetFileName(Path.GetDirectoryName(path)) != file.Corpus) errors.Add($"{name}: corpus '{file.Corpus}' but the file is in another folder");
            if (Path.GetFileNameWithoutExtension(path) != file.Doc) errors.Add($"{name}: doc '{file.Doc}' differs from the file name");
            if (!EventAnnotationTexts.IsAvailable(file.Corpus))
            {
                skipped++;
                continue;
            }
            files++;
            try
            {
                EventAnnotationValidator.Validate(file, EventAnnotationTexts.Load(file.Corpus, file.Doc), name, errors);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException)
            {
                errors.Add($"{name}: {e.Message}");
            }
            var key = $"{file.Corpus}/{file.Split}";
            counts[$"{key} articles"] = counts.GetValueOrDefault($"{key} articles") + 1;
            foreach (var e in file.Events) counts[$"{key} {e.Type}"] = counts.GetValueOrDefault($"{key} {e.Type}") + 1;
        }
        foreach (var (k, v) in counts) Console.WriteLine($"{k,-32} {v,5}");
        if (skipped > 0) Console.WriteLine($"skipped {skipped} file(s) whose corpus loader is not in this build");
        foreach (var e in errors) Console.Error.WriteLine(e);
        Console.WriteLine(errors.Count == 0 ? $"OK: {files} file(s) valid" : $"{errors.Count} error(s) in {files} file(s)");
        return errors.Count == 0 ? 0 : 1;
    }

    internal static string? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
