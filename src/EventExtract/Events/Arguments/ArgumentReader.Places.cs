using EventExtract.Places;
using EventExtract.Tagging;
using EventExtract.Text;

namespace EventExtract.Events.Arguments;

// Hosts and locations.
internal sealed partial class ArgumentReader
{
    private void ReadHost(Sentence s, MentionDraft d, int governing)
    {
        // A host verb ("hosted", "hosting"), not the noun of "Russian hosts".
        bool IsHostVerb(int i) => i >= 0 && _c.HostWords.Contains(_x.Lower(i)) && _x.UnitAt(i) is null
            && (_x.HasPos ? _x.Pos(i) is UniversalPos.VERB : _x.Lower(i) is not ("host" or "hosts") || i == 0 || _x.UnitAt(i - 1) is null);
        int verb = governing;
        bool hostVerb = false;
        for (int i = d.First; i <= d.Last && !hostVerb; i++)
            if (IsHostVerb(i)) { verb = i; hostVerb = true; }
        hostVerb = hostVerb || IsHostVerb(governing);
        if (hostVerb)
        {
            if (verb + 1 < s.EndToken && _x.Lower(verb + 1) == "by")
            {
                var (chain, _) = RightChain(verb + 2, s.EndToken, allowPrepositionStart: true);
                if (chain.Count > 0) d.Host = chain[0];
            }
            else
            {
                var subject = LeftChain(verb, s.FirstToken);
                if (subject.Count > 0) d.Host = subject[0];
            }
        }
        // "The summit, hosted by Indonesia, brought together …": a host verb's "by" phrase right after the meeting noun
        // names the host, a party to the meeting too.
        if (d.Host is null && !d.AnchorIsVerb && d.Last + 1 < s.EndToken)
        {
            int k = _x.Lower(d.Last + 1) == "," ? d.Last + 2 : d.Last + 1;
            if (k + 1 < s.EndToken && IsHostVerb(k) && _x.Lower(k + 1) == "by" && RightChain(k + 2, s.EndToken, allowPrepositionStart: true) is { Actors: [var host, ..] })
            {
                d.Host = host;
                MentionDraft.AddActor(d.Participants, host);
            }
        }
        if (d.Host is null)
        {
            // "with Russian hosts": an actor followed by, or ending in, a host word.
            foreach (var a in d.Participants)
            {
                var (first, last) = _x.TokenRange(a.Span);
                if (last < first) continue;
                if (_c.HostWords.Contains(_x.Lower(last)) || (last + 1 < s.EndToken && _c.HostWords.Contains(_x.Lower(last + 1)) && _x.Lower(last + 1) is "hosts" or "host"))
                {
                    d.Host = a;
                    break;
                }
            }
        }
        foreach (int i0 in MovementEnds(d))
        {
            if (d.Host is not null) break;
            // "visited Moscow": the visited capital or country is the host.
            int i = i0;
            if (i < s.EndToken && _x.Lower(i) == "to") i++;
            while (i < s.EndToken && _x.IsDeterminer(i)) i++;
            if (i < s.EndToken && _x.UnitAt(i) is { } u && u.Actors.Count > 0 && u.Actors[0].Kind == ActorKind.Country)
                d.Host = u.Actors[0];
        }
        if (d.Host is not null) MentionDraft.AddActor(d.Participants, d.Host);
    }

    /// <summary>The token after each trigger that holds a movement word ("visited", "trip to").</summary>
    private IEnumerable<int> MovementEnds(MentionDraft d) =>
        d.Triggers.Where(t => Enumerable.Range(t.FirstToken, t.TokenCount).Any(i => _c.MovementWords.Contains(_x.Lower(i))))
            .Select(t => t.FirstToken + t.TokenCount);

