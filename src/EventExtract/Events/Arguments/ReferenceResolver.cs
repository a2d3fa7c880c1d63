using EventExtract.Places;

namespace EventExtract.Events.Arguments;

/// <summary>
/// Resolves expressions that refer back to parties named earlier: "the four countries" (the last list of
/// four countries), "participants"/"the parties" (the participants of the latest meeting), "the latter"/"the former".
/// </summary>
internal sealed class ReferenceResolver
{
    private readonly DocumentIndex _x;
    private readonly ArgumentReader _reader;

    public ReferenceResolver(DocumentIndex index, ArgumentReader reader)
    {
        _x = index;
        _reader = reader;
    }

    /// <summary>
    /// Resolves the references of sentence <paramref name="sentence"/>; <paramref name="lastMeetingParticipants"/> gives the
    /// parties of the latest meeting with at least the given number of them.
    /// </summary>
    public void Resolve(int sentence, Func<int, IReadOnlyList<Actor>> lastMeetingParticipants)
    {
        var s = _x.Document.Sentences[sentence];
        for (int u = _x.FirstUnitFrom(s.FirstToken); u < _x.Units.Count && _x.Units[u].First < s.EndToken; u++)
        {
            var unit = _x.Units[u];
            if (!unit.IsReference || unit.Resolved) continue;
            unit.Resolved = true;
            switch (unit.Kind)
            {
                case UnitKind.Latter:
                case UnitKind.Former:
                    ResolveLatterFormer(u, unit);
                    break;
                case UnitKind.PartyReference:
                    if (_x.Cues.RoleReferenceStems.TryGetValue(_x.Lower(unit.Last), out var stems)) ResolveRole(unit, stems);
                    if (unit.Actors.Count > 0) break;
                    ResolveSameHead(unit);
                    if (unit.Actors.Count > 0) break;
                    var met = lastMeetingParticipants(Math.Max(1, unit.Count));
                    // (One who reports may be a party: "Ruiz met Ferrer … Ruiz said the two leaders agreed".)
                    var latest = met;
                    var reporters = ReportersBefore(unit).FindAll(r => !IsAmong(r, latest));
                    // "Lawyers held talks with immigration officials … The ministers will discuss": parties known only by a
                    // common noun of another head are not the ones an office word ("ministers", "presidents") points back to.
                    // (Not the rest of them either: "The president invited his Kenyan counterpart … The ministers failed to meet".)
                    if (!IsGenericPartyWord(_x.Lower(unit.Last)) && met.Any(a => IsCommonNounOtherThan(a, _x.Lower(unit.Last)))) met = Array.Empty<Actor>();
                    // ("Ruiz paid a call on Tuesday … The two sides held a round of negotiations": a meeting of fewer parties
                    // than the count is not the one it counts.)
                    if (unit.Count >= 2 && met.Count < unit.Count) met = Array.Empty<Actor>();
                    var counted = unit.Count >= 2 ? CountedParties(u, unit, reporters) : null;
                    // "raise the issue with Premier Li when the two meet", "Duda arrived … Zelensky welcomed him. The two
                    // presidents met": with no list of that many and a latest meeting of another size, the count stands for
                    // the last that many parties named a few sentences back, even when no list names them together; so too when
                    // the latest meeting's parties were all named before them ("Dahl flew to Oslo to meet Berg. Horak arrived …").
                    // ("Talks with both sides": sides are those of a dispute spoken of, not the last people named.)
                    var named = counted is null && unit.Count >= 2 && !_x.Cues.SideNouns.Contains(_x.Lower(unit.Last)) ? LastNamedParties(u, unit, reporters) : null;
                    if (named is not null && (met.Count != unit.Count || met.All(a => a.Span.Start < named[0].Span.Start)))
                    {
                        unit.Actors.AddRange(named);
                        break;
                    }
                    // "Rojas arrived for a visit … Rojas and Ferrer signed … The two leaders met": the last list of that many
                    // parties, named just before, when the latest meeting's parties are not that many or were named before it.
                    // ("Cuba and Norway, guarantors of the talks, welcomed the deal … the two sides said": sides are those of
                    // the talks still spoken of, so the meeting's parties keep the reference when they are that many, even if
                    // a pair was named after them; not when the talks were left behind: "Sato and Park discussed trade. Both sides".)
                    bool sidesMet = met.Count == unit.Count && counted is not null && _x.Cues.SideNouns.Contains(_x.Lower(unit.Last))
                        && MeetingNounBetween(_x.TokenRange(counted[0].Span).First, unit.First);
                    if (counted is not null && !sidesMet && (met.Count != unit.Count || met.All(a => a.Span.Start < counted[0].Span.Start))) met = counted;
                    foreach (var a in met) MentionDraft.AddActor(unit.Actors, a);
                    if (unit.Actors.Count == 0 && counted is not null) unit.Actors.AddRange(counted);
                    // "called on all sides to", "urged all parties": everyone involved, named nowhere as a list, is still a party.
                    // "The two sides met on Wednesday", "both parties will return to the table", "The two ministers are due to
                    // meet": counted parties named before by no name the recognizer knows ("the union", "management"), or not
                    // at all, are still parties, in their own words.
                    if (unit.Actors.Count == 0 && (_x.Lower(unit.First) == "all" || unit.Count >= 2))
                        unit.Actors.Add(_x.UnnamedActor(unit.First, unit.Last));
                    break;
                case UnitKind.CountryReference:
                    ResolveCountries(u, unit);
                    break;
            }
        }
    }

