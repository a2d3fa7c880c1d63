using EventExtract.Tagging;
using EventExtract.Text;

namespace EventExtract.Places;

/// <summary>
/// Rule-based actor and place resolution over recognized names and a gazetteer lookup of the text.
/// <list type="bullet">
/// <item>Person and organization names come from the recognizer; groups, organizations, countries, capitals,
/// metonyms ("Kremlin") and demonyms also come straight from the gazetteer, case-sensitively, longest match first.</item>
/// <item>A country name or capital is a <see cref="Place"/> after a place cue ("in", "to", "from", "visited",
/// "capital of"), otherwise a <see cref="ActorKind.Country"/> actor (subject, object, possessive, modifier).</item>
/// <item>A country, capital or demonym followed by a role noun gives one actor for the phrase: "Russian hosts" and
/// "Pakistan's foreign minister" are <see cref="ActorKind.Other"/>, "the Afghan government" is a country actor.
/// "counterparts from China" is an Other actor of China (and China a place).</item>
/// <item>A person's country comes from the country, possessive or demonym that opens the title before the name
/// ("U.S. special envoy to Afghanistan Zalmay Khalilzad" gives US: countries after to/for/in/of inside the title are
/// destinations), else from another mention of the same person.</item>
/// <item>Canonical names: the longest person name that starts or ends with the mention's words; the country's name
/// for countries and metonyms; the curated name for groups and organizations.</item>
/// <item>Cities are places inside recognized locations, after place cues, or when they are capitals or have a
/// million inhabitants; same-named cities resolve to one whose country the article mentions, else the most populous.</item>
/// <item>Header and boilerplate paragraphs are skipped unless <see cref="IncludeBoilerplate"/> is set.</item>
/// </list>
/// Immutable and thread-safe.
/// </summary>
public sealed class ActorResolver : IActorResolver
{
    private const float GazetteerConfidence = 0.9f;
    private const float PhraseConfidence = 0.8f;

    private readonly Gazetteer _gazetteer;

    /// <summary>Creates a resolver over the embedded gazetteer (loaded once, on first use).</summary>
    public ActorResolver()
        : this(Gazetteer.Default)
    {
    }

    internal ActorResolver(Gazetteer gazetteer) => _gazetteer = gazetteer;

    /// <summary>The shared instance with default settings.</summary>
    public static ActorResolver Instance { get; } = new();

    /// <summary>Also resolve actors and places in boilerplate paragraphs (donation appeals, copyright lines). Default false.</summary>
    public bool IncludeBoilerplate { get; init; }

    /// <inheritdoc />
    public void Resolve(AnalyzedDocument document, List<Actor> actors, List<Place> places)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(places);
        string text = document.Text;
        var paragraphs = document.Document.Paragraphs;