    private void ReadLocation(Sentence s, MentionDraft d, int scanEnd, int governing)
    {
        // Movement: "visited Moscow", "a trip to Moscow".
        foreach (int i0 in MovementEnds(d))
        {
            int i = i0;
            if (i < s.EndToken && _x.Lower(i) is "to") i++;
            while (i < s.EndToken && _x.IsDeterminer(i)) i++;
            if (i < s.EndToken && _x.PlaceAt(i) is { } visited)
            {
                d.Location = MostSpecificPlaceFrom(i, s.EndToken) ?? visited;
                return;
            }
            // "visits Baghdad": a capital the resolver read as its government is still the city visited.
            if (i < s.EndToken && _x.UnitAt(i) is { } u && u.First == i && CapitalPlace(u) is { } capital)
            {
                d.Location = capital;
                return;
            }
        }
        // Locative phrase after the trigger in its clause: "in Beijing", "at the UN", "in Afghanistan's capital of Kabul".
        // (A known attack named in another clause: only its own phrase, "before the shooting, and was found at X".)
        if (d.ReferenceStart >= 0) scanEnd = ReferenceEnd(d, scanEnd);
        for (int p = d.Triggers[0].FirstToken + d.Triggers[0].TokenCount; p < scanEnd; p++)
        {
            foreach (var prep in _c.LocationPrepositions)
            {
                int end = _x.MatchAt(p, prep, scanEnd);
                if (end < 0) continue;
                var place = MostSpecificPlaceFrom(end, scanEnd);
                if (place is not null) { d.Location = place; return; }
            }
            // ("warnings from Moscow": after a noun, "from" names the source.)
            if (d.Type == EventType.Statement && d.AnchorIsVerb)
                foreach (var prep in _c.StatementLocationPrepositions)
                {
                    int end = _x.MatchAt(p, prep, scanEnd);
                    if (end < 0) continue;
                    var place = MostSpecificPlaceFrom(end, scanEnd);
                    if (place is not null) { d.Location = place; return; }
                }
            if (d.Type == EventType.Attack)
                foreach (var prep in _c.AttackLocationPrepositions)
                {
                    int end = _x.MatchAt(p, prep, scanEnd);
                    if (end < 0) continue;
                    var place = MostSpecificPlaceFrom(end, scanEnd);
                    if (place is not null) { d.Location = place; return; }
                }
        }
        // "the bombing of a Tulsa, Okla., courthouse": a city naming the target of an attack is where it was hit
        // (not a country: "the bombing of U.S. embassies" names whose embassies).
        if (d.Type == EventType.Attack && TargetPlace(d, scanEnd) is { } target) { d.Location = target; return; }
        // Place modifying the trigger noun: "the Kabul attack", "the Moscow talks" (a capital read as its government too).
        for (int i = d.First - 1, n = 0; !d.AnchorIsVerb && i >= s.FirstToken && n < 3; i--, n++)
        {
            if (_x.PlaceAt(i) is { } p) { d.Location = p; return; }
            if (d.Type == EventType.Meeting && i == d.First - 1 && _x.UnitAt(i) is { } capital && CapitalPlace(capital) is { } seat) { d.Location = seat; return; }
            if (!(_x.Pos(i) is UniversalPos.ADJ or UniversalPos.NOUN || _x.Tokens.GetKind(i) == TokenKind.Dash)) break;
        }
        if (d.Type == EventType.Meeting && PurposePlace(s, d) is { } gathered) { d.Location = gathered; return; }
        // Fronted "In Kabul, ..." sets the scene of the whole sentence (not of a known attack it names: "In X, residents decried the attack").
        int f = s.FirstToken;
        if (d.ReferenceStart < 0 && f < s.EndToken && _x.Lower(f) is "in" or "at" && _x.PlaceAt(f + 1 < s.EndToken ? f + 1 : f) is not null)
        {
            var place = MostSpecificPlaceFrom(f + 1, s.EndToken);
            int k = f + 1;
            while (k < s.EndToken && (_x.PlaceAt(k) is not null || _x.Lower(k) is "'s" or "’s" or "of" or "capital" or "the")) k++;
            if (place is not null && k < s.EndToken && _x.Lower(k) == ",") { d.Location = place; return; }
        }
        // "In July 1997, at a summit in Madrid, Spain, the alliance announced …": a place inside fronted phrases.
        if (d.ReferenceStart < 0 && FrontedScenePlace(s, d) is { } scene) { d.Location = scene; return; }
        // A host named by its capital or country: "Beijing hosted ...".
        if (d.Host is not null)
        {
            var (first, last) = _x.TokenRange(d.Host.Span);
            for (int i = first; i <= last && i < s.EndToken && first <= last; i++)
                if (_x.PlaceAt(i) is { } p && p.Span.Overlaps(d.Host.Span)) { d.Location = p; return; }
        }
        _ = governing;
    }

