using EventExtract.Events;
using EventExtract.Places;
using EventExtract.Text;

namespace EventExtract.Training.Evaluation;

/// <summary>
/// Scores predicted events against gold events of one article.
/// <para>Event match: same type, and one of the predicted event's mention sentences contains the start of one of
/// the gold event's mention triggers. Matching is one-to-one and greedy, best pair first: a predicted trigger that
/// overlaps a gold trigger beats one that does not, then more covered gold mentions, then smaller trigger distance.</para>
/// <para>Arguments are scored over matched pairs; arguments of unmatched gold events count as misses and those of
/// unmatched predicted events as false alarms. Actor lists are matched one-to-one (see <see cref="ActorMatches"/>);
/// location, date value, killed, injured and status are single values (a wrong value is one false alarm and one miss).</para>
/// </summary>
internal static class EventScorer
{
    private static readonly HashSet<string> HeadStops = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "from", "in", "at", "for", "who", "which", "that", "with", "on", "and", "or", "to", "by", "as", "including", "(", "-", "–", "—",
    };

    /// <summary>Scores one article.</summary>
    public static EventScoreReport Score(IReadOnlyList<EventAnnotation> gold, IReadOnlyList<ExtractedEvent> predicted)
    {
        var report = new EventScoreReport();
        var candidates = new List<(int G, int P, int Overlap, int Covered, int Distance)>();
        for (int g = 0; g < gold.Count; g++)
            for (int p = 0; p < predicted.Count; p++)
            {
                if (!string.Equals(gold[g].Type, predicted[p].Type.ToString(), StringComparison.Ordinal)) continue;
                var sentences = predicted[p].Mentions.Select(m => m.Sentence.Span).Prepend(predicted[p].Sentence.Span).ToArray();
                var triggers = predicted[p].Mentions.Select(m => m.Trigger.Span).Prepend(predicted[p].Trigger.Span).ToArray();
                int covered = gold[g].Mentions.Count(m => sentences.Any(s => s.Contains(m.Start)));
                if (covered == 0) continue;
                int overlap = gold[g].Mentions.Any(m => triggers.Any(t => t.Overlaps(new TextSpan(m.Start, m.End)))) ? 1 : 0;
                int distance = gold[g].Mentions.Min(m => triggers.Min(t => Math.Abs(t.Start - m.Start)));
                candidates.Add((g, p, overlap, covered, distance));
            }
        var goldToPred = Enumerable.Repeat(-1, gold.Count).ToArray();
        var predTaken = new bool[predicted.Count];
        foreach (var c in candidates.OrderByDescending(c => c.Overlap).ThenByDescending(c => c.Covered).ThenBy(c => c.Distance).ThenBy(c => c.G).ThenBy(c => c.P))
        {
            if (goldToPred[c.G] >= 0 || predTaken[c.P]) continue;
            goldToPred[c.G] = c.P;
            predTaken[c.P] = true;
        }
        for (int g = 0; g < gold.Count; g++)
            if (goldToPred[g] >= 0) report.Matches.Add((gold[g], predicted[goldToPred[g]]));
            else report.Misses.Add(gold[g]);
        for (int p = 0; p < predicted.Count; p++)
            if (!predTaken[p]) report.FalseAlarms.Add(predicted[p]);

        foreach (var t in EventAnnotationValidator.Types) report.AddEvent(t, default);
        foreach (var (g, _) in report.Matches) report.AddEvent(g.Type, new PrfCounts(1, 0, 0));
        foreach (var g in report.Misses) report.AddEvent(g.Type, new PrfCounts(0, 0, 1));
        foreach (var p in report.FalseAlarms) report.AddEvent(p.Type.ToString(), new PrfCounts(0, 1, 0));

        foreach (var a in EventScoreReport.ArgumentNames) report.AddArgument(a, default);
        foreach (var (g, p) in report.Matches) ScoreArguments(g, p, report);
        foreach (var g in report.Misses) ScoreArguments(g, null, report);
        foreach (var p in report.FalseAlarms) ScoreArguments(null, p, report);
        return report;
    }

    private static void ScoreArguments(EventAnnotation? g, ExtractedEvent? p, EventScoreReport report)
    {
        var gm = g is { Type: "Meeting" };
        var gs = g is { Type: "Statement" };
        var ga = g is { Type: "Attack" };
        // Errors are listed for matched pairs only (a miss or a false alarm is listed as such).
        string? id = g is null || p is null ? null : $"{g.Id} {g.Type} '{g.Mentions[0].Trigger}'";
        Actors("participants", gm ? g!.Participants : [], (p as Meeting)?.Participants ?? [], id, report);
        Actors("speakers", gs ? g!.Speakers : [], (p as Statement)?.Speakers ?? [], id, report);
        Actors("addressees", gs ? g!.Addressees : [], (p as Statement)?.Addressees ?? [], id, report);
        Actors("attackers", ga ? g!.Attackers : [], (p as Attack)?.Attackers ?? [], id, report);
        Actors("targets", ga ? g!.Targets : [], (p as Attack)?.Targets ?? [], id, report);
        Single("location", g?.Location, p?.Location, (x, y) => LocationMatches(x!, y!), x => x!.Text, x => x!.Text, id, report);
        Single("date", g?.Date?.Value, p?.Date?.Value, (x, y) => x == y, x => x!, x => x!, id, report);
        Single<int?, int?>("killed", ga ? g!.Killed : null, (p as Attack)?.Killed, (x, y) => x == y, x => x?.ToString() ?? "", x => x?.ToString() ?? "", id, report);
        Single<int?, int?>("injured", ga ? g!.Injured : null, (p as Attack)?.Injured, (x, y) => x == y, x => x?.ToString() ?? "", x => x?.ToString() ?? "", id, report);
        Single("status", g?.Status, p?.Status.ToString().ToLowerInvariant(), (x, y) => x == y, x => x!, x => x!, id, report);
    }

    private static void Actors(string slot, IReadOnlyList<EventAnnotationActor> gold, IReadOnlyList<Actor> predicted, string? id, EventScoreReport report)
    {
        var used = new bool[predicted.Count];
        int tp = 0;
        foreach (var g in gold)
        {
            int hit = -1;
            for (int i = 0; i < predicted.Count && hit < 0; i++)
                if (!used[i] && ActorMatches(g, predicted[i])) hit = i;
            if (hit >= 0)
            {
                used[hit] = true;
                tp++;
            }
            else AddError(report, id, $"{slot}: missed '{g.Text}'{(predicted.Count == 0 ? " (none predicted)" : "")}");
        }
        for (int i = 0; i < predicted.Count; i++)
            if (!used[i]) AddError(report, id, $"{slot}: spurious '{predicted[i].Text}'{(gold.Count == 0 ? " (none in gold)" : "")}");
        report.AddArgument(slot, new PrfCounts(tp, predicted.Count - tp, gold.Count - tp));
    }

    private static void Single<TG, TP>(string slot, TG gold, TP predicted, Func<TG, TP, bool> matches, Func<TG, string> showGold, Func<TP, string> showPred,
        string? id, EventScoreReport report)
    {
        bool hasG = gold is not null, hasP = predicted is not null;
        if (hasG && hasP && matches(gold, predicted)) report.AddArgument(slot, new PrfCounts(1, 0, 0));
        else
        {
            report.AddArgument(slot, new PrfCounts(0, hasP ? 1 : 0, hasG ? 1 : 0));
            if (hasG || hasP) AddError(report, id, $"{slot}: gold '{(hasG ? showGold(gold) : "-")}', predicted '{(hasP ? showPred(predicted) : "-")}'");
        }
    }

    private static void AddError(EventScoreReport report, string? id, string message)
    {
        if (id is not null) report.ArgumentErrors.Add($"{id} {message}");
    }

    /// <summary>
    /// A predicted actor matches a gold actor when their spans overlap, or when the predicted actor's canonical name
    /// or text equals the gold text or contains the gold text's head word as a whole word (case-insensitive).
    /// The head word is the last word before the first preposition, relative pronoun, conjunction or comma
    /// ("Zalmay Khalilzad" → Khalilzad, "counterparts from China" → counterparts, "Pakistan's army" → army),
    /// with a possessive 's removed.
    /// </summary>
    public static bool ActorMatches(EventAnnotationActor gold, Actor predicted)
    {
        if (new TextSpan(gold.Start, gold.End).Overlaps(predicted.Span)) return true;
        var head = HeadWord(gold.Text);
        foreach (var name in new[] { predicted.Canonical, predicted.Text })
        {
            if (string.IsNullOrEmpty(name)) continue;
            if (string.Equals(name.Trim(), gold.Text.Trim(), StringComparison.OrdinalIgnoreCase)) return true;
            if (head.Length > 0 && ContainsWord(name, head)) return true;
        }
        return false;
    }

    /// <summary>The head word of an actor phrase (see <see cref="ActorMatches"/>).</summary>
    public static string HeadWord(string phrase)
    {
        var words = new List<string>();
        foreach (var raw in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (HeadStops.Contains(raw) && words.Count > 0) break;
            var w = raw.TrimEnd(',', ';', ':');
            bool comma = w.Length != raw.Length;
            if (w.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || w.EndsWith("’s", StringComparison.OrdinalIgnoreCase)) w = w[..^2];
            else if (w.EndsWith('\'') || w.EndsWith('’')) w = w[..^1];
            w = w.Trim('"', '“', '”', '(', ')', '[', ']');
            if (w.Length > 0) words.Add(w);
            if (comma && words.Count > 0) break;
        }
        return words.Count == 0 ? "" : words[^1];
    }

    /// <summary>
    /// A predicted location matches the gold one when both name the same place, never when one merely contains the
    /// other: a city does not match its country or a containing state ("Atlanta, Georgia" is not "Georgia").
    /// A place name is the text before its first comma ("Amherst, N.Y." names Amherst; what follows only says where
    /// it is), without a leading "the" or trailing punctuation, compared case-insensitively. The names match when
    /// the gold name equals the predicted text or gazetteer name, when both are countries with the same country
    /// code ("the U.S." and "United States"), or when the gold name is a gazetteer spelling of the predicted city
    /// (same GeoNames id, same country).
    /// </summary>
    public static bool LocationMatches(EventAnnotationLocation gold, Place predicted)
    {
        string goldName = PlaceName(gold.Text);
        if (goldName.Length == 0) return false;
        if (SameName(goldName, PlaceName(predicted.Text)) || SameName(goldName, PlaceName(predicted.Name))) return true;
        bool sameCountry = gold.CountryCode is null || predicted.CountryCode is null
            || string.Equals(gold.CountryCode, predicted.CountryCode, StringComparison.OrdinalIgnoreCase);
        if (predicted.IsCountry)
            return gold.CountryCode is not null && predicted.CountryCode is not null && sameCountry && s_countryNames.Value.Contains(goldName);
        return predicted.GeoNamesId is int id && sameCountry && NamesCity(goldName, id);
    }

    /// <summary>The name a location text gives (see <see cref="LocationMatches"/>).</summary>
    public static string PlaceName(string text)
    {
        int comma = text.IndexOf(',');
        if (comma >= 0) text = text[..comma];
        text = WithoutArticle(text).TrimEnd(';', ':', ' ');
        return string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static bool SameName(string a, string b) => b.Length > 0 && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="name"/> (as written, or title-cased when written in capitals) is a gazetteer spelling of the city <paramref name="geoNamesId"/>.</summary>
    private static bool NamesCity(string name, int geoNamesId)
    {
        foreach (var spelling in new[] { name, TitleCase(name) })
            if (Gazetteer.Default.Find(spelling) is { } e && (e.SenseCity?.GeoNamesId == geoNamesId || e.Cities.Any(c => c.GeoNamesId == geoNamesId)))
                return true;
        return false;
    }

    private static string TitleCase(string s) =>
        string.Join(' ', s.Split(' ').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));

    private static string WithoutArticle(string text)
    {
        text = text.Trim();
        return text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? text[4..].Trim() : text;
    }

    /// <summary>Country names and spellings of the shared gazetteer, to tell a gold country ("the U.S.") from a city.</summary>
    private static readonly Lazy<HashSet<string>> s_countryNames = new(() =>
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "U.S.", "US", "USA", "U.S.A.", "UK", "U.K.", "Britain", "America" };
        try
        {
            foreach (var (name, isCountry) in PlaceNames.Load())
                if (isCountry) set.Add(name);
        }
        catch (IOException)
        {
            // Without the shared gazetteer only the built-in spellings count as countries.
        }
        return set;
    });

    private static bool ContainsWord(string haystack, string word)
    {
        int from = 0;
        while (true)
        {
            int i = haystack.IndexOf(word, from, StringComparison.OrdinalIgnoreCase);
            if (i < 0) return false;
            int end = i + word.Length;
            bool left = i == 0 || !char.IsLetterOrDigit(haystack[i - 1]);
            bool right = end == haystack.Length || !char.IsLetterOrDigit(haystack[end]);
            if (left && right) return true;
            from = i + 1;
        }
    }
}
