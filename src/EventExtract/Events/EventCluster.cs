using EventExtract.Events.Arguments;
using EventExtract.Places;
using EventExtract.Time;

namespace EventExtract.Events;

/// <summary>All mentions of one event in a document, with their arguments unioned.</summary>
internal sealed class EventCluster
{
    public EventCluster(MentionDraft first)
    {
        Mentions.Add(first);
        Type = first.Type;
    }

    public EventType Type { get; }
    public List<MentionDraft> Mentions { get; } = new();

    public int LastSentence
    {
        get
        {
            int last = Mentions[0].Sentence;
            for (int i = 1; i < Mentions.Count; i++) last = Math.Max(last, Mentions[i].Sentence);
            return last;
        }
    }

    public Timex? Date
    {
        get
        {
            Timex? best = null;
            foreach (var m in Mentions)
                if (m.Date is { } d && (best is null || d.Value.Length > best.Value.Length)) best = d;
            return best;
        }
    }

    /// <summary>The place the mentions agree on for merging: the first that is not a country, else the first country.</summary>
    public Place? Location => BestLocation(p => p.IsCountry ? 0 : 1);

    /// <summary>
    /// The place reported for the event: the most specific any mention names, a city or area over its country or over a
    /// region with no country ("the bombings in Europe" then "the Istanbul bombings"), which only says roughly where.
    /// (Merging keeps <see cref="Location"/>: such a region stays open to the places it may hold.)
    /// </summary>
    public Place? ReportedLocation => BestLocation(p => IsListedRegion(p) ? 0 : p.IsCountry ? 1 : 2);

    /// <summary>A region the gazetteer lists with no country and no city ("Europe", "East Africa"), not a place it does not know.</summary>
    private static bool IsListedRegion(Place p) =>
        IsCountrylessRegion(p) && Gazetteer.Default.Find(p.Name) is { CountryCode: null, Cities.Count: 0, Sense: NameSense.None };

    private Place? BestLocation(Func<Place, int> specificity)
    {
        Place? best = null;
        foreach (var m in Mentions)
            if (m.Location is { } p && (best is null || specificity(p) > specificity(best))) best = p;
        return best;
    }

    /// <summary>The scene a mention took from the sentence before it, when no mention has a place of its own; else null.</summary>
    public Place? SceneLocation => Location is null ? Mentions.Select(m => m.SceneLocation).FirstOrDefault(p => p is not null) : null;

    /// <summary>
    /// The first mention's status, unless a later definite mention changes it ("the talks were called off"). A modal
    /// around a later mention ("I would expand that statement") speaks of what is done with the event, not of whether
    /// it happened, so a hypothetical later mention changes nothing; nor does "the talks would focus on trade" (what the
    /// meeting does, not whether it takes place), nor a planned one after the event was told as held ("On the eve of the
    /// meeting, missiles struck": the time of the sentence, before a meeting that took place).
    /// </summary>
    public EventStatus Status
    {
        get
        {
            var status = Mentions[0].Status;
            for (int i = 1; i < Mentions.Count; i++)
                if (Mentions[i] is var m && m.IsAnaphoric && !m.IsPlannedByCourse && m.Status is not (EventStatus.Occurred or EventStatus.Hypothetical)
                    && !(status == EventStatus.Occurred && m.Status == EventStatus.Planned)) status = m.Status;
            return status;
        }
    }

    public List<Actor> Union(Func<MentionDraft, IReadOnlyList<Actor>> select)
    {
        var list = new List<Actor>();
        foreach (var m in Mentions)
        {
            var actors = select(m);
            for (int i = 0; i < actors.Count; i++)
                AddDistinct(list, actors[i]);
        }
        return list;
    }

    /// <summary>Adds <paramref name="a"/> unless the list already holds it (same span or the same party), as <see cref="Union"/> does.</summary>
    public static void AddDistinct(List<Actor> list, Actor a)
    {
        if (!Contains(list, a)) list.Add(a);
    }

    private static bool Contains(List<Actor> list, Actor a)
    {
        foreach (var x in list)
            if (x.Span == a.Span || SameActor(x, a) || SamePhrase(x, a)) return true;
        return false;
    }