    /// <summary>
    /// "Leaders of the G7 gathered in Hiroshima on Tuesday for a two-day summit", "the envoy flew to Beijing for talks":
    /// a meeting noun after "for" is what the clause's party came for, so the place of the clause before it, a locative
    /// phrase or "to" after a movement word (movement-words.txt), is where it is held; null when there is none.
    /// </summary>
    private Place? PurposePlace(Sentence s, MentionDraft d)
    {
        if (d.AnchorIsVerb) return null;
        int i = d.First - 1;
        while (i > s.FirstToken && (_x.IsDeterminer(i) || _x.TimexAt(i) is not null || _x.Pos(i) is UniversalPos.ADJ or UniversalPos.NOUN or UniversalPos.NUM
                                    || _x.Tokens.GetKind(i) == TokenKind.Dash) && d.First - i < 6) i--;
        if (i <= s.FirstToken || _x.Lower(i) != "for") return null;
        int forAt = i;
        Place? found = null;
        for (int p = forAt - 1; p >= s.FirstToken && forAt - p <= 12; p--)
        {
            if (_x.IsBoundary(p) || _x.IsPunct(p) || _x.IsQuote(p)) break;
            foreach (var prep in _c.LocationPrepositions)
            {
                int at = _x.MatchAt(p, prep, forAt);
                if (at > 0 && MostSpecificPlaceFrom(at, forAt) is { } place) { found = place; break; }
            }
            if (found is null && _x.Lower(p) == "to" && p > s.FirstToken && _c.MovementWords.Contains(_x.Lower(p - 1)) && MostSpecificPlaceFrom(p + 1, forAt) is { } goal)
                found = goal;
            if (found is not null) return found;
        }
        return null;
    }

    /// <summary>
    /// The place of a locative phrase inside the prepositional phrases that open the sentence before the trigger, each
    /// closed by a comma ("In July 1997, at a summit in Madrid, Spain, …", "During talks in Geneva on Monday, …"); null
    /// when there is none.
    /// </summary>
    private Place? FrontedScenePlace(Sentence s, MentionDraft d)
    {
        int i = s.FirstToken;
        for (int n = 0; n < 3 && i < d.First && _x.Lower(i) is "in" or "at" or "during" or "on"; n++)
        {
            int close = i + 1;
            while (close < d.First && close - i < 14 && _x.Lower(close) != "," && !_x.IsVerb(close) && !_x.IsQuote(close)) close++;
            if (close >= d.First || _x.Lower(close) != ",") return null;
            for (int p = i; p < close; p++)
                foreach (var prep in _c.LocationPrepositions)
                {
                    int at = _x.MatchAt(p, prep, close);
                    if (at > 0 && MostSpecificPlaceFrom(at, close) is { } place) return place;
                }
            i = close + 1;
        }
        return null;
    }

    /// <summary>
    /// "Protesters marched in front of the city hall in Denver, waving flags and chanting slogans": a participle clause
    /// after the main clause, with no trigger before it in the sentence, takes the last place named in the main clause.
    /// </summary>
    private void ReadTrailingParticiplePlace(Sentence s, MentionDraft d, List<MentionDraft> drafts)
    {
        if (d.Location is not null || !IsTrailingParticiple(s, d) || drafts.Any(o => o != d && o.First < d.First)) return;
        int end = d.First - 1;
        while (end > s.FirstToken && _x.Lower(end) != ",") end--;
        for (int p = s.FirstToken; p < end; p++)
            foreach (var prep in _c.LocationPrepositions)
            {
                int at = _x.MatchAt(p, prep, end);
                if (at > 0 && MostSpecificPlaceFrom(at, end) is { } place) d.Location = place;
            }
    }