        // Pass 1: gazetteer matches per resolved paragraph, and the countries the article mentions.
        var work = new List<(TextSpan Range, List<GazetteerMatch> Matches, List<EntitySpan> Names)>();
        var mentioned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paragraph in paragraphs)
        {
            if (!ShouldResolve(paragraph.Role)) continue;
            var names = document.Names.Where(n => paragraph.Span.Contains(n.Span)).OrderBy(n => n.Span.Start).ToList();
            var matches = new List<GazetteerMatch>();
            _gazetteer.Match(text, paragraph.Span, matches);
            work.Add((paragraph.Span, matches, names));
            foreach (var m in matches)
                // A capital is no evidence for its country when other places share its name ("Tripoli").
                if (m.Entry.HasCountrySense && m.Entry.CountryCode is { } code && !(m.Entry.Sense == NameSense.Metonym && m.Entry.Cities.Count > 1)
                    && !names.Any(n => n.Type == EntityType.Person && n.Span.Overlaps(m.Span)))
                    mentioned.Add(code);
        }

        var found = new List<Actor>();
        var foundPlaces = new List<Place>();
        foreach (var (range, matches, names) in work)
            new ParagraphResolver(this, text, range, matches, names, mentioned, found, foundPlaces).Run();

        AssignCanonicalNames(text, found);
        found.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.End.CompareTo(a.Span.End));
        foundPlaces.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        actors.AddRange(found);
        places.AddRange(foundPlaces);
    }

    private bool ShouldResolve(ParagraphRole role) =>
        role is ParagraphRole.Body or ParagraphRole.Title || (IncludeBoilerplate && role == ParagraphRole.Boilerplate);

    /// <summary>
    /// Persons: the longest person name in the article that begins or ends with the mention's words (nearest
    /// preceding one when several), and a country shared by the mentions of one person.
    /// </summary>
    private static void AssignCanonicalNames(string text, List<Actor> found)
    {
        var persons = found.Select((a, i) => (Actor: a, Index: i)).Where(p => p.Actor.Kind == ActorKind.Person).ToList();
        var words = persons.Select(p => p.Actor.Canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var canonical = new string[persons.Count];
        for (int i = 0; i < persons.Count; i++)
        {
            int best = -1;
            for (int j = 0; j < persons.Count; j++)
            {
                if (words[j].Length <= words[i].Length || !IsPartOf(words[i], words[j])) continue;
                if (best < 0 || words[j].Length > words[best].Length
                    || (words[j].Length == words[best].Length && Closer(persons[j].Actor, persons[best].Actor, persons[i].Actor)))
                    best = j;
            }
            canonical[i] = best < 0 ? persons[i].Actor.Canonical : persons[best].Actor.Canonical;
        }
        var countryOf = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < persons.Count; i++)
            if (persons[i].Actor.CountryCode is { } code) countryOf.TryAdd(canonical[i], code);
        for (int i = 0; i < persons.Count; i++)
        {
            var a = persons[i].Actor;
            found[persons[i].Index] = a with { Canonical = canonical[i], CountryCode = a.CountryCode ?? countryOf.GetValueOrDefault(canonical[i]) };
        }
        _ = text;
    }

    private static bool IsPartOf(string[] part, string[] whole)
    {
        bool prefix = true, suffix = true;
        for (int k = 0; k < part.Length; k++)
        {
            prefix &= string.Equals(part[k], whole[k], StringComparison.Ordinal);
            suffix &= string.Equals(part[k], whole[whole.Length - part.Length + k], StringComparison.Ordinal);
        }
        return prefix || suffix;
    }

    /// <summary>True when <paramref name="a"/> is a better antecedent of <paramref name="mention"/> than <paramref name="b"/>: preceding beats following, then nearest.</summary>
    private static bool Closer(Actor a, Actor b, Actor mention)
    {
        bool aBefore = a.Span.Start < mention.Span.Start, bBefore = b.Span.Start < mention.Span.Start;
        if (aBefore != bBefore) return aBefore;
        return Math.Abs(a.Span.Start - mention.Span.Start) < Math.Abs(b.Span.Start - mention.Span.Start);
    }

    /// <summary>The state of resolving one paragraph.</summary>
    private sealed class ParagraphResolver
    {
        private readonly Gazetteer _gaz;
        private readonly string _text;
        private readonly TextSpan _range;
        private readonly List<GazetteerMatch> _matches;
        private readonly List<EntitySpan> _names;
        private readonly HashSet<string> _mentioned;
        private readonly List<Actor> _actors;
        private readonly List<Place> _places;
        private readonly bool[] _consumed;

        public ParagraphResolver(ActorResolver owner, string text, TextSpan range, List<GazetteerMatch> matches, List<EntitySpan> names,
            HashSet<string> mentioned, List<Actor> actors, List<Place> places)
        {
            _gaz = owner._gazetteer;
            _text = text;
            _range = range;
            _names = names;
            _mentioned = mentioned;
            _actors = actors;
            _places = places;
            // Gazetteer spellings inside person names ("Chad", "Jordan") or crossing a name are not mentions of their own.
            _matches = matches.Where(m => !names.Any(n => n.Span.Overlaps(m.Span)
                && (n.Type == EntityType.Person || !n.Span.Contains(m.Span) || n.Type == EntityType.Organization && n.Span != m.Span))).ToList();
            _consumed = new bool[_matches.Count];
        }

        public void Run()
        {
            foreach (var name in _names)
            {
                switch (name.Type)
                {
                    case EntityType.Person: ResolvePerson(name); break;
                    case EntityType.Organization: ResolveOrganization(name); break;
                    default: ResolveLocationName(name); break;
                }
            }
            for (int i = 0; i < _matches.Count; i++)
                if (!_consumed[i]) ResolveMatch(i);
        }

        private void ResolvePerson(EntitySpan name)
        {
            // Recognizers sometimes include the title ("President Donald Trump"): keep the name, remember the title.
            int start = name.Span.Start;
            bool titled = false;
            while (true)
            {
                var (ws, we) = NextWord(start, name.Span.End);
                if (we >= name.Span.End || ws < 0) break;
                var role = _gaz.Role(_text.AsSpan(ws, we - ws));
                if (role == RoleClass.None) break;
                titled |= (role & RoleClass.Title) != 0;
                start = SkipSpace(we, name.Span.End);
            }
            var span = new TextSpan(start, name.Span.End);
            string? code = TitleCountry(name.Span.Start, titled);
            string written = span.GetText(_text);
            _actors.Add(new Actor(written, span, ActorKind.Person, code, Squeeze(written), name.Confidence));
        }

        private void ResolveOrganization(EntitySpan name)
        {
            var span = StripDeterminer(name.Span);
            if (_gaz.Find(Squeeze(span.GetText(_text)).Replace('’', '\'')) is { Sense: NameSense.Party } party)
            {
                MarkInside(name.Span);
                _actors.Add(new Actor(span.GetText(_text), span, party.PartyKind, party.CountryCode, party.Canonical, name.Confidence));
                return;
            }
            // "Bank of China", "Russian Foreign Ministry": a country inside the name; else one right before it.
            string? code = null;
            for (int i = 0; i < _matches.Count; i++)
            {
                if (!name.Span.Contains(_matches[i].Span)) continue;
                _consumed[i] = true;
                if (_matches[i].Entry is { HasCountrySense: true, Sense: not NameSense.Plural } e) code ??= e.CountryCode;
            }
            if (code is null && MatchEndingBefore(span.Start, out int left, out _) is { } m
                && _matches[m].Entry is { HasCountrySense: true, Sense: not NameSense.Plural } le && left == span.Start)
            {
                code = le.CountryCode;
                _consumed[m] = true;
            }
            _actors.Add(new Actor(span.GetText(_text), span, ActorKind.Organization, code, Squeeze(span.GetText(_text)), name.Confidence));
        }

        private void ResolveLocationName(EntitySpan name)
        {
            if (_matches.Any(m => name.Span.Contains(m.Span))) return; // the gazetteer spelling inside decides
            var span = StripDeterminer(name.Span);
            string written = span.GetText(_text);
            var cities = _gaz.Find(Squeeze(written))?.Cities ?? Array.Empty<City>();
            if (cities.Count > 0)
                AddCity(span, ChooseCity(cities, null), name.Confidence);
            else
                _places.Add(new Place(written, span, Squeeze(written), null, null, null, null, false));
        }

        private void ResolveMatch(int i)
        {
            var m = _matches[i];
            var e = m.Entry;
            string written = m.Span.GetText(_text);
            bool inLocationName = _names.Any(n => n.Type == EntityType.Location && n.Span.Contains(m.Span));
            switch (e.Sense)
            {
                case NameSense.Party:
                    _actors.Add(new Actor(written, m.Span, e.PartyKind, e.CountryCode, e.Canonical, GazetteerConfidence));
                    return;
                case NameSense.Plural:
                    _actors.Add(new Actor(written, m.Span, ActorKind.Other, e.CountryCode, written, GazetteerConfidence));
                    return;
                case NameSense.None:
                    if (inLocationName || PlaceCueBefore(m.Span.Start) || e.Cities.Any(c => c.IsCapital || c.Population >= Gazetteer.MajorCityPopulation))
                        AddCity(m.Span, ChooseCity(e.Cities, null), GazetteerConfidence);
                    return;
            }

            // Country name, metonym or demonym.
            int after = PossessiveEnd(m.Span.End);
            bool possessive = after > m.Span.End;
            var head = RolePhraseAfter(after);
            if (head is { } h)
            {
                var phrase = new TextSpan(m.Span.Start, h.End);
                string t = phrase.GetText(_text);
                var kind = h.Government ? ActorKind.Country : ActorKind.Other;
                _actors.Add(new Actor(t, phrase, kind, e.CountryCode, kind == ActorKind.Country ? e.Canonical : Squeeze(t), PhraseConfidence));
                return;
            }
            if (e.Sense == NameSense.Demonym) return; // "Afghan conflict": an attribute, not a party

            if (!possessive && (inLocationName || PlaceCueBefore(m.Span.Start)))
            {
                if (e.Sense == NameSense.CountryName)
                    _places.Add(new Place(written, m.Span, e.Canonical, e.CountryCode, null, null, null, true));
                else if (ChooseCity(e.Cities, e.SenseCity) is { } city)
                    AddCity(m.Span, city, GazetteerConfidence);
                else
                    _places.Add(new Place(written, m.Span, written, e.CountryCode, null, null, null, false));
                PartyFrom(m);
                return;
            }
            _actors.Add(new Actor(written, m.Span, ActorKind.Country, e.CountryCode, e.Canonical, GazetteerConfidence));
            PartyFrom(m);
        }

        /// <summary>"counterparts from China", "the foreign minister of Pakistan": an Other actor of that country.</summary>
        private void PartyFrom(GazetteerMatch m)
        {
            int p = SkipDeterminerBack(m.Span.Start);
            var (ps, pe) = PrevWord(p);
            if (ps < 0) return;
            var prep = _text.AsSpan(ps, pe - ps);
            if (!prep.Equals("from", StringComparison.OrdinalIgnoreCase) && !prep.Equals("of", StringComparison.Ordinal)) return;
            var (ns, ne) = PrevWord(ps);
            if (ns < 0 || !char.IsLower(_text[ns])) return;
            if ((_gaz.Role(_text.AsSpan(ns, ne - ns)) & (RoleClass.Party | RoleClass.Title)) == 0) return;
            var span = new TextSpan(ns, m.Span.End);
            string t = span.GetText(_text);
            _actors.Add(new Actor(t, span, ActorKind.Other, m.Entry.CountryCode, Squeeze(t), PhraseConfidence));
        }

        /// <summary>
        /// Walks left from a person name over its title ("U.S. special envoy to Afghanistan") and returns the country that
        /// opens it. Countries inside the title after to/for/in/on/with are destinations; after "of" they are a fallback
        /// ("President of France Emmanuel Macron").
        /// </summary>
        private string? TitleCountry(int nameStart, bool titled)
        {
            int pos = nameStart;
            string? fallback = null;
            for (int steps = 0; steps < 16; steps++)
            {
                pos = SkipSpaceBack(pos);
                if (pos <= _range.Start) break;
                if (MatchEndingBefore(pos, out int mStart, out bool possessive) is { } mi)
                {
                    var e = _matches[mi].Entry;
                    if (!e.HasCountrySense || e.Sense == NameSense.Plural) break;
                    int before = SkipDeterminerBack(mStart);
                    var (ws, we) = PrevWord(before);
                    string prep = ws < 0 ? "" : _text.Substring(ws, we - ws).ToLowerInvariant();
                    if (!possessive && prep is "to" or "for" or "in" or "on" or "with" or "of")
                    {
                        if (prep == "of") fallback ??= e.CountryCode;
                        pos = ws;
                        continue;
                    }
                    if (!titled && e.Sense != NameSense.Demonym) break;
                    _consumed[mi] = true;
                    return e.CountryCode;
                }
                var (s, en) = PrevWord(pos);
                if (s < 0 || en != pos) break;
                var word = _text.AsSpan(s, en - s);
                var role = _gaz.Role(word);
                if (role != RoleClass.None && (role & (RoleClass.Title | RoleClass.Modifier)) != 0)
                {
                    titled |= (role & RoleClass.Title) != 0;
                    pos = s;
                    continue;
                }
                if (word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("a", StringComparison.OrdinalIgnoreCase))
                {
                    pos = s;
                    continue;
                }
                break;
            }
            return titled ? fallback : null;
        }

        /// <summary>
        /// After a country word: a run of up to four modifier or role words ending in a title, party or government noun,
        /// and not followed by a name (which then owns the title). Returns the head's end, or null.
        /// </summary>
        private (int End, bool Government)? RolePhraseAfter(int pos)
        {
            (int End, bool Government)? head = null;
            int p = pos;
            for (int k = 0; k < 4; k++)
            {
                // Words separated by whitespace only: "U.S.-Taliban agreement" has no role phrase.
                int ws = SkipSpace(p, _range.End);
                if (ws == p) break;
                var (s, e) = NextWord(ws, _range.End);
                if (s < 0 || s != ws) break;
                var role = _gaz.Role(_text.AsSpan(s, e - s));
                if (role == RoleClass.None) break;
                if ((role & (RoleClass.Title | RoleClass.Party | RoleClass.Government)) != 0)
                    head = (e, (role & RoleClass.Government) != 0 && (role & (RoleClass.Party | RoleClass.Title)) == 0);
                p = e;
            }
            if (head is { } h && NameStartsAt(SkipSpace(h.End, _range.End))) return null;
            return head;
        }

        private bool NameStartsAt(int pos) => _names.Any(n => n.Span.Start == pos && n.Type == EntityType.Person);

        private void AddCity(TextSpan span, City? city, float confidence)
        {
            string written = span.GetText(_text);
            if (city is null)
                _places.Add(new Place(written, span, Squeeze(written), null, null, null, null, false));
            else
                _places.Add(new Place(written, span, city.Name, city.CountryCode, city.GeoNamesId, city.Latitude, city.Longitude, false));
            _ = confidence;
        }

        /// <summary>A candidate of a mentioned country first (the capital among them first), else the capital, else the most populous.</summary>
        private City? ChooseCity(IReadOnlyList<City> cities, City? capital)
        {
            if (capital is not null && _mentioned.Contains(capital.CountryCode)) return capital;
            foreach (var c in cities)
                if (_mentioned.Contains(c.CountryCode)) return c;
            return capital ?? (cities.Count > 0 ? cities[0] : null);
        }

        private bool PlaceCueBefore(int start)
        {
            int p = SkipDeterminerBack(start);
            var (s, e) = PrevWord(p);
            if (s < 0 || e != SkipSpaceBack(p)) return false;
            string w = _text.Substring(s, e - s).ToLowerInvariant();
            if (_gaz.IsPlaceCue(w)) return true;
            var (s2, e2) = PrevWord(s);
            return s2 >= 0 && _gaz.IsPlaceCue(_text.Substring(s2, e2 - s2).ToLowerInvariant() + " " + w);
        }

        /// <summary>Index of the unconsumed match ending at <paramref name="pos"/>, directly or before a possessive "’s".</summary>
        private int? MatchEndingBefore(int pos, out int start, out bool possessive)
        {
            for (int i = 0; i < _matches.Count; i++)
            {
                var s = _matches[i].Span;
                if (_consumed[i] || s.End > pos) continue;
                if (s.End == pos || PossessiveEnd(s.End) == pos)
                {
                    start = s.Start;
                    possessive = s.End != pos;
                    return i;
                }
            }
            start = -1;
            possessive = false;
            return null;
        }

        /// <summary>The offset after a possessive ending ("’s", "'s", or a bare apostrophe after s) at <paramref name="end"/>, else <paramref name="end"/>.</summary>
        private int PossessiveEnd(int end)
        {
            if (end < _range.End && _text[end] is '\'' or '’')
            {
                if (end + 1 < _range.End && _text[end + 1] == 's' && (end + 2 >= _range.End || !char.IsLetterOrDigit(_text[end + 2]))) return end + 2;
                if (_text[end - 1] == 's' && (end + 1 >= _range.End || !char.IsLetterOrDigit(_text[end + 1]))) return end + 1;
            }
            return end;
        }

        private void MarkInside(TextSpan span)
        {
            for (int i = 0; i < _matches.Count; i++)
                if (span.Contains(_matches[i].Span)) _consumed[i] = true;
        }

        private TextSpan StripDeterminer(TextSpan span)
        {
            var t = span.Slice(_text);
            if (t.Length > 4 && (t.StartsWith("the ", StringComparison.Ordinal) || t.StartsWith("The ", StringComparison.Ordinal)))
                return new TextSpan(span.Start + 4, span.End);
            return span;
        }

        /// <summary>Position before an optional "the" preceding <paramref name="pos"/>.</summary>
        private int SkipDeterminerBack(int pos)
        {
            int p = SkipSpaceBack(pos);
            var (s, e) = PrevWord(p);
            if (s >= 0 && e == p && _text.AsSpan(s, e - s).Equals("the", StringComparison.OrdinalIgnoreCase)) return s;
            return pos;
        }

        /// <summary>The word (letters, digits, hyphens) ending right at <paramref name="pos"/> after skipping spaces back; (-1,-1) when punctuation comes first.</summary>
        private (int Start, int End) PrevWord(int pos)
        {
            int e = SkipSpaceBack(pos);
            int s = e;
            while (s > _range.Start && (char.IsLetterOrDigit(_text[s - 1]) || _text[s - 1] == '-')) s--;
            return s == e ? (-1, -1) : (s, e);
        }

        /// <summary>The word starting at <paramref name="pos"/> (letters, digits, inner hyphens); (-1,-1) when none.</summary>
        private (int Start, int End) NextWord(int pos, int limit)
        {
            int e = pos;
            while (e < limit && (char.IsLetterOrDigit(_text[e]) || (_text[e] == '-' && e > pos))) e++;
            return e == pos ? (-1, -1) : (pos, e);
        }

        private int SkipSpaceBack(int pos)
        {
            while (pos > _range.Start && char.IsWhiteSpace(_text[pos - 1])) pos--;
            return pos;
        }

        private int SkipSpace(int pos, int limit)
        {
            while (pos < limit && char.IsWhiteSpace(_text[pos])) pos++;
            return pos;
        }

        private static string Squeeze(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
