using EventExtract.Events.Arguments;
using EventExtract.Text;

namespace EventExtract.Events;

/// <summary>
/// "spoke with X by telephone", "talked on the phone", "held talks via video link": a phone or video line a few words
/// after a trigger (Resources/Events/phone-lines.txt). The one scan behind both the phone-call trigger rule and the
/// rule that keeps the dateline city from a remote meeting. Immutable and thread-safe.
/// </summary>
internal static class PhoneLine
{
    /// <summary>How many words after the trigger the preposition may stand ("spoke with the Turkish president by telephone").</summary>
    public const int Window = 9;

    private static readonly HashSet<string> s_prepositions = new(StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> s_determiners = new(StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> s_lines = new(StringComparer.OrdinalIgnoreCase);

    static PhoneLine()
    {
        foreach (var r in CueResource.ReadRows("phone-lines.txt"))
        {
            if (r.Length < 2) throw new FormatException("phone-lines.txt: expected 'kind<TAB>word'.");
            var set = r[0] switch
            {
                "preposition" => s_prepositions,
                "determiner" => s_determiners,
                "line" => s_lines,
                _ => throw new FormatException($"phone-lines.txt: unknown kind '{r[0]}'."),
            };
            set.Add(r[1]);
        }
    }

    /// <summary>
    /// The token of the line word whose preposition stands within <see cref="Window"/> words from token
    /// <paramref name="from"/> (the first token after the trigger) in sentence <paramref name="sentence"/>, or -1.
    /// The clause ends the scan: a line after a comma, semicolon, colon or quote belongs to something else.
    /// </summary>
    public static int Find(AnalyzedDocument document, Text.Sentence sentence, int from)
    {
        var tokens = document.Tokens;
        int end = Math.Min(sentence.EndToken, tokens.Count);
        for (int j = Math.Max(from, sentence.FirstToken), last = Math.Min(end - 1, from + Window); j < last; j++)
        {
            var w = tokens.GetChars(j);
            if (w.Length == 1 && w[0] is ',' or ';' or ':' or '.' or '"') return -1;
            if (!WordSets.Contains(s_prepositions, w)) continue;
            int k = j + 1;
            if (k + 1 < end && WordSets.Contains(s_determiners, tokens.GetChars(k))) k++;
            if (WordSets.Contains(s_lines, tokens.GetChars(k))) return k;
        }
        return -1;
    }
}