    /// <summary>
    /// Two parties named only by a phrase that are the same words past a leading article or count ("the bombings of two
    /// U.S. embassies" and later "the U.S. embassies"): two mentions of one event speak of the same party; listing it
    /// twice would count one target as two.
    /// </summary>
    private static bool SamePhrase(Actor a, Actor b)
    {
        if (!string.Equals(a.Canonical, a.Text, StringComparison.Ordinal) || !string.Equals(b.Canonical, b.Text, StringComparison.Ordinal)) return false;
        var x = PastArticleOrCount(a.Text);
        var y = PastArticleOrCount(b.Text);
        return x.Length > 0 && (x.Length != a.Text.Length || y.Length != b.Text.Length) && x.Equals(y, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The words of a phrase after its leading articles, demonstratives and counts ("two U.S. embassies" → "U.S. embassies").</summary>
    private static ReadOnlySpan<char> PastArticleOrCount(string phrase)
    {
        var cues = CueLexicon.Default;
        var rest = phrase.AsSpan().Trim();
        while (rest.IndexOf(' ') is int space and > 0)
        {
            string word = rest[..space].ToString().ToLowerInvariant();
            if (!(cues.AnaphoricDeterminers.Contains(word) || cues.NumberWords.ContainsKey(word) || IsDigits(word))) break;
            rest = rest[(space + 1)..].TrimStart();
        }
        return rest;
    }

    private static bool IsDigits(string word)
    {
        foreach (char c in word)
            if (!char.IsAsciiDigit(c) && c != ',') return false;
        return word.Length > 0;
    }

    public List<Actor> Participants => Union(m => m.Participants);

    /// <summary>The same party: same canonical name, or the same country named two ways ("Moscow", "Russia").</summary>
    public static bool SameActor(Actor a, Actor b)
    {
        if (string.Equals(a.Canonical, b.Canonical, StringComparison.OrdinalIgnoreCase)) return true;
        return IsCountryLike(a) && IsCountryLike(b) && a.CountryCode is not null && a.CountryCode == b.CountryCode && a.Kind == b.Kind;
    }

    /// <summary>Overlap strength for merging: distinct shared parties, countries matched by code.</summary>
    public static int SharedParties(IReadOnlyList<Actor> x, IReadOnlyList<Actor> y)
    {
        int shared = 0;
        Span<bool> used = y.Count <= 128 ? stackalloc bool[y.Count] : new bool[y.Count];
        for (int i = 0; i < x.Count; i++)
        {
            var a = x[i];
            for (int j = 0; j < y.Count; j++)
            {
                if (used[j]) continue;
                var b = y[j];
                bool same = string.Equals(a.Canonical, b.Canonical, StringComparison.OrdinalIgnoreCase)
                    || (IsCountryLike(a) && IsCountryLike(b) && a.CountryCode is not null && a.CountryCode == b.CountryCode);
                if (same) { used[j] = true; shared++; break; }
            }
        }
        return shared;
    }

    private static bool IsCountryLike(Actor a) => a.Kind is ActorKind.Country or ActorKind.Other && a.CountryCode is not null;

    /// <summary>Two dates may name the same time when one contains the other ("2019-10" and "2019-10-25").</summary>
    public static bool DatesCompatible(Timex? a, Timex? b)
    {
        if (a is null || b is null) return true;
        string x = a.Value, y = b.Value;
        return x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal);
    }

    public static bool DatesEqual(Timex? a, Timex? b) => a is not null && b is not null && a.Value == b.Value;

    /// <summary>Two places may be the same: same name, a country and a place in it, or a region with no country (which may hold either).</summary>
    public static bool PlacesCompatible(Place? a, Place? b)
    {
        if (a is null || b is null) return true;
        if (string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase)) return true;
        // A region the gazetteer gives no country ("East Africa", "the Gulf") may hold either place.
        // (Not an area named by its own name and kind, "Helmand province": like two cities, two such places are two scenes.)
        if (IsCountrylessRegion(a) || IsCountrylessRegion(b)) return true;
        if (a.IsCountry || b.IsCountry) return a.CountryCode is not null && a.CountryCode == b.CountryCode;
        // Stories set one scene in a city and its suburb ("killed in Buffalo ... shot at his home in Amherst"); two
        // towns farther apart than a suburb lies from its city are two scenes.
        return WithinSuburbReach(a, b);
    }

    /// <summary>How far (km) a suburb a story names for its city's event may lie from that city.</summary>
    private const double SuburbReachKm = 15;

    /// <summary>Two towns of one country close enough to be a city and its suburb (cities with coordinates only).</summary>
    public static bool WithinSuburbReach(Place a, Place b)
    {
        if (a.Latitude is not { } lat1 || a.Longitude is not { } lon1 || b.Latitude is not { } lat2 || b.Longitude is not { } lon2) return false;
        if (a.CountryCode is null || a.CountryCode != b.CountryCode) return false;
        // Equirectangular approximation: exact enough at these distances.
        const double kmPerDegree = 111.2;
        double dy = lat2 - lat1, dx = (lon2 - lon1) * Math.Cos((lat1 + lat2) * Math.PI / 360);
        return Math.Sqrt(dx * dx + dy * dy) * kmPerDegree <= SuburbReachKm;
    }

    /// <summary>A region the gazetteer gives no country ("East Africa", "the Gulf"), not an area named by its own name and kind.</summary>
    private static bool IsCountrylessRegion(Place p) => !p.IsCountry && p.CountryCode is null && !IsNamedArea(p);

    /// <summary>
    /// An area the city gazetteer lacks, named by a name and its area noun ("Helmand province", "the Swat valley"): its
    /// text goes on past its name.
    /// </summary>
    private static bool IsNamedArea(Place p) =>
        !p.IsCountry && p.GeoNamesId is null && p.Text.Length > p.Name.Length && p.Text.StartsWith(p.Name, StringComparison.Ordinal);

    public static bool PlacesEqual(Place? a, Place? b) =>
        a is not null && b is not null && string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase);
}
