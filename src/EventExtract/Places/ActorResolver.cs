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

        // Pass 1: gazetteer matches per resolved paragraph, and the countries the article mentions.
        var work = new List<(TextSpan Range, List<GazetteerMatch> Matches, List<EntitySpan> Names)>();
        var mentioned = new HashSet<string>(StringComparer.Ordinal);
        var personNames = new HashSet<string>(document.Names.Where(n => n.Type == EntityType.Person).Select(n => n.Span.GetText(text)), StringComparer.Ordinal);
        var namesByStart = document.Names.ToArray();
        Array.Sort(namesByStart, (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        int nextName = 0;
        // "NAIROBI, March 3 (Reuters) -": the recognizer often takes a dateline city in capitals for an organization.
        var dateline = DatelinePlace.Find(document.Document)?.Span;
        List<GazetteerMatch>? matches = null;
        List<EntitySpan>? names = null;
        foreach (var range in ResolutionRanges(document))
        {
            matches ??= new List<GazetteerMatch>();
            _gazetteer.Match(text, range, matches);
            names ??= new List<EntitySpan>();
            while (nextName < namesByStart.Length && namesByStart[nextName].Span.Start < range.Start) nextName++;
            for (int k = nextName; k < namesByStart.Length && namesByStart[k].Span.Start < range.End; k++)
                if (range.Contains(namesByStart[k].Span) && CorrectPersonSpan(text, namesByStart[k], matches, document.Tokens, personNames) is { } corrected)
                    names.Add(dateline is { } city && corrected.Span.Equals(city) && corrected.Type != EntityType.Location
                        ? corrected with { Type = EntityType.Location } : corrected);
            if (names.Count > 0) names.RemoveAll(n => GivesWayToParty(text, n.Span, matches));
            // A range without names or gazetteer matches resolves to nothing: skip it, and keep its empty lists for the next.
            if (matches.Count == 0 && names.Count == 0) continue;
            names.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            work.Add((range, matches, names));
            foreach (var m in matches)
                // A capital is no evidence for its country when other places share its name ("Tripoli").
                if (m.Entry.HasCountrySense && m.Entry.CountryCode is { } code && !(m.Entry.Sense == NameSense.Metonym && m.Entry.Cities.Count > 1)
                    && !names.Any(n => n.Type == EntityType.Person && n.Span.Overlaps(m.Span)))
                    mentioned.Add(code);
            matches = null;
            names = null;
        }

        var found = new List<Actor>();
        var foundPlaces = new List<Place>();
        foreach (var (range, rangeMatches, rangeNames) in work)
            new ParagraphResolver(this, text, range, rangeMatches, rangeNames, mentioned, found, foundPlaces).Run();

        AssignCanonicalNames(found);
        found.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.End.CompareTo(a.Span.End));
        foundPlaces.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        actors.AddRange(found);
        places.AddRange(foundPlaces);
    }

    /// <summary>
    /// The resolved paragraphs in text order, each cut at sentence ends into ranges of at most
    /// <see cref="MaxRangeLength"/> characters: resolution compares the mentions of a range with one another,
    /// so an unbroken multi-megabyte paragraph must not become one range.
    /// </summary>
    private IEnumerable<TextSpan> ResolutionRanges(AnalyzedDocument document)
    {
        var paragraphs = document.Document.Paragraphs;
        var sentences = document.SentenceList;
        int s = 0;
        for (int p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            if (!ShouldResolve(paragraph.Role)) continue;
            if (paragraph.Span.Length <= MaxRangeLength)
            {
                yield return paragraph.Span;
                continue;
            }
            while (s < sentences.Count && sentences[s].Span.End <= paragraph.Span.Start) s++;
            int start = paragraph.Span.Start;
            for (; s < sentences.Count && sentences[s].Span.Start < paragraph.Span.End; s++)
            {
                int end = Math.Min(sentences[s].Span.End, paragraph.Span.End);
                if (end - start < MaxRangeLength) continue;
                foreach (var piece in CutAtSpaces(document.Text, start, end)) yield return piece;
                start = end;
            }
            foreach (var piece in CutAtSpaces(document.Text, start, paragraph.Span.End)) yield return piece;
        }
    }

    /// <summary>
    /// "[Doctors] Without [Borders]", "the head of [Amnesty] International", "[Amnesty International called for an
    /// independent] inquiry": a recognized name that cuts into a curated party's name of several words, or runs on from
    /// it into lowercase words only, gives way to the party (groups.tsv knows where the name ends). A longer name that
    /// goes on in capitals ("Human Rights Watch researcher Ana Diaz") keeps its own reading.
    /// </summary>
    private static bool GivesWayToParty(string text, TextSpan name, List<GazetteerMatch> matches)
    {
        foreach (var m in matches)
        {
            if (m.Entry.Sense != NameSense.Party || !name.Overlaps(m.Span) || name == m.Span || m.Span.Slice(text).IndexOf(' ') < 0) continue;
            if (!name.Contains(m.Span)) return true;
            var before = text.AsSpan(name.Start, m.Span.Start - name.Start).Trim();
            if (before.Length > 0 && !before.Equals("the", StringComparison.OrdinalIgnoreCase)) continue;
            var after = text.AsSpan(m.Span.End, name.End - m.Span.End);
            if (after.Trim().Length > 0 && !HasUpper(after)) return true;
        }
        return false;
    }

    private static bool HasUpper(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
            if (char.IsUpper(c)) return true;
        return false;
    }

    /// <summary>Cuts [start, end) into pieces of at most <see cref="MaxRangeLength"/> characters, at a space where one is near.</summary>
    private static IEnumerable<TextSpan> CutAtSpaces(string text, int start, int end)
    {
        while (end - start > MaxRangeLength)
        {
            int cut = start + MaxRangeLength;
            while (cut > start + MaxRangeLength / 2 && !char.IsWhiteSpace(text[cut])) cut--;
            if (!char.IsWhiteSpace(text[cut])) cut = start + MaxRangeLength;
            yield return new TextSpan(start, cut);
            start = cut;
        }
        if (start < end) yield return new TextSpan(start, end);
    }

    /// <summary>Longest range resolved as one unit; news paragraphs are far shorter.</summary>
    internal const int MaxRangeLength = 20_000;

    private bool ShouldResolve(ParagraphRole role) =>
        role is ParagraphRole.Body or ParagraphRole.Title || (IncludeBoilerplate && role == ParagraphRole.Boilerplate);

    /// <summary>
    /// Recognizers run a title's country into a person's name ("Afghanistan Zalmay Khalilzad",
    /// "U.S. President Donald Trump") or call a capital a person: split the country off so it reads as the
    /// title's, and leave a bare country or capital to the gazetteer. Null drops the name.
    /// </summary>
    private EntitySpan? CorrectPersonSpan(string text, EntitySpan name, List<GazetteerMatch> matches, TokenTable tokens, HashSet<string> personNames)
    {
        if (name.Type is EntityType.Organization or EntityType.Location && LeftOfCountryConjunct(text, name, matches, tokens) is { } left) name = left;
        if (name.Type == EntityType.Organization)
        {
            // "Afghanistan Zalmay Khalilzad" tagged as an organization: a country, then a name the article gives a person.
            foreach (var m in matches)
            {
                if (!m.Entry.HasCountrySense || m.Span.Start != name.Span.Start || m.Span.End >= name.Span.End) continue;
                int restStart = m.Span.End;
                while (restStart < name.Span.End && char.IsWhiteSpace(text[restStart])) restStart++;
                if (personNames.Contains(text[restStart..name.Span.End]))
                    return CorrectPersonSpan(text, name with { Type = EntityType.Person }, matches, tokens, personNames);
            }
            return name;
        }
        if (name.Type != EntityType.Person) return name;
        // ("Hezbollah said it fired": a curated group or organization read as a person is left to the gazetteer.)
        foreach (var m in matches)
            if (m.Entry.Sense == NameSense.Party && m.Span == name.Span) return null;
        foreach (var m in matches)
        {
            if (!m.Entry.HasCountrySense || m.Span.Start != name.Span.Start) continue;
            if (m.Span.End >= name.Span.End) return m.Span.End == name.Span.End ? null : name;
            int rest = m.Span.End;
            if (rest + 1 < name.Span.End && text[rest] is '\'' or '’' && text[rest + 1] == 's') rest += 2;
            while (rest < name.Span.End && char.IsWhiteSpace(text[rest])) rest++;
            var remainder = text.AsSpan(rest, name.Span.End - rest);
            int space = remainder.IndexOf(' ');
            var firstWord = space < 0 ? remainder : remainder[..space];
            int words = remainder.Trim().IsEmpty ? 0 : remainder.Trim().Count(' ') + 1;
            // "Jordan Peterson" keeps its first name: split only before a title or a full two-word name.
            if (words >= 2 || (words == 1 && _gazetteer.Role(firstWord) != RoleClass.None))
            {
                int first = tokens.FindFirstEndingAfter(rest);
                return name with { Span = new TextSpan(rest, name.Span.End), FirstToken = first, TokenCount = Math.Max(1, name.FirstToken + name.TokenCount - first) };
            }
        }
        return name;
    }

    /// <summary>
    /// "the European Union and Britain" taken for one name: when the name ends in "and" (or "and the") and a country the
    /// gazetteer knows, and is no gazetteer name as a whole ("Bosnia and Herzegovina"), the part before "and" is the name
    /// and the country is left to the gazetteer. Null when the name has no such end.
    /// </summary>
    private static EntitySpan? LeftOfCountryConjunct(string text, EntitySpan name, List<GazetteerMatch> matches, TokenTable tokens)
    {
        foreach (var m in matches)
        {
            if (m.Span.Start == name.Span.Start && m.Span.End == name.Span.End) return null;
            if (!m.Entry.HasCountrySense || m.Entry.Sense != NameSense.CountryName || m.Span.End != name.Span.End || m.Span.Start <= name.Span.Start) continue;
            var before = text.AsSpan(name.Span.Start, m.Span.Start - name.Span.Start).TrimEnd();
            if (before.EndsWith(" the", StringComparison.Ordinal)) before = before[..^4].TrimEnd();
            if (!before.EndsWith(" and", StringComparison.Ordinal)) continue;
            before = before[..^4].TrimEnd();
            if (before.IsEmpty) continue;
            int end = name.Span.Start + before.Length;
            int last = tokens.FindFirstEndingAfter(end - 1);
            return name with { Span = new TextSpan(name.Span.Start, end), TokenCount = Math.Max(1, last - name.FirstToken + 1) };
        }
        return null;
    }

    /// <summary>
    /// Persons: the longest person name in the article that begins or ends with the mention's words (nearest
    /// preceding one when several), and a country shared by the mentions of one person.
    /// </summary>
    private static void AssignCanonicalNames(List<Actor> found)
    {
        // Distinct person names with the sorted starts of their mentions, indexed by first and last word, so that
        // a mention is compared only with the names it could be part of (linear in the article, not quadratic).
        var groups = new Dictionary<string, (string[] Words, List<int> Starts)>(StringComparer.Ordinal);
        var byEdgeWord = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var a in found)
        {
            if (a.Kind != ActorKind.Person) continue;
            if (!groups.TryGetValue(a.Canonical, out var g))
            {
                g = (a.Canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries), new List<int>());
                groups.Add(a.Canonical, g);
                if (g.Words.Length > 0)
                {
                    AddEdge(byEdgeWord, g.Words[0], a.Canonical);
                    if (g.Words.Length > 1) AddEdge(byEdgeWord, g.Words[^1], a.Canonical);
                }
            }
            g.Starts.Add(a.Span.Start);
        }
        foreach (var g in groups.Values) g.Starts.Sort();

        var longest = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (name, g) in groups)
        {
            var best = new List<string>();
            int bestLength = g.Words.Length;
            if (g.Words.Length > 0)
            {
                foreach (string edge in g.Words.Length > 1 ? new[] { g.Words[0], g.Words[^1] } : new[] { g.Words[0] })
                {
                    if (!byEdgeWord.TryGetValue(edge, out var candidates)) continue;
                    foreach (string other in candidates)
                    {
                        var words = groups[other].Words;
                        if (words.Length < bestLength || words.Length == g.Words.Length || !IsPartOf(g.Words, words) || best.Contains(other)) continue;
                        if (words.Length > bestLength) { best.Clear(); bestLength = words.Length; }
                        best.Add(other);
                    }
                }
            }
            longest[name] = best;
        }

        var countryOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var canonical = new string[found.Count];
        for (int i = 0; i < found.Count; i++)
        {
            var a = found[i];
            if (a.Kind != ActorKind.Person) continue;
            canonical[i] = NearestLongerName(a, longest[a.Canonical], groups) ?? a.Canonical;
            if (a.CountryCode is { } code) countryOf.TryAdd(canonical[i], code);
        }
        for (int i = 0; i < found.Count; i++)
        {
            var a = found[i];
            if (a.Kind != ActorKind.Person) continue;
            found[i] = a with { Canonical = canonical[i], CountryCode = a.CountryCode ?? countryOf.GetValueOrDefault(canonical[i]) };
        }
    }

    private static void AddEdge(Dictionary<string, List<string>> index, string word, string name)
    {
        if (!index.TryGetValue(word, out var list)) index.Add(word, list = new List<string>());
        list.Add(name);
    }

    /// <summary>Of the longest names a mention is part of, the one mentioned nearest before it, else nearest after it.</summary>
    private static string? NearestLongerName(Actor mention, List<string> names, Dictionary<string, (string[] Words, List<int> Starts)> groups)
    {
        if (names.Count == 0) return null;
        if (names.Count == 1) return names[0];
        int start = mention.Span.Start;
        string? before = null, after = null;
        int beforeAt = int.MinValue, afterAt = int.MaxValue;
        foreach (string name in names)
        {
            var starts = groups[name].Starts;
            int k = starts.BinarySearch(start);
            if (k < 0) k = ~k;
            else while (k > 0 && starts[k - 1] == start) k--;
            // starts[k] is the first mention at or after the mention; starts[k - 1] the last one before it.
            if (k > 0 && starts[k - 1] > beforeAt) { beforeAt = starts[k - 1]; before = name; }
            if (k < starts.Count && starts[k] < afterAt) { afterAt = starts[k]; after = name; }
        }
        return before ?? after;
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
        private readonly bool _titleCase;

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
            // Gazetteer spellings inside person names ("Chad", "Jordan") or crossing a name are not mentions of their own;
            // those inside organization names only lend the organization their country.
            _matches = matches.Where(m => !names.Any(n => n.Span.Overlaps(m.Span)
                && (n.Type == EntityType.Person || !n.Span.Contains(m.Span)))).ToList();
            // In an all-capitals paragraph "US", "WHO" and "UN" are ordinary words.
            if (IsMostlyUpperCase(text, range))
                _matches.RemoveAll(m => m.Span.Length <= 4 && IsAllUpper(m.Span.Slice(text)));
            _consumed = new bool[_matches.Count];
            _titleCase = IsTitleCase(text, range);
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
                var role = _gaz.Role(_text.AsSpan(ws, we - ws)) & (RoleClass.Title | RoleClass.Modifier);
                if (role == RoleClass.None) break;
                titled |= (role & RoleClass.Title) != 0;
                start = SkipSpace(we, name.Span.End);
            }
            var span = new TextSpan(start, name.Span.End);
            string? code = TitleCountry(name.Span.Start, titled) ?? AppositiveCountry(name.Span.End) ?? TitleBeforeCommaCountry(name.Span);
            string written = span.GetText(_text);
            _actors.Add(new Actor(written, span, ActorKind.Person, code, SovereignTitleBefore(span) is { } sovereign ? sovereign + " " + written : Squeeze(written), name.Confidence));
        }

        /// <summary>
        /// The sovereign title (sovereign-titles.txt) right before a one-word name ("King Hussein", "Pope Francis"), or null:
        /// such a name is the holder's whole name, not a surname to link to a longer name.
        /// </summary>
        private string? SovereignTitleBefore(TextSpan name)
        {
            for (int i = name.Start; i < name.End; i++)
                if (!char.IsLetter(_text[i]) && _text[i] != '-') return null;
            int end = SkipSpaceBack(name.Start);
            if (end == name.Start) return null;
            int start = end;
            while (start > _range.Start && char.IsLetter(_text[start - 1])) start--;
            string title = _text[start..end];
            return PlacesResources.SovereignTitles.Contains(title) ? title : null;
        }

        private void ResolveOrganization(EntitySpan name)
        {
            // "Indian Prime Minister Narendra Modi" read as an organization: a titled person's name.
            // (Not "General Motors", a listed organization name that opens with a title word.)
            if (NameAfterTitle(name.Span) is { } person && !Tagging.TitleLedOrganizations.IsListed(Squeeze(name.Span.GetText(_text))))
            {
                MarkInside(person);
                ResolvePerson(name with { Span = person, Type = EntityType.Person });
                return;
            }
            // ("The European Commission on Thursday warned": the date the recognizer ran on into is no part of the name.)
            var span = CutCalendarTail(StripDeterminer(name.Span));
            // ("met the European Union in Brussels": a known party's name the recognizer ran on into "in" and a place; the
            // place stays a place.)
            var placeTail = CutPlaceTail(span);
            if (placeTail is { } head) span = head;
            // A country or capital tagged as an organization ("Russia said"): the country rules handle it.
            if (_matches.Any(m => m.Span == span && m.Entry.Sense is NameSense.CountryName or NameSense.Metonym)) return;
            if (_gaz.Find(Squeeze(span.GetText(_text)).Replace('’', '\'')) is { Sense: NameSense.Party } party)
            {
                MarkInside(placeTail is null ? name.Span : span);
                _actors.Add(new Actor(span.GetText(_text), span, party.PartyKind, party.CountryCode, party.Canonical, name.Confidence));
                return;
            }
            // "Bank of China", "Russian Foreign Ministry": a country inside the name; else one right before it.
            string? code = null;
            for (int i = 0; i < _matches.Count; i++)
            {
                if (!name.Span.Contains(_matches[i].Span)) continue;
                _consumed[i] = true;
                // A country or demonym in the name is an affiliation; a city ("Warsaw Institute", "Washington Post") only a seat.
                if (_matches[i].Entry.Sense is NameSense.CountryName or NameSense.Demonym) code ??= _matches[i].Entry.CountryCode;
            }
            if (code is null && MatchEndingBefore(SkipSpaceBack(span.Start), out _, out _) is { } m
                && _matches[m].Entry is { HasCountrySense: true, Sense: not NameSense.Plural } le)
            {
                code = le.CountryCode;
                _consumed[m] = true;
            }
            _actors.Add(new Actor(span.GetText(_text), span, ActorKind.Organization, code, Squeeze(span.GetText(_text)), name.Confidence));
        }

        /// <summary>Most words a person's name after a title may have in this repair.</summary>
        private const int MaxNameWordsAfterTitle = 3;

        /// <summary>
        /// The words after the last capitalized title word (roles.tsv) of a recognized name, when they are one to three
        /// capitalized words that are no role word and no gazetteer name ("Prime Minister [Narendra Modi]"); null
        /// otherwise ("Ministry of Defence", "President Hotel Lisbon", "Office of the President", "Sinn Fein leader Gerry Adams").
        /// </summary>
        private TextSpan? NameAfterTitle(TextSpan span)
        {
            Span<(int Start, int End)> words = stackalloc (int, int)[12];
            int count = 0, title = -1;
            for (int pos = SkipSpace(span.Start, span.End); pos < span.End; pos = SkipSpace(pos, span.End))
            {
                var (ws, we) = NextWord(pos, span.End);
                if (ws < 0 || count == words.Length) return null; // punctuation or a possessive inside, or too long
                words[count] = (ws, we);
                if (char.IsUpper(_text[ws]) && (_gaz.Role(_text.AsSpan(ws, we - ws)) & RoleClass.Title) != 0) title = count;
                count++;
                pos = we;
            }
            int names = count - title - 1;
            if (title < 0 || names < 1 || names > MaxNameWordsAfterTitle) return null;
            // Before the title only nationality and title words ("Indian Prime Minister"): "Ulster Unionist leader David
            // Trimble" names an organization too, which the organization reading keeps.
            for (int k = 0; k < title; k++)
            {
                var (ws, we) = words[k];
                if (_gaz.Role(_text.AsSpan(ws, we - ws)) == RoleClass.None && !_matches.Any(m => m.Span.Overlaps(new TextSpan(ws, we)))) return null;
            }
            // ("Danish Defence Minister Troels Lund Poulsen": a middle name may be spelled as a town; the first and last may not.)
            for (int k = title + 1; k < count; k++)
            {
                var (ws, we) = words[k];
                bool middle = k > title + 1 && k < count - 1;
                if (!char.IsUpper(_text[ws]) || _gaz.Role(_text.AsSpan(ws, we - ws)) != RoleClass.None
                    || (!middle && _matches.Any(m => m.Span.Overlaps(new TextSpan(ws, we)))))
                    return null;
            }
            var (ls, le) = words[count - 1];
            if (PlacesResources.IsFacilityNameHead(_text.AsSpan(ls, le - ls))) return null;
            return new TextSpan(words[title + 1].Start, span.End);
        }

        private void ResolveLocationName(EntitySpan name)
        {
            // "the South China Sea", "the Taiwan Strait": a sea named after a country is no mention of that country.
            if (EndsInWaterName(name.Span))
            {
                MarkInside(name.Span);
                var water = StripDeterminer(name.Span);
                string text = water.GetText(_text);
                _places.Add(new Place(text, water, Squeeze(text), null, null, null, null, false));
                return;
            }
            // "Camp David", "Fort Bragg": a name a place prefix opens is that place, not the town its last word spells
            // ("David", Panama); unless the gazetteer holds the whole name ("Cape Town", "Fort Worth").
            if (PlacePrefixNames.StartsWithPrefix(_text, name.Span) && !_matches.Any(m => m.Span.Equals(name.Span)))
            {
                MarkInside(name.Span);
                string text = name.Span.GetText(_text);
                _places.Add(new Place(text, name.Span, Squeeze(text), null, null, null, null, false));
                return;
            }
            // "Danish Defence Minister Troels Lund Poulsen" read as a place (a town's spelling inside): a titled person's name.
            if (NameAfterTitle(name.Span) is { } person)
            {
                MarkInside(person);
                ResolvePerson(name with { Span = person, Type = EntityType.Person });
                return;
            }
            if (_matches.Any(m => name.Span.Contains(m.Span))) return; // the gazetteer spelling inside decides
            var span = CutCalendarTail(StripDeterminer(name.Span));
            string written = span.GetText(_text);
            var entry = _gaz.Find(Squeeze(written));
            // ("NAIROBI (AP) -": a dateline city in capitals is looked up as written in the gazetteer, "Nairobi".)
            if (entry is null && IsAllUpper(written)) entry = _gaz.Find(TitleCase(Squeeze(written)));
            var cities = entry?.Cities ?? Array.Empty<City>();
            if (cities.Count > 0)
                AddCity(span, ChooseCity(cities, null), name.Confidence);
            else if (entry is { Sense: NameSense.CountryName })
                _places.Add(new Place(written, span, entry.Canonical, entry.CountryCode, null, null, null, true));
            else
                _places.Add(new Place(written, span, Squeeze(written), null, null, null, null, false));
        }

        private void ResolveMatch(int i)
        {
            var m = _matches[i];
            var e = m.Entry;
            string written = m.Span.GetText(_text);
            bool inLocationName = _names.Any(n => n.Type == EntityType.Location && n.Span.Contains(m.Span));
            // Recognizers tag countries and capitals as locations whatever their role: only a longer location name
            // ("Kabul province") decides; otherwise the context rules below do.
            bool inLongerLocation = _names.Any(n => n.Type == EntityType.Location && n.Span.Contains(m.Span) && StripDeterminer(n.Span) != m.Span);
            switch (e.Sense)
            {
                case NameSense.Party:
                    _actors.Add(new Actor(written, m.Span, e.PartyKind, e.CountryCode, e.Canonical, GazetteerConfidence));
                    return;
                case NameSense.Plural:
                    _actors.Add(new Actor(written, m.Span, ActorKind.Other, e.CountryCode, written, GazetteerConfidence));
                    return;
                case NameSense.None when e.Cities.Count == 0:
                    if (inLocationName || PlaceCueBefore(m.Span.Start))
                        _places.Add(new Place(written, m.Span, e.Canonical, e.CountryCode, null, null, null, false));
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
                // ("Argentina's foreign ministry": a body of the state is an organization of that country.)
                var kind = !h.Government ? ActorKind.Other : h.Institution ? ActorKind.Organization : ActorKind.Country;
                _actors.Add(new Actor(t, phrase, kind, e.CountryCode, kind == ActorKind.Country ? e.Canonical : Squeeze(t), PhraseConfidence));
                return;
            }
            // "in the Somali capital": the country's capital city (not "the Afghan capital, Kabul", which names it).
            if (e.Sense == NameSense.Demonym && e.CountryCode is { } demonymCode && CapitalNounEnd(m.Span.End) is int capitalEnd
                && _gaz.CapitalOf(demonymCode) is { } capital)
            {
                AddCity(new TextSpan(m.Span.Start, capitalEnd), capital, GazetteerConfidence);
                return;
            }
            if (e.Sense == NameSense.Demonym) return; // "Afghan conflict": an attribute, not a party
            // "in Somalia's capital": so is a country's possessive before "capital" (not "Afghanistan's capital, Kabul").
            if (possessive && e.Sense == NameSense.CountryName && e.CountryCode is { } ownerCode && CapitalNounEnd(after) is int ownedCapitalEnd
                && _gaz.CapitalOf(ownerCode) is { } ownedCapital)
            {
                AddCity(new TextSpan(m.Span.Start, ownedCapitalEnd), ownedCapital, GazetteerConfidence);
                return;
            }
            // "Warsaw Institute", "Moscow State University": a capital opening a longer name the recognizer missed.
            if (e.Sense == NameSense.Metonym && !inLocationName && !_titleCase && CapitalizedWordFollows(m.Span.End)) return;

            // "a statement from the Kremlin": a seat of government after a message noun and "from" sent the message.
            if (e.Sense == NameSense.Metonym && !inLongerLocation && SourceCueBefore(m.Span.Start))
            {
                _actors.Add(new Actor(written, m.Span, ActorKind.Country, e.CountryCode, e.Canonical, GazetteerConfidence));
                return;
            }
            bool cue = inLongerLocation || PlaceCueBefore(m.Span.Start);
            // "in Afghanistan’s capital": a possessive country is a place when a place noun follows.
            if (cue && (!possessive || (RoleAt(after) & RoleClass.Geo) != 0))
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
            if (ns < 0) return;
            // A capital is a name ("Friends of Syria") unless it only opens the sentence ("Negotiators from Japan and ...").
            var wanted = char.IsLower(_text[ns]) ? RoleClass.Party | RoleClass.Title
                : OpensSentence(ns) ? RoleClass.Party : default;
            if ((_gaz.Role(_text.AsSpan(ns, ne - ns)) & wanted) == 0) return;
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
        /// "Chile's foreign minister, Ana Valdes, said", "Her Peruvian counterpart, Jorge Quispe, welcomed": the country
        /// opening a title that ends right before a name set off by commas. The title keeps its country (it is not
        /// consumed): it stays an actor of its own.
        /// </summary>
        private string? TitleBeforeCommaCountry(TextSpan name)
        {
            int after = SkipSpace(name.End, _range.End);
            if (after >= _range.End || _text[after] != ',') return null;
            int comma = SkipSpaceBack(name.Start) - 1;
            if (comma <= _range.Start || _text[comma] != ',') return null;
            int pos = comma;
            bool titled = false;
            for (int steps = 0; steps < 6; steps++)
            {
                pos = SkipSpaceBack(pos);
                if (titled && MatchEndingBefore(pos, out _, out bool possessive) is { } mi)
                {
                    var e = _matches[mi].Entry;
                    return e.HasCountrySense && e.Sense != NameSense.Plural && (possessive || e.Sense == NameSense.Demonym) ? e.CountryCode : null;
                }
                var (s, en) = PrevWord(pos);
                if (s < 0 || en != pos) return null;
                var role = _gaz.Role(_text.AsSpan(s, en - s));
                // The word before the comma is the title's head ("minister", "counterpart"); modifiers may precede it.
                if ((role & (steps == 0 ? RoleClass.Title : RoleClass.Title | RoleClass.Modifier)) == 0) return null;
                titled = true;
                pos = s;
            }
            return null;
        }

        /// <summary>
        /// "Zalmay Khalilzad, the U.S. special envoy" and "Xi Jinping of China": the country of an apposition with a title,
        /// or of an of-phrase, right after the name.
        /// </summary>
        private string? AppositiveCountry(int nameEnd)
        {
            int p = SkipSpace(nameEnd, _range.End);
            bool comma = p < _range.End && _text[p] == ',';
            if (comma) p = SkipSpace(p + 1, _range.End);
            var (ws, we) = NextWord(p, _range.End);
            if (ws < 0) return null;
            var word = _text.AsSpan(ws, we - ws);
            bool of = !comma && word.Equals("of", StringComparison.Ordinal);
            if (!comma && !of) return null;
            if (of || word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("a", StringComparison.OrdinalIgnoreCase))
            {
                p = SkipSpace(we, _range.End);
                if (of && NextWord(p, _range.End) is var (ts, te) && ts >= 0 && _text.AsSpan(ts, te - ts).Equals("the", StringComparison.Ordinal))
                    p = SkipSpace(te, _range.End);
            }
            int mi = _matches.FindIndex(m => m.Span.Start == p);
            if (mi < 0 || _consumed[mi] || _matches[mi].Entry is not { HasCountrySense: true, Sense: not NameSense.Plural } e) return null;
            if (of)
                return e.Sense == NameSense.Demonym ? null : e.CountryCode;
            if (RolePhraseAfter(PossessiveEnd(_matches[mi].Span.End)) is not { Government: false }) return null;
            _consumed[mi] = true;
            return e.CountryCode;
        }

        /// <summary>
        /// After a country word: a run of up to four modifier or role words ending in a title, party or government noun,
        /// and not followed by a name (which then owns the title). Returns the head's end, or null.
        /// </summary>
        private (int End, bool Government, bool Institution)? RolePhraseAfter(int pos)
        {
            (int End, bool Government, bool Institution)? head = null;
            int p = pos;
            for (int k = 0; k < 4; k++)
            {
                // Words separated by whitespace only: "U.S.-Taliban agreement" has no role phrase.
                int ws = SkipSpace(p, _range.End);
                if (ws == p) break;
                var (s, e) = NextWord(ws, _range.End);
                if (s < 0 || s != ws) break;
                var role = _gaz.Role(_text.AsSpan(s, e - s)) & (RoleClass.Title | RoleClass.Modifier | RoleClass.Party | RoleClass.Government | RoleClass.Institution);
                if (role == RoleClass.None) break;
                if ((role & (RoleClass.Title | RoleClass.Party | RoleClass.Government)) != 0)
                {
                    bool government = (role & RoleClass.Government) != 0 && (role & (RoleClass.Party | RoleClass.Title)) == 0;
                    head = (e, government, government && (role & RoleClass.Institution) != 0);
                }
                p = e;
            }
            if (head is { } h && NameStartsAt(SkipSpace(h.End, _range.End))) return null;
            // "a Venezuelan head of state": the role's own "of state/government" belongs to it.
            if (head is { } titled && OfStateEnd(titled.End) is int past) head = (past, titled.Government, titled.Institution);
            return head;
        }

        /// <summary>
        /// The end of " capital" right after a demonym or possessive at <paramref name="end"/>, when neither a capitalized word, a comma nor "of"
        /// follows the noun ("the Afghan capital Kabul", "the Afghan capital, Kabul", "capital of Kabul": the name is itself the city); null otherwise.
        /// </summary>
        private int? CapitalNounEnd(int end)
        {
            var (ws, we) = NextWord(SkipSpace(end, _range.End), _range.End);
            if (ws <= end || !_text.AsSpan(ws, we - ws).Equals("capital", StringComparison.Ordinal)) return null;
            int next = SkipSpace(we, _range.End);
            if (next < _range.End && (char.IsUpper(_text[next]) || _text[next] == ',')) return null;
            // ("Afghanistan's capital of Kabul": "of" and the city's name.)
            var (os, oe) = NextWord(next, _range.End);
            if (os == next && _text.AsSpan(os, oe - os).Equals("of", StringComparison.Ordinal)) return null;
            return we;
        }

        /// <summary>The end of " of state" or " of government" right after <paramref name="end"/>; null when neither follows.</summary>
        private int? OfStateEnd(int end)
        {
            var (os, oe) = NextWord(SkipSpace(end, _range.End), _range.End);
            if (os <= end || !_text.AsSpan(os, oe - os).Equals("of", StringComparison.Ordinal)) return null;
            var (ws, we) = NextWord(SkipSpace(oe, _range.End), _range.End);
            if (ws <= oe) return null;
            var word = _text.AsSpan(ws, we - ws);
            return word.Equals("state", StringComparison.Ordinal) || word.Equals("government", StringComparison.Ordinal) ? we : null;
        }

        private RoleClass RoleAt(int pos)
        {
            int s = SkipSpace(pos, _range.End);
            var (ws, we) = NextWord(s, _range.End);
            return ws < 0 ? RoleClass.None : _gaz.Role(_text.AsSpan(ws, we - ws));
        }

        /// <summary>A capitalized word, not a role, day, month or gazetteer spelling, follows after one space.</summary>
        private bool CapitalizedWordFollows(int end)
        {
            if (end + 1 >= _range.End || _text[end] != ' ' || !char.IsUpper(_text[end + 1])) return false;
            if (_matches.Any(m => m.Span.Start == end + 1)) return false;
            return RoleAt(end + 1) == RoleClass.None;
        }

        private static bool IsMostlyUpperCase(string text, TextSpan range)
        {
            int upper = 0, letters = 0;
            for (int i = range.Start; i < range.End; i++)
            {
                if (!char.IsLetter(text[i])) continue;
                letters++;
                if (char.IsUpper(text[i])) upper++;
                // upper * 10 >= letters * 8 is upper >= 4 * lower: stop once the rest cannot make up for the lower case.
                else if (upper + (range.End - i - 1) < 4 * (letters - upper)) return false;
            }
            return letters >= 12 && upper * 10 >= letters * 8;
        }

        private static bool IsAllUpper(ReadOnlySpan<char> s)
        {
            foreach (char c in s)
                if (char.IsLetter(c) && !char.IsUpper(c)) return false;
            return true;
        }

        /// <summary>Headline style: most words of four letters or more are capitalized.</summary>
        private static bool IsTitleCase(string text, TextSpan range)
        {
            int words = 0, capitalized = 0;
            for (int i = range.Start; i < range.End; i++)
            {
                if (!char.IsLetter(text[i]) || (i > range.Start && char.IsLetter(text[i - 1]))) continue;
                int j = i;
                while (j < range.End && char.IsLetter(text[j])) j++;
                if (j - i >= 4)
                {
                    words++;
                    if (char.IsUpper(text[i])) capitalized++;
                    // Stop once even capitalized words in all the rest (at most one per 4 characters) cannot reach 70%.
                    else
                    {
                        int more = (range.End - j) / 4;
                        if ((capitalized + more) * 10 < (words + more) * 7) return false;
                    }
                }
                i = j;
            }
            return words >= 2 && capitalized * 10 >= words * 7;
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

        /// <summary>"from" right before the name (past a determiner) and a message noun before it ("a statement from the").</summary>
        private bool SourceCueBefore(int start)
        {
            int p = SkipDeterminerBack(start);
            var (s, e) = PrevWord(p);
            if (s < 0 || !_text.AsSpan(s, e - s).Equals("from", StringComparison.OrdinalIgnoreCase)) return false;
            var (s2, e2) = PrevWord(s);
            return s2 >= 0 && _gaz.IsSourceCue(_text.Substring(s2, e2 - s2).ToLowerInvariant());
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

        /// <summary>"Hallsberg on Friday" → "Hallsberg": a name cut before "on"/"in"/"at" followed by a day or month name.</summary>
        private TextSpan CutCalendarTail(TextSpan span)
        {
            var t = span.Slice(_text);
            foreach (var prep in s_calendarPrepositions)
            {
                int at = t.IndexOf(prep, StringComparison.Ordinal);
                if (at <= 0) continue;
                var rest = t[(at + prep.Length)..];
                int end = 0;
                while (end < rest.Length && !char.IsWhiteSpace(rest[end]) && rest[end] != ',') end++;
                if (PlacesResources.CalendarWords.Contains(rest[..end].ToString())) return new TextSpan(span.Start, span.Start + at);
            }
            return span;
        }

        private static readonly string[] s_calendarPrepositions = [" on ", " in ", " at "];

        /// <summary>
        /// The head of <paramref name="span"/> before a last " in " when the head is a curated party's name and the rest
        /// a gazetteer place ("European Union in Brussels"); null otherwise ("Organization for Security and Co-operation in
        /// Europe" is no curated name before its "in").
        /// </summary>
        private TextSpan? CutPlaceTail(TextSpan span)
        {
            var t = span.Slice(_text);
            int at = t.LastIndexOf(" in ", StringComparison.Ordinal);
            if (at <= 0) return null;
            var head = new TextSpan(span.Start, span.Start + at);
            var tail = new TextSpan(span.Start + at + 4, span.End);
            if (!_matches.Any(m => m.Span == tail && m.Entry.Sense is not (NameSense.Demonym or NameSense.Plural or NameSense.Party))) return null;
            return _gaz.Find(Squeeze(head.GetText(_text)).Replace('’', '\'')) is { Sense: NameSense.Party } ? head : null;
        }

        /// <summary>True when the last word of <paramref name="span"/> heads names of seas and straits (water-name-heads.txt).</summary>
        private bool EndsInWaterName(TextSpan span)
        {
            var (start, end) = PrevWord(span.End);
            return start > span.Start && PlacesResources.IsWaterNameHead(_text.AsSpan(start, end - start));
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

        /// <summary>Whether the word at <paramref name="start"/> opens its range or follows a sentence end or an opening quote.</summary>
        private bool OpensSentence(int start)
        {
            int p = SkipSpaceBack(start);
            return p <= _range.Start || _text[p - 1] is '.' or '!' or '?' or '"' or '\u201C' or ':' or '-' or '\u2014';
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

        /// <summary>Each word with its first letter a capital and the rest small ("NEW DELHI" → "New Delhi").</summary>
        private static string TitleCase(string s)
        {
            var chars = s.ToLowerInvariant().ToCharArray();
            for (int i = 0; i < chars.Length; i++)
                if (i == 0 || !char.IsLetter(chars[i - 1]) && chars[i - 1] != '\'')
                    chars[i] = char.ToUpperInvariant(chars[i]);
            return new string(chars);
        }

        private static string Squeeze(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