    /// <summary>"the sides", "the parties", "participants": words that may stand for parties of any kind, named or not.</summary>
    private bool IsGenericPartyWord(string head) => _x.Cues.SideNouns.Contains(head) || head is "participants";

    /// <summary>An actor named by a common-noun phrase ("immigration officials") whose head is not <paramref name="head"/>.</summary>
    private bool IsCommonNounOtherThan(Actor actor, string head)
    {
        var (first, last) = _x.TokenRange(actor.Span);
        return _x.UnitAt(first) is { IsCommonNoun: true } && _x.Lower(last) != head;
    }

    /// <summary>A meeting noun (talk-words.txt, meeting-nouns.txt) among the tokens from <paramref name="from"/> up to <paramref name="end"/>.</summary>
    private bool MeetingNounBetween(int from, int end)
    {
        for (int i = from; i < end; i++)
            if (_x.Cues.TalkWords.Contains(_x.Lower(i)) || _x.Cues.MeetingNouns.Contains(_x.Lower(i))) return true;
        return false;
    }

    /// <summary>How many sentences back "the two countries" may look for the countries it means.</summary>
    private const int CountryLookback = 60;

    private int SentenceOf(ArgUnit unit) => _x.SentenceOfToken(unit.First);

    private void ResolveLatterFormer(int u, ArgUnit unit)
    {
        int sentence = SentenceOf(unit);
        for (int p = u - 1; p >= 0; p--)
        {
            var prev = _x.Units[p];
            if (prev.Actors.Count == 0) continue;
            int ps = SentenceOf(prev);
            if (sentence - ps > 1) return;
            if (unit.Kind == UnitKind.Latter)
            {
                unit.Actors.Add(prev.Actors[^1]);
                return;
            }
            var chain = _reader.LeftChain(prev.Last + 1, _x.Document.Sentences[ps].FirstToken);
            unit.Actors.Add(chain.Count > 0 ? chain[0] : prev.Actors[0]);
            return;
        }
    }

    /// <summary>How many sentences back "the mediators" may look for the ones said to mediate.</summary>
    private const int RoleLookback = 5;