    /// <summary>
    /// "said at a news conference in Bergamo": a press event right after a statement is where the statement was made, so
    /// the statement's place scan runs past its trigger to <paramref name="clauseEnd"/>; otherwise <paramref name="scanEnd"/>.
    /// </summary>
    private int PastPressEvent(MentionDraft d, List<MentionDraft> drafts, int scanEnd, int clauseEnd)
    {
        foreach (var o in drafts)
            if (o != d && o.First == scanEnd && o.Type == EventType.Meeting && IsAddressedPressEvent(o)) return Math.Max(scanEnd, clauseEnd);
        return scanEnd;
    }

    /// <summary>
    /// The city modifying the target noun right after an attack trigger and "of", "on" or "against" ("the bombing of a
    /// Tulsa, Okla., courthouse", "an attack on the Lagos police headquarters"), or the country that is the target
    /// itself ("the invasion of Kuwait"), or null.
    /// </summary>
    private Place? TargetPlace(MentionDraft d, int scanEnd)
    {
        int i = d.Triggers[0].FirstToken + d.Triggers[0].TokenCount;
        if (i >= scanEnd || _x.Lower(i) is not ("of" or "on" or "against")) return null;
        i++;
        while (i < scanEnd && (_x.IsDeterminer(i) || _x.Pos(i) == UniversalPos.NUM)) i++;
        // "Iraq's invasion of Kuwait": a country that is itself the object is where it was hit (not one of a list,
        // "the raid on Afghanistan and Sudan"; "a strike against Iraq" names a target rather than a scene).
        if (i < scanEnd && _x.Lower(i - 1) == "of" && _x.PlaceAt(i) is null && _x.UnitAt(i) is { IsReference: false, Actors.Count: 1 } u && u.First == i && u.Actors[0].Kind == ActorKind.Country
            && Gazetteer.Default.Find(u.Actors[0].Text) is { Sense: NameSense.CountryName }
            && !(u.Last + 1 < scanEnd && (_x.Pos(u.Last + 1) is UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.ADJ || _x.Lower(u.Last + 1) is "and" or "or" or ",")))
        {
            var a = u.Actors[0];
            return new Place(a.Text, a.Span, a.Canonical, a.CountryCode, null, null, null, true);
        }
        if (i >= scanEnd || _x.PlaceAt(i) is not { IsCountry: false } city) return null;
        var (_, last) = _x.TokenRange(city.Span);
        int k = last + 1;
        // ", Okla.,": the city's state or country between commas.
        if (k + 2 < scanEnd && _x.Lower(k) == "," && _x.PlaceAt(k + 1) is { } region)
        {
            int after = _x.TokenRange(region.Span).Last + 1;
            if (after < scanEnd && _x.Lower(after) == ",") k = after + 1;
        }
        return k < scanEnd && _x.Pos(k) is UniversalPos.NOUN or UniversalPos.ADJ or UniversalPos.PROPN && _x.PlaceAt(k) is null && _x.TimexAt(k) is null ? city : null;
    }

    /// <summary>
    /// A capital that the resolver read as its government ("Madrid", "Moscow"), as the city it names; null for any other unit.
    /// Used where the capital only modifies an event noun ("the Madrid summit") and so names the place.
    /// </summary>
    private static Place? CapitalPlace(ArgUnit u)
    {
        if (u.IsReference || u.Actors.Count != 1 || u.Actors[0].Kind != ActorKind.Country) return null;
        var a = u.Actors[0];
        if (Gazetteer.Default.Find(a.Text) is not { Sense: NameSense.Metonym, SenseCity: { } city }) return null;
        return new Place(a.Text, a.Span, city.Name, city.CountryCode, city.GeoNamesId, city.Latitude, city.Longitude, false);
    }

    /// <summary>
    /// An unresolved place name that runs into a time expression ("the Rose Garden Wednesday"), without it; the place
    /// itself otherwise.
    /// </summary>
    private Place WithoutTrailingTime(Place p)
    {
        if (p.GeoNamesId is not null || p.IsCountry) return p;
        var (first, last) = _x.TokenRange(p.Span);
        for (int k = first + 1; k <= last; k++)
        {
            if (_x.TimexAt(k) is null) continue;
            var span = _x.Span(first, k - 1);
            string text = span.GetText(_x.Text);
            return p with { Text = text, Span = span, Name = p.Name == p.Text ? text : p.Name };
        }
        return p;
    }

