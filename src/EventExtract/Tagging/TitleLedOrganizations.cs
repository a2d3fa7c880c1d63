namespace EventExtract.Tagging;

/// <summary>
/// Organization names that open with a word read as a person's title ("General Motors", "General Electric"), from
/// Resources/Tagging/title-led-organizations.txt: the recognizer tags them as organizations, and the actor resolver
/// does not cut them into a title and a person's name. Loaded once; read-only and thread-safe.
/// </summary>
internal static class TitleLedOrganizations
{
    private static readonly Lazy<string[]> Names = new(() => EventExtract.Text.TextResources.ReadLines("title-led-organizations.txt").ToArray());

    private static readonly Lazy<HashSet<string>> NameSet = new(() => new HashSet<string>(Names.Value, StringComparer.Ordinal));

    private static readonly Lazy<(HashSet<ulong> First, ulong[][] Words)> Hashed = new(() =>
    {
        var words = Names.Value
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => TokenInfo.Compute(w).Lower).ToArray())
            .OrderByDescending(n => n.Length).ToArray();
        return (words.Select(n => n[0]).ToHashSet(), words);
    });

    /// <summary>True when <paramref name="name"/> (words separated by single spaces) is a listed name, as written.</summary>
    public static bool IsListed(string name) => NameSet.Value.Contains(name);

    /// <summary>Lowercase hashes of the first words of the listed names.</summary>
    public static HashSet<ulong> FirstWords => Hashed.Value.First;

    /// <summary>Lowercase word hashes of each listed name, longest names first.</summary>
    public static ulong[][] Words => Hashed.Value.Words;
}