    /// <summary>
    /// "Norway and Cuba have been mediating between X and Y … the mediators met": a role reference stands for the
    /// subject of the latest verb of that role (role-references.tsv) before it, a few sentences back at most; for a
    /// passive "talks brokered by Qatar and Egypt … the two mediators said", the parties after "by".
    /// </summary>
    private void ResolveRole(ArgUnit unit, string[] stems)
    {
        int sentence = SentenceOf(unit);
        int limit = _x.Document.Sentences[Math.Max(0, sentence - RoleLookback)].FirstToken;
        int unitStart = _x.Tokens.GetSpan(unit.First).Start;
        for (int i = unit.First - 1; i >= limit; i--)
        {
            if (_x.UnitAt(i) is not null || _x.Pos(i) != Tagging.UniversalPos.VERB || !StartsWithAny(_x.Lower(i), stems)) continue;
            List<Actor> chain;
            if (i + 2 < unit.First && _x.Lower(i + 1) == "by")
                chain = _reader.RightChain(i + 2, _x.Document.Sentences[_x.SentenceOfToken(i)].EndToken, allowPrepositionStart: true).Actors;
            else
                chain = _reader.LeftChain(i, _x.SentenceStartOf(i));
            chain.RemoveAll(a => a.Span.Start >= unitStart);
            if (chain.Count == 0) continue;
            foreach (var a in chain) MentionDraft.AddActor(unit.Actors, a);
            return;
        }
    }

