namespace EventExtract.Training;

/// <summary>
/// Audit of the GUM name conversion (<see cref="GumEntities"/>): every person, organization and place mention of a
/// split with the name taken from it, and counts of names per type. Args: [--split train|dev|test] [--names-only].
/// </summary>
internal sealed class GumNamesCommand : ICommand
{
    public string Name => "gum-names";

    public string Description => "gum-names [--split dev] [--names-only] [--spans]: each GUM person/organization/place mention and the name taken from it (GumEntities audit).";

    public int Run(string[] args)
    {
        string split = TrainTaggingCommand.StringArg(args, "--split") ?? "dev";
        bool namesOnly = args.Contains("--names-only");
        bool spans = args.Contains("--spans");
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in ConlluSentence.ReadAll(TaggingData.Gum(split)))
        {
            var bio = GumEntities.ToBio(s, (m, name) =>
            {
                if (namesOnly && name is null) return;
                string mention = string.Join(' ', s.Words[m.Start..(m.End + 1)]);
                string taken = name is { } x ? $"{string.Join(' ', s.Words[x.Start..(x.End + 1)])}/{x.Tag}" : "-";
                Console.WriteLine($"{s.Id}\t{m.Type}\t{mention}\t=> {taken}");
            });
            for (int i = 0; i < bio.Length; i++)
            {
                if (!bio[i].StartsWith("B-", StringComparison.Ordinal)) continue;
                string tag = bio[i][2..];
                counts[tag] = counts.GetValueOrDefault(tag) + 1;
                int e = i + 1;
                while (e < bio.Length && bio[e] == "I-" + tag) e++;
                if (spans) Console.WriteLine($"{s.Id}\tNAME\t{string.Join(' ', s.Words[i..e])}/{tag}");
            }
        }
        Console.WriteLine("names: " + string.Join(", ", counts.Select(kv => $"{kv.Key} {kv.Value}")));
        return 0;
    }
}