    /// <summary>From a place phrase ("Afghanistan's capital of Kabul"), the most specific place: a city over a country, the last one.</summary>
    private Place? MostSpecificPlaceFrom(int start, int end)
    {
        Place? best = null;
        int bestLast = -1;
        bool sawCountry = false;
        int i = start;
        while (i < end && _x.IsDeterminer(i)) i++;
        // ("last met in March": a month that the gazetteer also knows as a town is a time, not a place.)
        if (i < end && _x.PlaceAt(i) is { } timed && _x.TimexAt(i) is { } time && time.Span.Contains(timed.Span)) return null;
        while (i < end)
        {
            var p = _x.PlaceAt(i);
            if (p is not null)
            {
                p = WithoutTrailingTime(p);
                var (_, last) = _x.TokenRange(p.Span);
                int next = Math.Max(i + 1, last + 1);
                // "U.S. embassies in Kenya", "the Kenya embassy": a place modifying a noun is not where it happened; look past the noun.
                bool possessive = _x.Lower(last).EndsWith("'s", StringComparison.Ordinal) || _x.Lower(last).EndsWith("’s", StringComparison.Ordinal);
                // ("in Baghdad today", "in Kabul Friday": a time expression after the place is no such noun.)
                // ("Kosovo province", "Gaza city": a place-type noun keeps the place.)
                if (best is null && !possessive && next < end && _x.PlaceAt(next) is null && _x.UnitAt(next) is null && _x.TimexAt(next) is null && _x.Pos(next) is UniversalPos.NOUN && !_x.IsVerb(next)
                    && !_c.PlaceNouns.Contains(_x.Lower(next)))
                {
                    int k = next;
                    while (k < end && k - next < 3 && _x.PlaceAt(k) is null && _x.Pos(k) is UniversalPos.NOUN or UniversalPos.ADJ) k++;
                    if (k < end && (_x.Lower(k) == "of" || _c.LocationPrepositions.Any(lp => lp.Length == 1 && lp[0] == _x.Lower(k))) && MostSpecificPlaceFrom(k + 1, end) is { } behind) return behind;
                    return null;
                }
                // "Birmingham, Ala.", "Amherst, N.Y.": a place right after a city and a comma says where the city is.
                // (In a list, "in Goma, Bukavu and Uvira", the first place stays too.)
                bool qualifier = best is { IsCountry: false } && bestLast + 2 == i && _x.Lower(i - 1) == ",";
                if (!qualifier && (best is null || best.IsCountry || !p.IsCountry)) { best = p; bestLast = last; }
                i = next;
                continue;
            }
            string w = _x.Lower(i);
            // A country named as an actor but not as a place ("Afghanistan's capital of Kabul"): look past it.
            if (_x.UnitAt(i) is { } unit && unit.Actors.Count > 0 && unit.Actors[0].Kind == ActorKind.Country) { sawCountry = true; i = unit.Last + 1; continue; }
            bool connective = w is "'s" or "’s" or "of" or "the" or "," || (_x.Pos(i) == UniversalPos.NOUN && !_x.IsVerb(i)) || (!_x.HasPos && w == "capital");
            if ((best is not null || sawCountry) && connective && i - start < 8) { i++; continue; }
            if (best is null && !sawCountry && (_x.Pos(i) is UniversalPos.ADJ || w == "the")) { i++; continue; }
            // "in a sharply divided district of the old city", "in the outskirts of Kabul": modifiers and a head noun before "of".
            // ("polarized" participles, compass words, "the northern Tigray region": a name right before the place.)
            if (best is null && !sawCountry && i - start < 6
                && (_x.IsAdverb(i) || _x.IsDeterminer(i) || w is "of" or "north" or "south" or "east" or "west" or "northern" or "southern" or "eastern" or "western" or "central"
                    || (_x.Pos(i) == UniversalPos.NOUN && i + 1 < end && _x.Lower(i + 1) == "of")
                    || (_x.Pos(i) == UniversalPos.VERB && w.EndsWith("ed", StringComparison.Ordinal))
                    || (_x.Pos(i) == UniversalPos.PROPN && i + 1 < end && _x.PlaceAt(i + 1) is not null))) { i++; continue; }
            break;
        }
        return best;
    }
}