    private static bool StartsWithAny(string word, string[] stems)
    {
        foreach (var stem in stems)
            if (word.StartsWith(stem, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>How many sentences back "the delegations" may look for "delegations from X and Y".</summary>
    private const int SameHeadLookback = 3;

    /// <summary>
    /// "Delegations from Ethiopia and Egypt arrived … The delegations will meet": a reference whose noun was last seen
    /// a few sentences back before "from"/"of" and a list of parties stands for that list.
    /// </summary>
    private void ResolveSameHead(ArgUnit unit)
    {
        string head = _x.Lower(unit.Last);
        int sentence = SentenceOf(unit);
        int limit = _x.Document.Sentences[Math.Max(0, sentence - SameHeadLookback)].FirstToken;
        for (int i = unit.First - 1; i >= limit; i--)
        {
            if (_x.Lower(i) != head || i + 1 >= unit.First || _x.Lower(i + 1) is not ("from" or "of")) continue;
            int end = _x.Document.Sentences[_x.SentenceOfToken(i)].EndToken;
            var (list, _) = _reader.RightChain(i + 2, end, allowPrepositionStart: true);
            // (A list of parties, "from Ethiopia and Egypt"; "leaders of Hamas" may be any of its leaders.)
            if (list.Count < 2) continue;
            foreach (var a in list) MentionDraft.AddActor(unit.Actors, a);
            return;
        }
    }

    /// <summary>
    /// "Peru's president and Chile's premier spoke by phone … The two leaders agreed": the last list of exactly as many
    /// named parties as a counted reference counts (a few sentences back), or null.
    /// </summary>
    private List<Actor>? CountedParties(int u, ArgUnit unit, List<Actor> reporters)
    {
        int sentence = SentenceOf(unit);
        for (int p = u - 1; p >= 0; p--)
        {
            var prev = _x.Units[p];
            int ps = SentenceOf(prev);
            if (sentence - ps > 3) return null;
            if (prev.IsReference || prev.Actors.Count == 0) continue;
            var chain = _reader.LeftChain(prev.Last + 1, _x.Document.Sentences[ps].FirstToken);
            if (chain.Exists(a => IsAmong(a, reporters))) continue;
            if (chain.Count == unit.Count) return chain;
        }
        return null;
    }

    /// <summary>
    /// "Spokesman Pablo Ortega said the two leaders agreed", "the ministry announced …": the subject of a reporting verb
    /// before the reference in its own sentence, who tells of the parties counted and is none of them, unless a party to the
    /// latest meeting (neither is the same name elsewhere: "the ministry announced … ministry spokesman X said the two leaders").
    /// </summary>
    private List<Actor> ReportersBefore(ArgUnit unit)
    {
        var s = _x.Document.Sentences[SentenceOf(unit)];
        for (int v = unit.First - 1; v >= s.FirstToken; v--)
            if (_x.IsVerb(v) && _x.Cues.ReportingVerbs.Contains(_x.Lower(v))) return _reader.LeftChain(v, s.FirstToken);
        return [];
    }

    /// <summary>An actor with the span or canonical name of one of <paramref name="others"/>.</summary>
    private static bool IsAmong(Actor actor, IReadOnlyList<Actor> others) =>
        others.Any(o => o.Span.Overlaps(actor.Span) || string.Equals(o.Canonical, actor.Canonical, StringComparison.Ordinal));

    /// <summary>
    /// How many sentences back a count may look for the parties it counts: "Duda arrived in Kyiv. Zelensky welcomed him.
    /// The two presidents met" names the second party two sentences back, past a pronoun.
    /// </summary>
    private const int CountLookback = 2;

    /// <summary>The last <c>unit.Count</c> distinct named parties before unit <paramref name="u"/>, a few sentences back at most, in text order; null when fewer.</summary>
    private List<Actor>? LastNamedParties(int u, ArgUnit unit, List<Actor> reporters)
    {
        int sentence = SentenceOf(unit);
        var found = new List<Actor>();
        for (int p = u - 1; p >= 0 && found.Count < unit.Count; p--)
        {
            var prev = _x.Units[p];
            if (sentence - SentenceOf(prev) > CountLookback) break;
            if (prev.IsReference || prev.IsCommonNoun || prev.Actors.Count == 0) continue;
            foreach (var a in prev.Actors)
                if (a.Kind is ActorKind.Person or ActorKind.Country or ActorKind.Organization or ActorKind.Group && !IsAmong(a, reporters)
                    && !found.Exists(f => string.Equals(f.Canonical, a.Canonical, StringComparison.Ordinal)))
                    found.Add(a);
        }
        if (found.Count != unit.Count) return null;
        found.Reverse();
        return found;
    }

    private void ResolveCountries(int u, ArgUnit unit)
    {
        int sentence = SentenceOf(unit);
        // A coordinated list of exactly N countries ("Russia, China, the United States, and Pakistan").
        if (unit.Count > 0)
        {
            for (int p = u - 1; p >= 0; p--)
            {
                var prev = _x.Units[p];
                int ps = SentenceOf(prev);
                if (sentence - ps > 10) break;
                if (prev.IsReference || prev.Actors.Count == 0 || prev.Actors[0].Kind != ActorKind.Country) continue;
                var chain = _reader.LeftChain(prev.Last + 1, _x.Document.Sentences[ps].FirstToken)
                    .Where(a => a.Kind == ActorKind.Country && a.CountryCode is not null).ToList();
                var distinct = chain.GroupBy(a => a.CountryCode).Select(g => g.First()).ToList();
                if (distinct.Count == unit.Count)
                {
                    unit.Actors.AddRange(distinct);
                    return;
                }
            }
        }
        // Otherwise the last N distinct countries named.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<Actor>();
        int want = unit.Count > 0 ? unit.Count : 2;
        // A country named as a place in the reference's own sentence counts too ("signals from Syria that it wants to
        // renew the talks between the two countries"); further back, places are mostly where things happened, not parties.
        // Bounded so that a reference in a huge document does not scan the whole text back.
        int firstSentence = Math.Max(0, sentence - CountryLookback);
        int limit = _x.Document.Sentences[firstSentence].FirstToken;
        for (int i = unit.First - 1; i >= limit && found.Count < want; i--)
        {
            if (_x.UnitAt(i) is { } prev)
            {
                i = prev.First;
                if (prev.IsReference) continue;
                foreach (var a in prev.Actors)
                    if (a.Kind == ActorKind.Country && a.CountryCode is { } cc && seen.Add(cc)) found.Add(a);
            }
            else if (i >= _x.Document.Sentences[sentence].FirstToken && _x.PlaceAt(i) is { IsCountry: true, CountryCode: { } code } place)
            {
                i = Math.Min(i, _x.TokenRange(place.Span).First);
                if (seen.Add(code)) found.Add(new Actor(place.Text, place.Span, ActorKind.Country, code, place.Name, 0.8f));
            }
        }
        found.Reverse();
        unit.Actors.AddRange(found);
        // "In a joint declaration, the eight countries pledged …", "Both governments said": with no country named before
        // it, the reference is still who spoke or met, in its own words, as a reader would give it. (Not after "of" or
        // "from": "the envoys of the two governments" are the party, named by the whole phrase.)
        if (unit.Actors.Count == 0 && !(unit.First > 0 && _x.Lower(unit.First - 1) is "of" or "from"))
            unit.Actors.Add(_x.UnnamedActor(unit.First, unit.Last));
    }
}
