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
            // ("the talks, which were hosted by Chinese Foreign Minister Qin Gang": a relative pronoun and its auxiliary
            // before the host verb say the same.)
            if (_x.HasPos && k + 2 < s.EndToken && _x.Pos(k) is UniversalPos.PRON && _x.Pos(k + 1) is UniversalPos.AUX && IsHostVerb(k + 2)
                && _x.UnitAt(k) is null) k += 2;
            // ("a video conference on Thursday hosted by A and his German counterpart, B": past the meeting's date.)
            if (k < s.EndToken && _x.Lower(k) is "on" or "last" or "this" or "next" && k + 1 < s.EndToken && _x.TimexAt(_x.Lower(k) == "on" ? k + 1 : k) is { } when)
            {
                int after = k;
                while (after < s.EndToken && (_x.Lower(after) == "on" || _x.TimexAt(after) == when)) after++;
                k = after;
            }
            if (k + 1 < s.EndToken && IsHostVerb(k) && _x.Lower(k + 1) == "by" && RightChain(k + 2, s.EndToken, allowPrepositionStart: true) is { Actors: [var host, ..] } hosts)
            {
                d.Host = host;
                // (Co-hosts all take part.)
                foreach (var a in hosts.Actors) MentionDraft.AddActor(d.Participants, a);
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

    /// <summary>A comma at <paramref name="p"/> between items of a list: a noun phrase, not a verb, preposition or clause, follows it.</summary>
    private bool IsListComma(int p, int scanEnd) =>
        _x.Lower(p) == "," && p + 1 < scanEnd && !_x.IsVerb(p + 1) && !_x.IsPreposition(p + 1) && !_x.IsBoundary(p + 1) && !_x.IsPunct(p + 1)
        && _x.Pos(p + 1) is UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.ADJ or UniversalPos.DET or UniversalPos.NUM;

    private void ReadLocation(Sentence s, MentionDraft d, int scanEnd, int governing)
    {
        // "Lula welcomed Petro to Brasilia": a place after the guest and "to" is where the host received the guest.
        if (d.Type == EventType.Meeting && d.AnchorIsVerb && TriggerCueWords.Has(_x.Tokens.GetChars(d.Anchor), "welcoming"))
            for (int k = d.Anchor + 1; k < s.EndToken && k - d.Anchor <= 10 && !_x.IsPunct(k) && !(_x.IsVerb(k) && _x.UnitAt(k) is null); k++)
            {
                if (_x.Lower(k) != "to" || _x.UnitAt(k) is not null) continue;
                int i = k + 1;
                while (i < s.EndToken && _x.IsDeterminer(i)) i++;
                if (i < s.EndToken && _x.PlaceAt(i) is { } received) { d.Location = MostSpecificPlaceFrom(i, s.EndToken) ?? received; return; }
                break;
            }
        // Movement: "visited Moscow", "a trip to Moscow".
        foreach (int i0 in MovementEnds(d))
        {
            int i = i0;
            // ("the first visit by a Venezuelan head of state to Colombia": past the visitor's "by" phrase.)
            if (!d.AnchorIsVerb && i < s.EndToken && _x.Lower(i) == "by")
            {
                int k = i + 1;
                while (k < s.EndToken && k - i <= 10 && _x.Lower(k) != "to" && !_x.IsVerb(k) && !_x.IsPunct(k)) k++;
                if (k < s.EndToken && _x.Lower(k) == "to") i = k;
            }
            if (i < s.EndToken && _x.Lower(i) is "to") i++;
            while (i < s.EndToken && _x.IsDeterminer(i)) i++;
            // ("the visiting Saudi crown prince", "visited Saudi officials": a place word read as an adjective before a noun
            // says whom the visit is by or to, not where it goes.)
            if (i < s.EndToken && _x.PlaceAt(i) is { } visited && !IsAdjectiveBeforeNoun(i, s.EndToken))
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
        // ("talks on fishing quotas in the Barents Sea ended in Bergen": a place inside the meeting's topic phrase is the
        // topic's; it is the meeting's place only when no other follows.)
        bool inTopic = false;
        // ("The two leaders discussed the war in Ukraine": so does the object of a topic verb that is the trigger itself.)
        bool inPurpose = d.Type == EventType.Meeting && d.AnchorIsVerb && _c.MeetingTopicVerbs.Contains(_x.Lower(d.Anchor));
        Place? topicPlace = null;
        // "stormed the village of Solhan in Burkina Faso": a place noun and its name as the attack's object are the scene,
        // more specific than a place phrase after them.
        if (d.Type == EventType.Attack && TargetPlace(d, scanEnd, placeNounOnly: true) is { } named) { d.Location = named; return; }
        int from = d.Triggers[0].FirstToken + d.Triggers[0].TokenCount;
        // ("Reports in Kenya said …", "Media reports in Tanzania have said": a place between a statement's noun and its verb
        // says whose reports they are, not where anything was said; the scan starts after the verb.)
        if (d.Type == EventType.Statement && d.AnchorIsVerb && d.Anchor >= from) from = d.Anchor + 1;
        for (int p = from; p < scanEnd; p++)
        {
            if (d.Type == EventType.Meeting)
            {
                // ("will meet on Thursday to discuss the fighting in Sudan": a purpose infinitive says what the parties talk
                // about; a country in it is that topic's, and a city there is the meeting's only when no other place follows.)
                if (_x.Lower(p) == "to" && p + 1 < scanEnd && _c.MeetingTopicVerbs.Contains(_x.Lower(p + 1))) inPurpose = true;
                // (A comma inside the list of topics does not end it: "discussed Taiwan, trade and the war in Ukraine".)
                else if ((_x.IsPunct(p) && !IsListComma(p, scanEnd)) || _x.IsBoundary(p)) inPurpose = false;
                // ("a summit overshadowed by the crisis in Myanmar": a participle's "by" phrase straight after the meeting noun says
                // what weighed on it, a topic too.)
                if (!d.AnchorIsVerb && p == from && _x.IsVerb(p) && p + 1 < scanEnd && _x.Lower(p + 1) == "by") inTopic = true;
                else if (_x.Lower(p) is "on" or "about" or "over" && p + 1 < scanEnd && _x.TimexAt(p + 1) is null && _x.PlaceAt(p + 1) is null) inTopic = true;
                // (A participle inside the topic's noun phrase, "on fishing quotas", "on a planned plant", does not end it.)
                else if (_x.IsPunct(p) || (_x.IsVerb(p) && !(_x.IsDeterminer(p - 1) || _x.Pos(p - 1) == UniversalPos.ADJ || _x.Lower(p - 1) is "on" or "about" or "over"))) inTopic = false;
            }
            foreach (var prep in _c.LocationPrepositions)
            {
                int end = _x.MatchAt(p, prep, scanEnd);
                if (end < 0) continue;
                var place = MostSpecificPlaceFrom(end, scanEnd);
                if (place is { IsCountry: true } && inPurpose) break;
                if (place is not null && (inTopic || inPurpose)) { topicPlace ??= place; break; }
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
        // ("shot as he stood in his home in X": a fallback place, as the victim's whereabouts do not keep mentions apart.)
        if (d.Type == EventType.Attack && d.ReferenceStart < 0 && VictimScenePlace(s, d, scanEnd) is { } whereabouts) d.SceneLocation = whereabouts;
        // Place modifying the trigger noun: "the Kabul attack", "the Moscow talks" (a capital read as its government too).
        for (int i = d.First - 1, n = 0; !d.AnchorIsVerb && i >= s.FirstToken && n < 3; i--, n++)
        {
            if (_x.PlaceAt(i) is { } p) { d.Location = p; return; }
            // ("the Madrid bombings", "the Kabul airport attack": a capital never attacks as a noun modifier; it names the scene.)
            if ((d.Type == EventType.Attack || (d.Type == EventType.Meeting && i == d.First - 1)) && _x.UnitAt(i) is { } capital && CapitalPlace(capital) is { } seat) { d.Location = seat; return; }
            if (!(_x.Pos(i) is UniversalPos.ADJ or UniversalPos.NOUN || _x.Tokens.GetKind(i) == TokenKind.Dash)) break;
        }
        if (d.Type == EventType.Meeting && PurposePlace(s, d) is { } gathered) { d.Location = gathered; return; }
        if (InfinitivePurposePlace(s, d) is { } reached) { d.Location = reached; return; }
        // "in Oklahoma City, where 168 people were killed in a bombing": the place a relative "where" clause describes.
        if (WherePlace(s, d) is { } where) { d.Location = where; return; }
        // Fronted "In Kabul, ..." sets the scene of the whole sentence (not of a known attack it names: "In X, residents decried the attack").
        // (Not of an attribution, "In Kuwait, the troops have dug in, according to an official", nor when the place is what a
        // relative clause describes, "In Kosovo, where the army is resisting, the minister insisted …": there it is the scene of
        // what is reported.)
        int f = s.FirstToken;
        if (d.ReferenceStart < 0 && !(d.Type == EventType.Statement && IsAttribution(d)) && f < s.EndToken && _x.Lower(f) is "in" or "at" && _x.PlaceAt(f + 1 < s.EndToken ? f + 1 : f) is not null)
        {
            var place = MostSpecificPlaceFrom(f + 1, s.EndToken);
            int k = f + 1;
            while (k < s.EndToken && (_x.PlaceAt(k) is not null || _x.Lower(k) is "'s" or "’s" or "of" or "capital" or "the")) k++;
            if (place is not null && k < s.EndToken && _x.Lower(k) == "," && !(d.Type == EventType.Statement && k + 1 < s.EndToken && _x.Lower(k + 1) == "where")
                && !(d.Type == EventType.Statement && (SpeaksForPlace(k + 1, s.EndToken) || RefersBackToPlace(d.Last + 1, s.EndToken))))
            { d.Location = place; return; }
        }
        // "In July 1997, at a summit in Madrid, Spain, the alliance announced …": a place inside fronted phrases.
        if (d.ReferenceStart < 0 && FrontedScenePlace(s, d) is { } scene) { d.Location = scene; return; }
        if (d.Type == EventType.Attack && d.ReferenceStart < 0 && ReportingAuthorityPlace(s, d) is { } reported) { d.Location = reported; return; }
        if (d.Type == EventType.Attack && d.ReferenceStart < 0 && AttackerBasePlace(d) is { } based) { d.Location = based; return; }
        if (d.Type == EventType.Meeting && d.AnchorIsVerb && !IsRemoteContact(s, d) && ArrivalPlaceBefore(s, d) is { } arrived) { d.Location = arrived; return; }
        // A host named by its capital or country: "Beijing hosted ...".
        if (d.Host is not null)
        {
            var (first, last) = _x.TokenRange(d.Host.Span);
            for (int i = first; i <= last && i < s.EndToken && first <= last; i++)
                if (_x.PlaceAt(i) is { } p && p.Span.Overlaps(d.Host.Span)) { d.Location = p; return; }
        }
        if (topicPlace is not null) d.Location = topicPlace;
        _ = governing;
    }

    /// <summary>
    /// "was shot to death as he stood in the kitchen of his home in Dayton, Ohio", "were killed while they slept in a camp
    /// near Goma": the place in a clause (attack-scene-conjunctions.txt) that follows the attack's clause right away and,
    /// led by a pronoun, tells what the victim was doing then; null when there is none. A fallback place (SceneLocation). Only a locative preposition of
    /// one word (in, at, near) counts ("as he drove to Lagos" names where he was going).
    /// </summary>
    private Place? VictimScenePlace(Sentence s, MentionDraft d, int scanEnd)
    {
        int conj = scanEnd;
        if (conj >= s.EndToken || !_c.AttackSceneConjunctions.Contains(_x.Lower(conj)) || !_x.IsBoundary(conj)) return null;
        if (conj + 2 >= s.EndToken || _x.Pos(conj + 1) != UniversalPos.PRON || _x.Lower(conj + 1) is "it" or "this" or "that" or "what") return null;
        int end = ClauseEnd(conj + 1, Math.Min(s.EndToken, conj + 24));
        for (int p = conj + 2; p < end; p++)
        {
            if (_x.IsQuote(p)) return null;
            foreach (var prep in _c.LocationPrepositions)
            {
                if (prep.Length != 1) continue;
                int at = _x.MatchAt(p, prep, end);
                if (at > 0 && MostSpecificPlaceFrom(at, end) is { } place) return place;
            }
        }
        return null;
    }

    /// <summary>
    /// "Police in Malmö said a man was stabbed", "Lagos police said gunmen attacked": the place of the local service
    /// (local-authority-nouns.txt) whose report, opening the sentence before the trigger, tells of the attack; null when
    /// the sentence does not open that way.
    /// </summary>
    private Place? ReportingAuthorityPlace(Sentence s, MentionDraft d)
    {
        int i = SentenceOpenerEnd(s);
        while (i < d.First && _x.IsDeterminer(i)) i++;
        Place? place = null;
        int service;
        if (i < d.First && _x.PlaceAt(i) is { } before)
        {
            // "Lagos police said"
            service = i;
            while (service < d.First && _x.PlaceAt(service) is not null) service++;
            place = before;
        }
        else service = i;
        if (service >= d.First || !_c.LocalAuthorityNouns.Contains(_x.Lower(service))) return null;
        int verb = service + 1;
        if (place is null)
        {
            // "Police in Malmö said"
            if (verb >= d.First || _x.Lower(verb) is not ("in" or "at")) return null;
            place = MostSpecificPlaceFrom(verb + 1, d.First);
            if (place is null) return null;
            verb++;
            // ("Police in the city of Odense said".)
            while (verb < d.First && (_x.PlaceAt(verb) is not null || _x.Lower(verb) is "," or "the" or "of" or "'s" or "’s" || _c.PlaceNouns.Contains(_x.Lower(verb)))) verb++;
        }
        return verb < d.First && IsReportingVerb(verb) ? WithoutTrailingTime(place) : null;
    }

    /// <summary>
    /// The first token after a linking adverb or separate-occurrence phrase and its comma that opens sentence
    /// <paramref name="s"/> ("Separately, police in Odense said", "In a separate incident, police said"); the sentence's
    /// first token when it opens otherwise.
    /// </summary>
    private int SentenceOpenerEnd(Sentence s)
    {
        int i = s.FirstToken;
        if (i + 1 < s.EndToken && _x.IsAdverb(i) && _x.Lower(i + 1) == ",") return i + 2;
        return SeparateOccurrenceOpenerEnd(s) is var end and > 0 ? end : i;
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
            // ("gathered in Davos, Switzerland, for talks": past the country set off by commas after the place.)
            if (_x.Lower(p) == "," && p - 1 > s.FirstToken && _x.UnitAt(p - 1) is { } qualifier && qualifier.Last == p - 1
                && CountryPlace(qualifier) is { IsCountry: true } && qualifier.First - 1 > s.FirstToken && _x.Lower(qualifier.First - 1) == ",")
            {
                p = qualifier.First - 1;
                continue;
            }
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
    /// "X, in India to talk to tourism leaders", "flew to Washington on Friday to meet the attorney general": the place
    /// right before the "to" of an infinitive trigger, after a locative preposition or a movement word, is where the party
    /// went to do it; null when there is none.
    /// </summary>
    private Place? InfinitivePurposePlace(Sentence s, MentionDraft d)
    {
        if (!d.AnchorIsVerb) return null;
        int to = d.Triggers[0].FirstToken - 1;
        if (to <= s.FirstToken + 1 || _x.Lower(to) != "to") return null;
        int k = to - 1;
        while (k > s.FirstToken && (_x.TimexAt(k) is not null || _x.Lower(k) is "on" or "," || _x.IsAdverb(k))) k--;
        if (_x.PlaceAt(k) is not { } place) return null;
        int first = _x.TokenRange(place.Span).First;
        int before = first - 1;
        while (before > s.FirstToken && (_x.IsDeterminer(before) || _x.PlaceAt(before) is not null || _x.Lower(before) == ",")) before--;
        if (before < s.FirstToken) return null;
        string w = _x.Lower(before);
        bool locative = _c.LocationPrepositions.Any(lp => lp.Length == 1 && lp[0] == w);
        bool moved = w == "to" && before > s.FirstToken && _c.MovementWords.Contains(_x.Lower(before - 1));
        return locative || moved ? MostSpecificPlaceFrom(before + 1, to) ?? place : null;
    }

    /// <summary>
    /// "Guerrillas near Hawijah launched an attack", "Troops in Kandahar opened fire": a locative phrase right after an attacker
    /// named before the trigger says where the attackers were, the scene of what they did when nothing else names one; null otherwise.
    /// </summary>
    private Place? AttackerBasePlace(MentionDraft d)
    {
        foreach (var a in d.Attackers)
        {
            var (first, last) = _x.TokenRange(a.Span);
            int k = last + 1;
            if (first > last || k + 1 >= d.First || !_c.LocationPrepositions.Any(lp => lp.Length == 1 && lp[0] == _x.Lower(k))) continue;
            if (MostSpecificPlaceFrom(k + 1, d.First) is { } place) return place;
        }
        return null;
    }

    /// <summary>
    /// "traveled to Cairo on Monday and met with Sisi", "arrived in Riyadh and held talks with": a movement verb
    /// (movement-words.txt) coordinated right before a meeting verb, no other verb between, brought the party to where they
    /// met; that place, or null.
    /// </summary>
    private Place? ArrivalPlaceBefore(Sentence s, MentionDraft d)
    {
        int and = StepLeftPast(d.First - 1, s.FirstToken, PreVerbWords.Adverbs | PreVerbWords.Auxiliaries);
        if (and <= s.FirstToken || _x.Lower(and) != "and") return null;
        for (int m = and - 1; m >= s.FirstToken; m--)
        {
            if (_x.IsQuote(m) || _x.Lower(m) is ";" or ":") return null;
            if (!_x.IsVerb(m) || _x.UnitAt(m) is not null) continue;
            if (!_c.MovementWords.Contains(_x.Lower(m))) return null;
            int i = m + 1;
            if (i < and && _x.Lower(i) is "to" or "in" or "at") i++;
            while (i < and && _x.IsDeterminer(i)) i++;
            if (i < and && _x.PlaceAt(i) is { } place) return MostSpecificPlaceFrom(i, and) ?? place;
            if (i < and && _x.UnitAt(i) is { } u && u.First == i && CapitalPlace(u) is { } capital) return capital;
            return null;
        }
        return null;
    }

    /// <summary>True when the noun phrase ending in the trigger at <paramref name="first"/> opens with "the", "this" or a possessive.</summary>
    private bool IsDefiniteNoun(Sentence s, int first)
    {
        for (int k = first - 1; k >= s.FirstToken && first - k <= 4; k--)
        {
            if (_x.IsDeterminer(k)) return _x.Lower(k) is "the" or "this" or "that" or "these" or "those";
            if (_x.Lower(k) is "'s" or "’s" || _x.Pos(k) == UniversalPos.PRON) return true;
            if (!(_x.Pos(k) is UniversalPos.ADJ or UniversalPos.NOUN or UniversalPos.PROPN)) return false;
        }
        return false;
    }

    /// <summary>
    /// The place that a ", where" clause holding the trigger describes ("worked in Oklahoma City, where 168 people were killed in
    /// a bombing"), or null.
    /// </summary>
    private Place? WherePlace(Sentence s, MentionDraft d)
    {
        // (Not a known event named in the clause: "where victims of the Kenya embassy bombing were brought".)
        if (IsDefiniteNoun(s, d.First)) return null;
        for (int w = d.First - 1; w > s.FirstToken + 1 && d.First - w < 15; w--)
        {
            if (_x.Lower(w) == "where")
            {
                // ("at a news conference in Japan where he attended a meeting": no comma needed after a named place.)
                if (_x.Lower(w - 1) != ",")
                    return _x.PlaceAt(w - 1) is { } named && _x.TokenRange(named.Span).First is int placeFirst && placeFirst > s.FirstToken
                        && _x.Lower(placeFirst - 1) is "in" or "at" or "to" ? WithoutTrailingTime(named) : null;
                // ("is due to travel to Greece on Tuesday, where he will meet": past the date after the place.)
                int k = w - 2;
                if (_x.TimexAt(k) is { } time && _x.TokenRange(time.Span).First is int timeFirst && timeFirst > s.FirstToken)
                {
                    k = timeFirst - 1;
                    if (k > s.FirstToken && _x.Lower(k) is "on" or "in" or "at") k--;
                }
                return _x.PlaceAt(k) is { } place ? WithoutTrailingTime(place) : null;
            }
            if (_x.IsBoundary(w) || _x.IsQuote(w)) return null;
            // ("…, where he will meet the minister, his office said": a reporting clause set off after the relative
            // clause is the main clause's; the place is the visit's, not where the office spoke.)
            if (d.Type == EventType.Statement && _x.Lower(w) == ",") return null;
        }
        return null;
    }

    /// <summary>
    /// The place of a locative phrase inside the prepositional phrases that open the sentence before the trigger, each
    /// closed by a comma ("In July 1997, at a summit in Madrid, Spain, …", "During talks in Geneva on Monday, …"), a
    /// sentence adverb allowed before each ("Elsewhere in Iraq, …", "Back in Washington, …"); null when there is none.
    /// </summary>
    private Place? FrontedScenePlace(Sentence s, MentionDraft d)
    {
        if (d.Type == EventType.Statement && IsAttribution(d)) return null;
        int i = s.FirstToken;
        for (int n = 0; n < 3 && i < d.First; n++)
        {
            // (A wire roundup moves on to the next scene with an adverb: "Elsewhere in Iraq,", "Also in Baghdad,", "Meanwhile in Gaza,".)
            if (_x.Pos(i) == UniversalPos.ADV && i + 1 < d.First) i++;
            if (_x.Lower(i) is not ("in" or "at" or "during" or "on")) break;
            int close = i + 1;
            while (close < d.First && close - i < 14 && _x.Lower(close) != "," && !_x.IsVerb(close) && !_x.IsQuote(close)) close++;
            if (close >= d.First || _x.Lower(close) != ",") return null;
            if (d.Type == EventType.Statement && close + 1 < d.First && _x.Lower(close + 1) == "where") return null;
            // ("In Amherst, residents said …", "In Nairobi, an official denied that arrests were made there": see below.)
            if (d.Type == EventType.Statement && (SpeaksForPlace(close + 1, d.First) || RefersBackToPlace(d.Last + 1, s.EndToken))) return null;
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
    /// "In Amherst, residents said …": true when the subject opening at <paramref name="start"/> is the people of the fronted
    /// place (inhabitant-nouns.txt), who speak as its residents rather than at a place where the statement was made.
    /// </summary>
    private bool SpeaksForPlace(int start, int end)
    {
        int i = start;
        // (Past its modifiers: "frightened villagers", "many local residents".)
        while (i < end && i - start < 4 && (_x.IsDeterminer(i) || _x.Pos(i) is UniversalPos.ADJ or UniversalPos.NUM
                                          || (_x.Pos(i) == UniversalPos.VERB && _x.Lower(i).EndsWith("ed", StringComparison.Ordinal)))) i++;
        return i < end && _c.InhabitantNouns.Contains(_x.Lower(i));
    }

    /// <summary>
    /// "In Nairobi, an official denied that arrests had been made there": true when what follows the statement's trigger up
    /// to <paramref name="end"/> refers back to a place (place-back-references.txt), so a fronted place is the scene of the
    /// reported facts rather than where the statement was made.
    /// </summary>
    private bool RefersBackToPlace(int start, int end)
    {
        for (int i = start; i < end; i++)
            foreach (var words in _c.PlaceBackReferences)
                if (_x.MatchAt(i, words, end) >= 0) return true;
        return false;
    }

    /// <summary>True when the statement's trigger is an attribution phrase ("according to") rather than a reporting verb.</summary>
    private bool IsAttribution(MentionDraft d) => _x.Lower(d.Triggers[0].FirstToken) == "according";

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
    /// "met on the sidelines of a NATO summit in Vilnius", "talked during a conference in Oslo": a meeting with no place of its
    /// own, held at a gathering named right after its trigger (occasion-words.txt), takes the place of that gathering; the
    /// gathering is marked as no mention of that meeting (<see cref="MentionDraft.IsOccasion"/>).
    /// </summary>
    public void ShareOccasionPlaces(List<MentionDraft> drafts)
    {
        foreach (var d in drafts)
        {
            if (d.Type != EventType.Meeting) continue;
            if (d.Location is null && OccasionOf(d, drafts, o => o.Location is not null) is { } o) d.Location = o.Location;
            if (OccasionOf(d, drafts, _ => true) is { } gathering) gathering.IsOccasion = true;
        }
    }

    /// <summary>
    /// The meeting draft of <paramref name="drafts"/> that <paramref name="wanted"/> accepts and that names the gathering
    /// <paramref name="d"/> was held at, right after its trigger ("met on the sidelines of a NATO summit"); else null.
    /// </summary>
    private MentionDraft? OccasionOf(MentionDraft d, List<MentionDraft> drafts, Func<MentionDraft, bool> wanted)
    {
        int end = d.Triggers[0].FirstToken + d.Triggers[0].TokenCount;
        foreach (var o in drafts)
        {
            if (o == d || o.Type != EventType.Meeting || o.First <= end || o.First - end > 16 || !wanted(o)) continue;
            bool occasion = false, plain = true;
            for (int k = end; k < o.First && plain; k++)
            {
                if (_c.OccasionWords.Contains(_x.Lower(k))) occasion = true;
                else plain = _x.Lower(k) is "on" or "of" || _x.IsDeterminer(k) || _x.TimexAt(k) is not null || _x.Pos(k) is UniversalPos.ADJ or UniversalPos.PROPN or UniversalPos.NOUN or UniversalPos.NUM
                    // ("met with French President Marc Dubois on the sidelines of": the party met, before the occasion word.)
                    // ("met X in Munich on the sidelines of": the place they met at, too.)
                    || (!occasion && (_x.Lower(k) is "with" or "in" or "his" or "her" or "their" || _x.UnitAt(k) is not null || _x.PlaceAt(k) is not null));
            }
            if (occasion && plain) return o;
        }
        return null;
    }

    /// <summary>
    /// "Delegations arrived in Doha on Sunday. The talks lasted six hours.", "Fighting flared in Goma. Rebels shelled a market.":
    /// a meeting or attack whose sentence names no place happened at the scene set by the sentence right before it in the same
    /// paragraph, a locative phrase of its main clause (a fallback place: it does not keep the mention from others).
    /// </summary>
    private void ReadPlaceOfSentenceBefore(Sentence s, MentionDraft d)
    {
        if (d.Location is not null || d.SceneLocation is not null || d.Type == EventType.Statement || d.ReferenceStart >= 0) return;
        // (An attack named with "the", "killed in the embassy bombing", is one reported before, not a new one at this scene.)
        if (d.Type == EventType.Attack && d.Triggers.Any(t => IsDefiniteNoun(s, t.FirstToken))) return;
        // (A phone or video call, "She held a phone call with …", joins parties in different places: the city the sentence
        // before set is where one of them was, not where the call was.)
        if (d.Type == EventType.Meeting && IsRemoteContact(s, d)) return;
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            // (A sentence of its own place, of quoted words, or naming a country other than as a party, "the Kenya embassy
            // bombing", keeps to itself; "mediated by Qatar" names a party.)
            if (_x.PlaceAt(i) is not null || _x.IsQuote(i)) return;
            if (_x.UnitAt(i) is { } u && u.First == i && CountryPlace(u) is not null && !(i > s.FirstToken && _x.Lower(i - 1) is "by" or "with" or "and" or ","
                                                                                     && !(u.Last + 1 < s.EndToken && _x.Pos(u.Last + 1) is UniversalPos.NOUN))) return;
        }
        if (SentenceBefore(s) is not { } prev) return;
        // (A reporting sentence, "Clinton said at the White House …", sets where words were said, not a scene.)
        for (int p = prev.FirstToken; p < prev.EndToken; p++)
            if (_c.ReportingVerbs.Contains(_x.Lower(p)) || _x.IsQuote(p)) return;
        // ("MEXICO CITY, May 13 (AP) - The bodies of 15 men were found near Culiacan. They had been shot": the scene is
        // set past the dateline, whose commas are no clause breaks.)
        int from = PastDateline(prev.FirstToken, prev.EndToken);
        for (int p = from; p < prev.EndToken; p++)
        {
            if (_x.IsQuote(p)) return;
            if (p > from && (_x.IsBoundary(p) || _x.Lower(p) == ",")) return;
            foreach (var prep in _c.LocationPrepositions)
            {
                int end = _x.MatchAt(p, prep, prev.EndToken);
                if (end < 0) continue;
                if (MostSpecificPlaceFrom(end, prev.EndToken) is { } place) { d.SceneLocation = place; return; }
            }
        }
    }

    /// <summary>The sentence right before <paramref name="s"/> in its paragraph, or null.</summary>
    private Sentence? SentenceBefore(Sentence s)
    {
        // (A binary search by offset, not a scan: this is asked per mention, and huge inputs have many sentences.)
        int k = s.TokenCount > 0 ? _x.SentenceOfToken(s.FirstToken) : -1;
        var sentences = _x.Document.Sentences;
        return k > 0 && sentences[k].FirstToken == s.FirstToken && sentences[k - 1].Paragraph == s.Paragraph ? sentences[k - 1] : null;
    }

    /// <summary>
    /// "Rebels seized the town of Kidal. Fighting there killed 12 soldiers", "flew to Kabul and met Taliban leaders there": a
    /// meeting or attack whose own clause points back to a place with "there" (not the "there" of "there were"), or an attack
    /// on "the town" or "the city" (not "the town hall", "the city of X"), took place
    /// at the last place named before its trigger, in its sentence or the one before (a fallback place, like the scene
    /// of the sentence before).
    /// </summary>
    private void ReadPlaceThere(Sentence s, MentionDraft d, int scanEnd)
    {
        if (d.Location is not null || d.SceneLocation is not null || d.Type == EventType.Statement || d.ReferenceStart >= 0) return;
        int end = d.Triggers[0].FirstToken + d.Triggers[0].TokenCount;
        bool there = false;
        // ("Later they shelled the town again": a phrase naming a kind of place, place-back-references.txt, points back too;
        // "the country" to a country, the others to a place within one.)
        bool? toCountry = null;
        for (int i = end; i < scanEnd && i < s.EndToken && !there && toCountry is null; i++)
        {
            if (_x.IsQuote(i)) return;
            there = _x.Lower(i) == "there" && !(i + 1 < s.EndToken && _x.Pos(i + 1) is UniversalPos.AUX);
            if (!there && d.Type == EventType.Attack && _x.Lower(i) == "the")
                foreach (var words in _c.PlaceBackReferences)
                    if (words.Length > 1 && _x.MatchAt(i, words, s.EndToken) is int after && after > 0
                        && !(after < s.EndToken && (_x.Lower(after) is "of" or "'s" or "’s" || _x.Pos(after) is UniversalPos.NOUN or UniversalPos.PROPN)))
                    {
                        toCountry = words[^1] == "country";
                        break;
                    }
        }
        if (!there && toCountry is null) return;
        var from = SentenceBefore(s) ?? s;
        for (int i = d.First - 1; i >= from.FirstToken; i--)
        {
            if (_x.PlaceAt(i) is { } place)
            {
                if (toCountry is { } country && place.IsCountry != country) continue;
                d.SceneLocation = place;
                return;
            }
            if (toCountry is not true && _x.UnitAt(i) is { } u && CapitalPlace(u) is { } capital) { d.SceneLocation = capital; return; }
        }
    }

    /// <summary>
    /// "held a phone call", "spoke with X by telephone": a meeting whose trigger holds a remote-contact word
    /// (remote-meeting-words.txt) or is followed by a phone or video line (phone-lines.txt).
    /// </summary>
    private bool IsRemoteContact(Sentence s, MentionDraft d)
    {
        foreach (var t in d.Triggers)
        {
            for (int i = t.FirstToken; i < t.FirstToken + t.TokenCount; i++)
                if (_c.RemoteMeetingWords.Contains(_x.Lower(i))) return true;
            if (PhoneLine.Find(_x.Document, s, t.FirstToken + t.TokenCount) >= 0) return true;
        }
        return false;
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
    /// With <paramref name="placeNounOnly"/>, only the object "the town of X" (a place noun and its name), checked before any place phrase.
    /// </summary>
    private Place? TargetPlace(MentionDraft d, int scanEnd, bool placeNounOnly = false)
    {
        int i = d.Triggers[0].FirstToken + d.Triggers[0].TokenCount;
        // "Iraq invaded Kuwait": the object of an invasion verb is read like the "of" object of "the invasion of Kuwait".
        bool sceneVerb = d.AnchorIsVerb && _c.SceneObjectVerbs.Contains(_x.Lower(d.Anchor)) && d.Anchor == i - 1;
        // "raided the village of Al-Bayda": any attack verb's object, as "the strike on X" names a noun's, when it is a
        // place noun and its name (below).
        // ("set fire to large sections of X": an object opening with an adjective or noun, for a part noun below.)
        // ("hit Kharkiv": a place name as the whole object, below.)
        bool verbObject = !sceneVerb && d.AnchorIsVerb && i < scanEnd && (_x.IsDeterminer(i) || _x.Pos(i) is UniversalPos.ADJ or UniversalPos.NOUN or UniversalPos.NUM
            || (!placeNounOnly && _x.PlaceAt(i) is not null));
        // ("the siege of Fallujah": a trigger that takes in its own "of".)
        bool ownOf = !d.AnchorIsVerb && i - 1 > d.Triggers[0].FirstToken && _x.Lower(i - 1) == "of";
        if (i >= scanEnd || (!sceneVerb && !verbObject && !ownOf && _x.Lower(i) is not ("of" or "on" or "against"))) return null;
        bool ofObject = sceneVerb || ownOf || _x.Lower(i) == "of";
        if (!sceneVerb && !verbObject && !ownOf) i++;
        int objectStart = i;
        // ("the invasion of oil-rich Kuwait": modifiers before the object.)
        while (i < scanEnd && (_x.IsDeterminer(i) || _x.Pos(i) is UniversalPos.NUM or UniversalPos.ADJ || _x.Lower(i) == "-"
                               || (_x.Pos(i) == UniversalPos.NOUN && i + 2 < scanEnd && _x.Lower(i + 1) == "-" && _x.Pos(i + 2) == UniversalPos.ADJ))) i++;
        // "shelled the town of Kramatorsk", "a missile strike on the northeastern city of Kharkiv", "the border town of
        // X": a place noun and its name are the scene.
        // ("set fire to large sections of Port Harcourt": a part noun, place-part-nouns.txt, the same.)
        for (int noun = i; noun + 1 < scanEnd && noun - i < 2 && _x.Pos(noun) == UniversalPos.NOUN; noun++)
            if ((_c.PlaceNouns.Contains(_x.Lower(noun)) || _c.PlacePartNouns.Contains(_x.Lower(noun))) && _x.Lower(noun + 1) == "of") return MostSpecificPlaceFrom(objectStart, scanEnd);
        if (placeNounOnly) return null;
        // "raided the Jenin refugee camp", "shelled the Kurram tribal district": a place named before its area noun is the scene.
        if (i < scanEnd && _x.PlaceAt(i) is { } area && _x.TokenRange(area.Span).Last + 1 is int areaNoun && areaNoun < scanEnd && AreaNounAt(areaNoun, scanEnd))
            return area;
        // "an assault on Norway's coast", "shelled Syria's border towns": a country owning a part noun is the scene.
        if (i < scanEnd && _x.UnitAt(i) is { IsReference: false, Actors.Count: 1 } owner && owner.First == i && CountryPlace(owner) is { } land && PossessiveEnd(owner.Last))
        {
            int part = owner.Last + 1;
            if (part < scanEnd && _x.Lower(part) is "'s" or "’s" or "'") part++;
            for (int n = 0; n < 3 && part < scanEnd && _x.Pos(part) is UniversalPos.ADJ or UniversalPos.NOUN; n++, part++)
                if (_c.PlacePartNouns.Contains(_x.Lower(part)) && !(part + 1 < scanEnd && _x.Pos(part + 1) == UniversalPos.NOUN)) return land;
        }
        // "Russian missiles hit southern Ukraine", "shelled Kharkiv": a place that is the attack verb's whole object is
        // where it struck ("hit a Kyiv power plant" names a target).
        if (verbObject && _x.PlaceAt(i) is { } hit && IsWholePlaceObject(hit, i, scanEnd))
            return MostSpecificPlaceFrom(i, scanEnd) ?? hit;
        if (verbObject) return null;
        // "Iraq's invasion of Kuwait": a country that is itself the object is where it was hit (not one of a list,
        // "the raid on Afghanistan and Sudan"; "a strike against Iraq" names a target rather than a scene).
        if (i < scanEnd && ofObject && _x.PlaceAt(i) is null && _x.UnitAt(i) is { IsReference: false, Actors.Count: 1 } u && u.First == i && u.Actors[0].Kind == ActorKind.Country
            && Gazetteer.Default.Find(u.Actors[0].Text) is { Sense: NameSense.CountryName }
            && !(u.Last + 1 < scanEnd && (_x.Pos(u.Last + 1) is UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.ADJ
                                          || (_x.Lower(u.Last + 1) is "and" or "or" or "," && u.Last + 2 < scanEnd && (_x.PlaceAt(u.Last + 2) is not null || _x.UnitAt(u.Last + 2) is not null)))))
        {
            var a = u.Actors[0];
            return new Place(a.Text, a.Span, a.Canonical, a.CountryCode, null, null, null, true);
        }
        // "air strikes on Gaza", "artillery fire on southern Lebanon": a place that is the whole object of "on" after an
        // attack noun is where it struck (a name or a place noun after it, "a strike on a Gaza school", names a target).
        if (!ofObject && !sceneVerb && !d.AnchorIsVerb && i < scanEnd && _x.Lower(objectStart - 1) == "on" && _x.PlaceAt(i) is { } struck && IsWholePlaceObject(struck, i, scanEnd))
            return MostSpecificPlaceFrom(i, scanEnd) ?? struck;
        // ("Soviet troops occupied Prague": the place object of an invasion verb, whatever follows it.)
        if (sceneVerb && i < scanEnd && _x.PlaceAt(i) is { } occupied && _x.TokenRange(occupied.Span).First == i) return MostSpecificPlaceFrom(i, scanEnd) ?? occupied;
        if (i >= scanEnd || _x.PlaceAt(i) is not { IsCountry: false } city) return null;
        // "the siege of Fallujah", "the shelling of Kharkiv": a city that is the whole "of" object of an attack noun is
        // where it struck, as a country is ("the invasion of Kuwait").
        if (ofObject && !d.AnchorIsVerb && _x.TokenRange(city.Span).First == i && IsWholePlaceObject(city, i, scanEnd)) return MostSpecificPlaceFrom(i, scanEnd) ?? city;
        var (_, last) = _x.TokenRange(city.Span);
        int k = PastRegionAside(last + 1, scanEnd);
        return k < scanEnd && _x.Pos(k) is UniversalPos.NOUN or UniversalPos.ADJ or UniversalPos.PROPN && _x.PlaceAt(k) is null && _x.TimexAt(k) is null ? city : null;
    }

    /// <summary>", Okla.,", ", N.Y.,": past a city's state or country set between commas at <paramref name="k"/>; else <paramref name="k"/>.</summary>
    private int PastRegionAside(int k, int scanEnd)
    {
        if (k + 2 < scanEnd && _x.Lower(k) == "," && _x.PlaceAt(k + 1) is { } region)
        {
            int after = _x.TokenRange(region.Span).Last + 1;
            if (after < scanEnd && _x.Lower(after) == ",") return after + 1;
        }
        return k;
    }

    /// <summary>
    /// The place starting at <paramref name="i"/> is a whole object, not a modifier of a target after it ("a Gaza school",
    /// "a Buffalo, N.Y., doctor") nor one of a list ("Gaza and the West Bank") or an owner ("Ukraine's grid").
    /// </summary>
    private bool IsWholePlaceObject(Place place, int i, int scanEnd)
    {
        var (first, last) = _x.TokenRange(place.Span);
        if (first != i) return false;
        int k = PastRegionAside(last + 1, scanEnd);
        return k >= scanEnd || !(_x.Pos(k) is UniversalPos.NOUN or UniversalPos.PROPN || _x.Lower(k) is "and" or "or" or "'s" or "’s");
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

    /// <summary>The capital named by a demonym at <paramref name="i"/> and "capital" after it ("the Kenyan capital"), or null.</summary>
    private Place? NationalCapital(int i)
    {
        var written = _x.SpanText(i, i);
        if (Gazetteer.Default.Find(written) is not { Sense: NameSense.Demonym, CountryCode: { } code }) return null;
        if (Gazetteer.Default.CapitalOf(code) is not { } city) return null;
        var span = _x.Span(i, i + 1);
        return new Place(span.GetText(_x.Text), span, city.Name, city.CountryCode, city.GeoNamesId, city.Latitude, city.Longitude, false);
    }

    /// <summary>A unit that is only a country's name ("Kosovo") or capital ("Baghdad" read as its government), as the place it names; null otherwise.</summary>
    private static Place? CountryPlace(ArgUnit u)
    {
        if (u.IsReference || u.Actors.Count != 1 || u.Actors[0].Kind != ActorKind.Country) return null;
        var a = u.Actors[0];
        if (Gazetteer.Default.Find(a.Text) is { Sense: NameSense.CountryName }) return new Place(a.Text, a.Span, a.Canonical, a.CountryCode, null, null, null, true);
        return CapitalPlace(u);
    }

    private bool PossessiveEnd(int last) => _x.Lower(last).EndsWith("'s", StringComparison.Ordinal) || _x.Lower(last).EndsWith("’s", StringComparison.Ordinal)
        || (last + 1 < _x.Tokens.Count && _x.Lower(last + 1) is "'s" or "’s" or "'");

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
        Place? possessedBy = null;
        int i = start;
        while (i < end && _x.IsDeterminer(i)) i++;
        // "in Indian-administered Kashmir", "in the rebel-held town of X": a hyphened participle says who holds the place.
        if (i + 3 < end && _x.PlaceAt(i) is null && IsWordHyphen(i + 1) && (_x.IsVerb(i + 2) || _x.Lower(i + 2).EndsWith("ed", StringComparison.Ordinal))) i += 3;
        // ("last met in March": a month that the gazetteer also knows as a town is a time, not a place.)
        if (i < end && _x.PlaceAt(i) is { } timed && _x.TimexAt(i) is { } time && time.Span.Contains(timed.Span)) return null;
        while (i < end)
        {
            var p = _x.PlaceAt(i);
            // "in the Kenyan capital", "in the Iraqi capital": the capital of the country of a demonym.
            // (Not when the capital's name follows: "the Tanzanian capital Dar-es-Salaam".)
            if (best is null && p is null && i + 1 < end && _x.Lower(i + 1) == "capital" && !(i + 2 < end && _x.Pos(i + 2) is UniversalPos.PROPN or UniversalPos.ADP)
                && NationalCapital(i) is { } capital) return capital;
            if (p is not null)
            {
                p = WithoutTrailingTime(p);
                var (_, last) = _x.TokenRange(p.Span);
                int next = Math.Max(i + 1, last + 1);
                // "U.S. embassies in Kenya", "the Kenya embassy": a place modifying a noun is not where it happened; look past the noun.
                bool possessive = _x.Lower(last).EndsWith("'s", StringComparison.Ordinal) || _x.Lower(last).EndsWith("’s", StringComparison.Ordinal);
                // ("in Baghdad today", "in Kabul Friday": a time expression after the place is no such noun.)
                // ("Kosovo province", "Gaza city": a place-type noun keeps the place.)
                // ("Chatham House in London", "Westminster College in Fulton": a place opening a longer capitalized name is no place.)
                // ("in the Jenin refugee camp", "in the Kurram tribal district": an area noun, one modifier before it, keeps the place.)
                if (best is null && !possessive && next < end && _x.PlaceAt(next) is null && _x.UnitAt(next) is null && _x.TimexAt(next) is null && !_c.PlaceNouns.Contains(_x.Lower(next))
                    && !AreaNounAt(next, end)
                    && ((_x.Pos(next) is UniversalPos.NOUN && !_x.IsVerb(next)) || (_x.Pos(next) is UniversalPos.PROPN && StartsUpper(next))))
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
            // ("in the border town of Poipet": a name the gazetteer lacks, after a place noun and "of", is the place; so it is
            // after a country or region it narrows, "in the occupied West Bank city of Jenin", "Kenya's coastal town of Lamu".)
            if ((best is null ? !sawCountry || possessedBy is not null : best.GeoNamesId is null) && i - 2 >= start && _x.Lower(i - 1) == "of" && _c.PlaceNouns.Contains(_x.Lower(i - 2))
                && _x.UnitAt(i) is { IsReference: false, IsCommonNoun: false, Actors: [{ Kind: ActorKind.Other or ActorKind.Organization or ActorKind.Person }] } unnamedPlace && unnamedPlace.First == i
                && _x.Pos(i) == UniversalPos.PROPN)
            {
                // (Up to the end of its capitalized words: "Villa Esperanza", whose last word the gazetteer knows alone.)
                int last = unnamedPlace.Last;
                while (last + 1 < end && last - unnamedPlace.First < 4 && _x.Pos(last + 1) == UniversalPos.PROPN && _x.TimexAt(last + 1) is null
                       && StartsUpper(last + 1)) last++;
                var text = _x.SpanText(unnamedPlace.First, last);
                return new Place(text, _x.Span(unnamedPlace.First, last), text, best?.CountryCode ?? possessedBy?.CountryCode, null, null, null, false);
            }
            if (best is null && !sawCountry && NameBeforeCountry(i, end) is { } town) return town;
            // ("in Afghanistan's southern Helmand province": after a country's possessive, an area of that country.)
            if (best is null && (!sawCountry || possessedBy is not null) && UnlistedArea(i, end) is { } area)
                return area.CountryCode is null && possessedBy is not null ? area with { CountryCode = possessedBy.CountryCode } : area;
            // A country named as an actor but not as a place ("Afghanistan's capital of Kabul"): look past it.
            if (_x.UnitAt(i) is { } unit && unit.Actors.Count > 0 && unit.Actors[0].Kind == ActorKind.Country)
            {
                // ("in southern Serb Kosovo province", "in Kosovo on Friday": a country that ends the phrase is the place itself.)
                if (best is null && !sawCountry && unit.First == i && CountryPlace(unit) is { } country && !PossessiveEnd(unit.Last)
                    && (unit.Last + 1 >= end || _c.PlaceNouns.Contains(_x.Lower(unit.Last + 1)) || _x.TimexAt(unit.Last + 1) is not null
                        || _x.Lower(unit.Last + 1) is "," or "." or "and" or "on" or "in" or "at" or "last" or "this" or "when" or "where" or "after" or "before" or "to" or "for"))
                {
                    best = country;
                    bestLast = unit.Last;
                }
                sawCountry = true;
                // (The country whose possessive opens the phrase: "Afghanistan's southern Helmand province".)
                possessedBy = best is null && unit.Last + 1 < end && _x.Lower(unit.Last + 1) is "'s" or "’s" ? CountryPlace(unit) : null;
                i = unit.Last + 1;
                continue;
            }
            bool connective = w is "'s" or "’s" or "of" or "the" or "," || (_x.Pos(i) == UniversalPos.NOUN && !_x.IsVerb(i)) || (!_x.HasPos && w == "capital")
                || (possessedBy is not null && _x.Pos(i) == UniversalPos.ADJ);
            if ((best is not null || sawCountry) && connective && i - start < 8) { i++; continue; }
            // ("in the Kenyan capital Nairobi": a demonym the tagger reads as a name modifies the capital named after it.)
            if (best is null && !sawCountry && (_x.Pos(i) is UniversalPos.ADJ || w == "the" || Gazetteer.Default.Find(_x.Tokens.GetChars(i)) is { Sense: NameSense.Demonym })) { i++; continue; }
            // "in a sharply divided district of the old city", "in the outskirts of Kabul": modifiers and a head noun before "of".
            // ("polarized" participles, compass words, "the northern Tigray region": a name right before the place; "in suburban
            // Dayton" when the tagger reads the modifier as a noun.)
            // ("the border town of Cucuta": place nouns before "of"; "the port city of Odesa": a noun before a place noun.)
            if (best is null && !sawCountry && i - start < 6
                && (_x.IsAdverb(i) || _x.IsDeterminer(i) || _c.PlaceNouns.Contains(w) || w is "of" or "north" or "south" or "east" or "west" or "northern" or "southern" or "eastern" or "western" or "central"
                    || (_x.Pos(i) == UniversalPos.NOUN && i + 1 < end && (_x.Lower(i + 1) == "of" || _c.PlaceNouns.Contains(_x.Lower(i + 1))))
                    || (_x.Pos(i) == UniversalPos.VERB && w.EndsWith("ed", StringComparison.Ordinal))
                    || (_x.Pos(i) is UniversalPos.PROPN or UniversalPos.NOUN && i + 1 < end && (_x.PlaceAt(i + 1) is not null || (_x.UnitAt(i + 1) is { } nextUnit && CountryPlace(nextUnit) is not null))))) { i++; continue; }
            // ("in the capital, Kabul,": the place noun's name may follow as an appositive set off by a comma.)
            if (best is null && !sawCountry && w == "," && i > start && _c.PlaceNouns.Contains(_x.Lower(i - 1)) && i + 1 < end
                && (_x.PlaceAt(i + 1) is not null || (_x.UnitAt(i + 1) is { } named && named.First == i + 1 && CountryPlace(named) is not null))) { i++; continue; }
            break;
        }
        // ("in Kabul's diplomatic quarter": a capital the resolver read as its government, whose part is named after its
        // possessive, is the city the event happened in; "at Moscow's request" names no part of a place.)
        if (best is null && possessedBy is { IsCountry: false } && PlacePartHead(start, Math.Min(i, end)))
            return possessedBy;
        return best;
    }

    /// <summary>True when the last noun in [<paramref name="from"/>, <paramref name="end"/>) names a kind or part of a place (place-nouns.txt, place-part-nouns.txt).</summary>
    private bool PlacePartHead(int from, int end)
    {
        for (int k = end - 1; k >= from; k--)
            if (_x.Pos(k) == UniversalPos.NOUN) return _c.PlaceNouns.Contains(_x.Lower(k)) || _c.PlacePartNouns.Contains(_x.Lower(k));
        return false;
    }

    /// <summary>
    /// "in Capri, Italy,", "in Sharm el-Sheikh, Egypt.": a name the gazetteer lacks (at most four words), set off by a comma
    /// from the country it lies in, as a place of that country; null for any other phrase and for a name that opens as a
    /// person, group or organization.
    /// </summary>
    private Place? NameBeforeCountry(int i, int end)
    {
        if (_x.Pos(i) != UniversalPos.PROPN || !StartsUpper(i) || _x.TimexAt(i) is not null || _x.PlaceAt(i) is not null) return null;
        if (_x.UnitAt(i) is { } opening && opening.First == i && opening.Actors.Count > 0) return null;
        int last = i;
        while (last + 1 < end && last - i < 3 && _x.TimexAt(last + 1) is null && _x.PlaceAt(last + 1) is null
               && (_x.Pos(last + 1) == UniversalPos.PROPN || (_x.Tokens.GetKind(last + 1) == TokenKind.Dash && last + 2 < end && _x.Pos(last + 2) == UniversalPos.PROPN))) last++;
        int comma = last + 1;
        if (comma + 1 >= end || _x.Lower(comma) != "," || _x.UnitAt(comma + 1) is not { } unit || unit.First != comma + 1
            || CountryPlace(unit) is not { IsCountry: true } country) return null;
        // (Only when the country closes the name's phrase, "in Capri, Italy, on Thursday": "in Dover, Britain's busiest port"
        // or a list of names goes on past it.)
        int after = unit.Last + 1;
        if (after < end && !(_x.IsPunct(after) || _x.TimexAt(after) is not null || _x.IsPreposition(after))) return null;
        var text = _x.SpanText(i, last);
        return new Place(text, _x.Span(i, last), text, country.CountryCode, null, null, null, false);
    }

    /// <summary>
    /// "in Helmand province", "in Borno state", "in the Kurram tribal district": a capitalized name the gazetteer lacks,
    /// right before an area noun (admin-area-nouns.txt, with at most one lowercase modifier between), as the place it
    /// names; a country after a comma gives its code ("Helmand province, Afghanistan"). Null for any other phrase, and
    /// for a name the recognizer read as a person or a group ("in Islamic State territory").
    /// </summary>
    private Place? UnlistedArea(int i, int end)
    {
        if (_x.Pos(i) != UniversalPos.PROPN || !StartsUpper(i) || _x.TimexAt(i) is not null) return null;
        if (_x.UnitAt(i) is { Actors: [{ Kind: ActorKind.Person or ActorKind.Group or ActorKind.Organization or ActorKind.Country }, ..] }) return null;
        int last = i;
        while (last + 1 < end && last - i < 2 && _x.Pos(last + 1) == UniversalPos.PROPN && StartsUpper(last + 1)
               && _x.TimexAt(last + 1) is null && _x.PlaceAt(last + 1) is null) last++;
        // ("in southern Serb Kosovo province": a known country or place inside the name makes it that place's.)
        for (int k = i; k <= last + 1 && k < end; k++)
            if (_x.PlaceAt(k) is not null || _x.UnitAt(k) is { Actors: [{ Kind: ActorKind.Country }, ..] }) return null;
        int noun = last + 1;
        if (noun < end && !_c.AdminAreaNouns.Contains(_x.Lower(noun)) && _x.Pos(noun) is UniversalPos.ADJ or UniversalPos.NOUN
            && !StartsUpper(noun)) noun++;
        if (noun >= end || !_c.AdminAreaNouns.Contains(_x.Lower(noun))) return null;
        string? code = null;
        if (noun + 2 < end && _x.Lower(noun + 1) == ",")
            code = _x.PlaceAt(noun + 2) is { IsCountry: true } p ? p.CountryCode
                : _x.UnitAt(noun + 2) is { } after && after.First == noun + 2 && CountryPlace(after) is { } country ? country.CountryCode : null;
        return new Place(_x.SpanText(i, noun), _x.Span(i, noun), _x.SpanText(i, last), code, null, null, null, false);
    }

    /// <summary>An area noun (admin-area-nouns.txt) at <paramref name="i"/>, or after one lowercase modifier there ("refugee camp").</summary>
    private bool AreaNounAt(int i, int end) =>
        _c.AdminAreaNouns.Contains(_x.Lower(i))
        || (i + 1 < end && _x.Pos(i) is UniversalPos.NOUN or UniversalPos.ADJ && !StartsUpper(i) && _c.AdminAreaNouns.Contains(_x.Lower(i + 1)));

    /// <summary>A one-token place word tagged as an adjective with a noun or an argument unit right after it ("Saudi crown prince").</summary>
    private bool IsAdjectiveBeforeNoun(int i, int end) =>
        _x.Pos(i) == UniversalPos.ADJ && i + 1 < end && _x.PlaceAt(i + 1) is null
        && (_x.Pos(i + 1) is UniversalPos.NOUN or UniversalPos.ADJ || _x.UnitAt(i + 1) is not null);
}
