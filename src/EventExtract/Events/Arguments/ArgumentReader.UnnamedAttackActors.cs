using EventExtract.Places;
using EventExtract.Tagging;
using EventExtract.Text;

namespace EventExtract.Events.Arguments;

// Attack targets and attackers named only by a common noun or a pronoun.
internal sealed partial class ArgumentReader
{
    /// <summary>
    /// Targets that are things rather than parties ("bombed two Protestant towns", "attacks on suspected rebel bases
    /// in the hills and a fuel depot on the coast", "fired mortar shells at an army post"), read as noun phrases
    /// when no actor filled the role; and attackers named before "behind"/"responsible for" an attack noun.
    /// </summary>
    private void ReadUnnamedTargetsAndAttackers(Sentence s, MentionDraft d, int scanEnd)
    {
        // "Kopp, who is charged with gunning down Dr. X": the accused did it, not the subject of the charging verb.
        if (AccusedParty(s, d) is { Count: > 0 } accused)
        {
            d.Attackers.Clear();
            d.Targets.RemoveAll(t => accused.Exists(a => a.Span.Overlaps(t.Span)));
            foreach (var a in accused) MentionDraft.AddActor(d.Attackers, a);
        }
        if (d.Attackers.Count == 0 && !d.AnchorIsVerb)
        {
            int i = d.First - 1;
            // (Past the noun's modifiers: "the twin bombings", "the ferry bombings".)
            while (i >= s.FirstToken && (_x.IsDeterminer(i) || _x.Pos(i) is UniversalPos.ADJ or UniversalPos.NUM || _x.TryNumber(i, out _)
                   || (_x.Pos(i) == UniversalPos.NOUN && d.First - i <= 3)) && _x.UnitAt(i) is null && _x.PlaceAt(i) is null) i--;
            foreach (var cue in _c.AttackerCuesBefore)
            {
                int start = i - cue.Length + 1;
                if (start < s.FirstToken || _x.MatchAt(start, cue, i + 1) != i + 1) continue;
                if (AppositiveHolder(start, s.FirstToken) is { } holder) MentionDraft.AddActor(d.Attackers, holder);
                else foreach (var a in LeftChain(start, s.FirstToken)) MentionDraft.AddActor(d.Attackers, a);
                // "The Northern Army is believed to be behind the bombing", "X is suspected of being behind it": the subject of
                // the verb that holds the cue's infinitive or gerund.
                if (d.Attackers.Count == 0 && start - 3 >= s.FirstToken && ((_x.Lower(start - 1) == "be" && _x.Lower(start - 2) == "to")
                    || (_x.Lower(start - 1) == "being" && _x.Lower(start - 2) == "of")) && _x.IsVerb(start - 3))
                    foreach (var a in SubjectBeforeAside(start - 3, s.FirstToken) ?? LeftChain(start - 3, s.FirstToken)) MentionDraft.AddActor(d.Attackers, a);
                // "The Red Brigade said it was responsible for the bombing": a pronoun subject stands for the party named before.
                if (d.Attackers.Count == 0 && SubjectPronoun(start, s.FirstToken) is int pronoun)
                    foreach (var a in ReportedSelf(pronoun, s)) MentionDraft.AddActor(d.Attackers, a);
                break;
            }
        }
        if (d.Attackers.Count == 0 && !d.AnchorIsVerb && CasualtyVerbSubject(s, d) is { Count: > 0 } killers)
            foreach (var a in killers) MentionDraft.AddActor(d.Attackers, a);
        if (d.Attackers.Count == 0 && !d.AnchorIsVerb) ReadAttackerAfter(s, d);
        if (d.Attackers.Count == 0 && ModifierAttacker(s, d) is { } modifier) MentionDraft.AddActor(d.Attackers, modifier);
        // "A suicide bomber blew himself up": a trigger whose head is a party noun names the attacker itself.
        if (d.Attackers.Count == 0 && !d.AnchorIsVerb && d.Triggers[0] is var own && own.FirstToken + own.TokenCount - 1 is int ownHead && IsPartyHead(ownHead))
        {
            if (_x.UnitAt(ownHead) is { Actors: [var unit, ..] } u && u.Last == ownHead) MentionDraft.AddActor(d.Attackers, unit);
            else
            {
                int first = own.FirstToken;
                while (first - 1 >= s.FirstToken && d.First - first < 3 && _x.UnitAt(first - 1) is null && (_x.IsDeterminer(first - 1) || _x.Pos(first - 1) == UniversalPos.ADJ)) first--;
                MentionDraft.AddActor(d.Attackers, _x.UnnamedActor(first, ownHead) with { Kind = _c.PartyHeads[_x.Lower(ownHead)] });
            }
        }
        if (d.Attackers.Count == 0 && d.AnchorIsVerb && UnnamedAgent(s, d, scanEnd) is { } agent) MentionDraft.AddActor(d.Attackers, agent);
        // "Police said a local man carried out the attack", "arrested a man who carried out the attack": the unnamed party
        // subject of a perpetration verb governing the noun.
        if (d.Attackers.Count == 0 && !d.AnchorIsVerb && GoverningVerb(d.First, s.FirstToken) is var perpetration and >= 0
            && _c.PerpetrationVerbs.Contains(_x.Lower(perpetration)) && !IsPassive(perpetration, s.FirstToken) && UnnamedSubject(s, perpetration) is { } doer)
            MentionDraft.AddActor(d.Attackers, doer);
        if (d.Targets.Count > 0 || IsAftermathReference(s, d)) return;
        if (IsCasualtyDraft(d))
        {
            // "A prominent journalist was shot dead": one unnamed person as the passive subject of a casualty verb was hit,
            // as after an active one ("killed a journalist"); a counted subject stays the victims only.
            if (d.AnchorIsVerb && IsPassive(d.Anchor, s.FirstToken) && PassiveSubjectPhrase(s, d) is { } subject
                && SingleVictimObject(s, _x.TokenRange(subject.Span).First) is { } victim)
                MentionDraft.AddActor(d.Targets, victim);
            return;
        }
        if (!d.AnchorIsVerb && UndergoingSubject(s, d) is { } undergoing)
        {
            MentionDraft.AddActor(d.Targets, undergoing);
            return;
        }
        int headLast = d.Triggers[0].FirstToken + d.Triggers[0].TokenCount - 1;
        // "Ten soldiers were killed in an attack on a military post": the noun the mention is anchored on, after the
        // passive casualty verb, is the one whose "on" phrase names the target.
        if (!d.AnchorIsVerb && d.Anchor > headLast)
            foreach (var t in d.Triggers)
                if (t.FirstToken <= d.Anchor && d.Anchor < t.FirstToken + t.TokenCount) headLast = t.FirstToken + t.TokenCount - 1;
        if (d.AnchorIsVerb)
        {
            if (IsPassive(d.Anchor, s.FirstToken))
            {
                // "Rockets were fired at Sderot", "shots were fired into the crowd": a passive subject that is the weapon
                // leaves the target to the phrase the weapon was fired at, as after "fired rockets".
                if (IsWeaponPassiveSubject(s, d))
                {
                    int p = _c.TargetPrepositions.Contains(_x.Lower(d.Last)) ? d.Last : d.Last + 1;
                    while (p < scanEnd && p > d.Last && _x.IsAdverb(p)) p++;
                    if (p >= scanEnd || _x.Lower(p) is not ("at" or "on" or "into")) return;
                    ReadThingList(p + 1, scanEnd, d.Targets);
                    if (d.Targets.Count == 0 && PlaceTarget(p + 1, scanEnd) is { } firedAt) MentionDraft.AddActor(d.Targets, firedAt);
                    return;
                }
                // "The embassy was attacked by a mob": a passive subject that is a thing, not a party, is the target.
                // (A counted subject, "Six people were hit", is the victims.)
                if (PassiveSubjectPhrase(s, d) is { } subject
                    && _x.TokenRange(subject.Span) is var (first, _) && !_x.TryNumber(first, out _) && _x.Pos(first) != UniversalPos.NUM)
                    MentionDraft.AddActor(d.Targets, subject);
                return;
            }
            var (objStart, objLimit) = AttackObjectSpan(d, scanEnd);
            scanEnd = objLimit;
            // ("took 30 people hostage": the captives end before the word naming their state.)
            for (int k = objStart + 1; k < scanEnd && k - objStart <= 7; k++)
                if (Triggers.TriggerCues.Embedded.Has(_x.Lower(k), "captive")) { scanEnd = k; break; }
            // "firing dozens of rounds at": a quantity before the munition is part of it, not a target.
            if (objStart + 1 < scanEnd && _x.Lower(objStart + 1) == "of" && _x.Pos(objStart) is UniversalPos.NOUN or UniversalPos.NUM
                && ThingPhrase(objStart + 2, scanEnd) is { } m && _c.WeaponWords.Contains(_x.Lower(m.Head)))
                objStart += 2;
            var obj = ThingPhrase(objStart, scanEnd);
            // ("detonated a roadside bomb": the phrase was cut before a weapon noun that is a trigger of its own; that noun is its head.)
            int weaponHead = obj is { } cut && cut.Head + 1 < s.EndToken && cut.Head + 1 >= scanEnd && _x.Pos(cut.Head + 1) == UniversalPos.NOUN
                && _c.WeaponWords.Contains(_x.Lower(cut.Head + 1)) ? cut.Head + 1 : obj?.Head ?? -1;
            // ("rammed his car into a crowd of shoppers": a vehicle driven at people is the weapon, what it hit the target.)
            bool rammed = obj is not null && Triggers.TriggerCues.Embedded.Has(_x.Lower(d.Anchor), "ramming")
                && Triggers.TriggerCues.Embedded.Has(_x.Lower(weaponHead), "vehicle");
            if (obj is not null && (_c.WeaponWords.Contains(_x.Lower(weaponHead)) || rammed))
            {
                // "fired mortar shells at an army post".
                int p = PastWeaponConjuncts(weaponHead + 1, scanEnd);
                while (p < scanEnd && _x.IsAdverb(p)) p++; // "fired rounds back at"
                // ("detonated a roadside bomb near a patrol", "planted a bomb outside a cafe": a weapon set off or left
                // somewhere hits what it was put by, as an explosion outside a place does.)
                bool placed = _c.PerpetrationVerbs.Contains(_x.Lower(d.Anchor)) && p < s.EndToken && _x.Lower(p) != "of" && _c.TargetPrepositions.Contains(_x.Lower(p));
                if (placed) scanEnd = Math.Max(scanEnd, ClauseEnd(p, s.EndToken));
                if (p < scanEnd && (_x.Lower(p) is "at" or "on" or "into" || placed)) ReadThingList(p + 1, scanEnd, d.Targets);
                // "fired rockets at Sderot": a town a weapon is fired at is what it hit.
                if (d.Targets.Count == 0 && p < scanEnd && _x.Lower(p) is "at" or "on" && PlaceTarget(p + 1, scanEnd) is { } firedAt)
                    MentionDraft.AddActor(d.Targets, firedAt);
                return;
            }
            if (obj is not null)
            {
                ReadThingList(objStart, scanEnd, d.Targets);
                return;
            }
            // "NATO planes bombed Novi Sad", "Serb forces shelled Vukovar": a town the gazetteer knows, as the object.
            if (PlaceTarget(objStart, scanEnd) is { } town)
            {
                MentionDraft.AddActor(d.Targets, town);
                return;
            }
            // No object: "opened fire on a bus" reads on as for a noun.
            // ("A car bomb exploded outside a police station": after the last trigger of the mention.)
            // ("fired tear gas and rubber bullets at protesters": past the other weapons after a trigger's own.)
            headLast = (_c.WeaponWords.Contains(_x.Lower(objStart - 1)) ? PastWeaponConjuncts(objStart, scanEnd) : objStart) - 1;
        }
        // "An airstrike by the coalition hit a school bus", "the explosion tore through a train": the object of an
        // impact verb whose subject is the attack noun.
        if (!d.AnchorIsVerb && ImpactObjectStart(s, headLast) is int hitAt)
        {
            ReadThingList(hitAt, Math.Min(ClauseEnd(hitAt, s.EndToken), hitAt + 12), d.Targets);
            if (d.Targets.Count > 0) return;
        }
        // "An Israeli air strike killed a senior Hamas commander", "the blast killed Anna Berg": one person killed by the casualty
        // verb the attack noun is the subject of (absorbed into the mention) is the target, as after an attack verb.
        if (!d.AnchorIsVerb)
            foreach (var t in d.Triggers)
            {
                int v = t.FirstToken;
                if (t.TokenCount != 1 || v <= headLast || !_x.IsVerb(v) || !_c.CasualtyWords.ContainsKey(_x.Lower(v)) || IsPassive(v, s.FirstToken) || v + 1 >= s.EndToken) continue;
                // (Only the verb of the noun's own clause: no comma or other verb between them.)
                bool sameClause = true;
                for (int k = headLast + 1; k < v && sameClause; k++) sameClause = !(_x.IsPunct(k) || _x.IsVerb(k) || _x.IsBoundary(k));
                if (!sameClause) break;
                if (_x.UnitAt(v + 1) is { IsCommonNoun: false, Actors: [{ Kind: ActorKind.Person } victim] } u && u.First == v + 1) MentionDraft.AddActor(d.Targets, victim);
                else if (SingleVictimObject(s, v + 1) is { } one) MentionDraft.AddActor(d.Targets, one);
                if (d.Targets.Count > 0) return;
                break;
            }
        // "An attack by Islamic State fighters on a prison": the target phrase follows the attacker's "by" phrase (and its
        // word of suspicion: "by suspected rebels on a bus").
        int from = headLast + 1;
        if (!d.AnchorIsVerb && from + 1 < scanEnd && _x.Lower(from) == "by")
            foreach (var a in d.Attackers)
                if (_x.TokenRange(a.Span) is var (af, al) && af > from && af <= from + 2) from = al + 1;
        // "bombings last week of two police stations": a date between the noun and its target phrase leaves that
        // phrase the noun's (the two-word window saw only the date).
        if (!d.AnchorIsVerb && from < scanEnd && _x.TimexAt(from) is { } gap)
            while (from < scanEnd && _x.TimexAt(from) == gap) from++;
        for (int p = from; p < Math.Min(scanEnd, from + 2); p++)
        {
            if (_x.UnitAt(p) is not null || _x.IsPunct(p) || _x.IsVerb(p)) return;
            if (!_c.TargetPrepositions.Contains(_x.Lower(p))) continue;
            // ("killing at least 81 people": a count, not a target.)
            if (p + 1 < scanEnd && _x.Lower(p + 1) is "least" or "most") return;
            ReadThingList(p + 1, scanEnd, d.Targets);
            // ("fired rockets at Sderot": after a verb, "at" aims at the town; "the attack at Fallujah" only places it.)
            if (d.Targets.Count == 0 && (_c.PlaceTargetPrepositions.Contains(_x.Lower(p)) || (d.AnchorIsVerb && _x.Lower(p) == "at"))
                && PlaceTarget(p + 1, scanEnd) is { } town)
                MentionDraft.AddActor(d.Targets, town);
            return;
        }
    }

    /// <summary>
    /// A named place, past "the" and a bearing ("southern"), standing alone as the phrase at <paramref name="start"/> ("Aleppo", "the Gaza Strip";
    /// not "Kabul airport", whose head is a thing): the town or area an attack hit, kept with the place's country. Null
    /// when there is none. (Countries and capitals used as governments are actors and read before this.)
    /// </summary>
    private Actor? PlaceTarget(int start, int end)
    {
        int i = start < end && _x.Lower(start) == "the" ? start + 1 : start;
        // ("launched an attack on southern Israel": a bearing names the part of the place that was hit.)
        if (i + 1 < end && _c.CompassAdjectives.Contains(_x.Lower(i)) && _x.PlaceAt(i) is null) i++;
        if (i >= end || _x.PlaceAt(i) is not { } place || _x.UnitAt(i) is not null) return null;
        var (first, last) = _x.TokenRange(place.Span);
        if (first != i || last >= end) return null;
        if (last + 1 < end && _x.Pos(last + 1) is UniversalPos.NOUN or UniversalPos.PROPN) return null;
        return _x.UnnamedActor(start, last, place.CountryCode);
    }

    /// <summary>
    /// Where the words after a weapon go on past further weapons joined to it ("rockets and artillery shells at", "tear
    /// gas, rubber bullets and water cannon on"): the token after the last of them, or <paramref name="p"/> when none follows.
    /// </summary>
    private int PastWeaponConjuncts(int p, int scanEnd)
    {
        while (p + 1 < scanEnd && _x.Lower(p) is "and" or "," && ThingPhrase(_x.Lower(p + 1) == "and" ? p + 2 : p + 1, scanEnd) is { } more
               && _c.WeaponWords.Contains(_x.Lower(more.Head)))
            p = more.Head + 1;
        return p;
    }

    /// <summary>"Rockets were fired at", "Mortar shells were launched": the word before the auxiliaries of a passive verb trigger is a weapon.</summary>
    private bool IsWeaponPassiveSubject(Sentence s, MentionDraft d)
    {
        int v = StepLeftPast(d.First - 1, s.FirstToken, PreVerbWords.Adverbs | PreVerbWords.Auxiliaries);
        return v < d.First - 1 && v >= s.FirstToken && _c.WeaponWords.Contains(_x.Lower(v));
    }

    /// <summary>
    /// The unnamed noun phrase right before the auxiliaries of a passive verb trigger: "the embassy" in "the embassy was
    /// attacked", with a place phrase after its head ("A mosque in Quetta was attacked": the hit thing where it stood,
    /// as "an abortion clinic in Alabama"). Null when there is none.
    /// </summary>
    private Actor? PassiveSubjectPhrase(Sentence s, MentionDraft d)
    {
        int v = StepLeftPast(d.First - 1, s.FirstToken, PreVerbWords.Adverbs | PreVerbWords.Auxiliaries);
        if (v >= d.First - 1) return null;
        if (NounPhraseEndingAt(v, s.FirstToken) is { } subject) return subject;
        if (_x.PlaceAt(v) is not { } place) return null;
        int placeFirst = _x.TokenRange(place.Span).First;
        // ("A police station in the city of Quetta was attacked": past the kind of place the name is "of".)
        if (placeFirst - 3 > s.FirstToken && _x.Lower(placeFirst - 1) == "of" && _c.PlaceNouns.Contains(_x.Lower(placeFirst - 2)) && _x.IsDeterminer(placeFirst - 3))
            placeFirst -= 3;
        if (placeFirst - 2 < s.FirstToken || !_c.LocationPrepositions.Exists(p => p.Length == 1 && p[0] == _x.Lower(placeFirst - 1))
            || NounPhraseEndingAt(placeFirst - 2, s.FirstToken) is not { } held) return null;
        return _x.UnnamedActor(_x.TokenRange(held.Span).First, v);
    }

    /// <summary>
    /// The named party an appositive or relative clause ending at <paramref name="start"/> describes: "Karl Rask, the
    /// architect of ...", "Karl Rask, the banker who is accused of organizing ...", "the group, which is accused of ...".
    /// </summary>
    private Actor? AppositiveHolder(int start, int sentenceFirst)
    {
        int i = start - 1;
        // A relative pronoun and its auxiliaries ("who is", "who has been").
        int k = i;
        while (k >= sentenceFirst && start - k <= 3 && _x.Pos(k) == UniversalPos.AUX) k--;
        if (k >= sentenceFirst && k < start && _x.Lower(k) is "who" or "which" or "that")
        {
            i = k - 1;
            // "the fugitive banker who": the common-noun appositive before the relative pronoun.
            if (i >= sentenceFirst && _x.UnitAt(i) is null && NounPhraseEndingAt(i, sentenceFirst) is { } np)
                i = _x.TokenRange(np.Span).First - 1;
            else if (i >= sentenceFirst && _x.UnitAt(i) is { Actors: [var direct, ..] } du && du.Last == i) return direct;
        }
        if (i - 1 < sentenceFirst || _x.Lower(i) != ",") return null;
        return _x.UnitAt(i - 1) is { Actors: [var holder, ..] } u && u.Last == i - 1 ? holder : null;
    }

    /// <summary>
    /// Where the object of an impact verb (attack-impact-verbs.txt) starts when the verb follows the attack noun ending
    /// at <paramref name="head"/>, past an agent or place phrase but no comma or other verb; null when there is none.
    /// </summary>
    private int? ImpactObjectStart(Sentence s, int head)
    {
        int end = Math.Min(s.EndToken, head + 10);
        for (int p = head + 1; p < end; p++)
        {
            if (_x.IsPunct(p) && _x.Lower(p) is not ("-" or "'s" or "’s")) return null;
            foreach (var verb in _c.AttackImpactVerbs)
                if (_x.MatchAt(p, verb, end) is var after and > 0 && (verb.Length > 1 || _x.IsVerb(p)) && after < s.EndToken) return after;
            // ("A ransomware attack has crippled": a perfect's auxiliary right after the attack noun.)
            if (p == head + 1 && _x.Pos(p) == UniversalPos.AUX && _x.Lower(p) is "has" or "have" or "had") continue;
            // ("the Saudi-led coalition": a participle joined by a hyphen is part of a modifier.)
            if ((_x.IsVerb(p) && _x.Lower(p - 1) != "-") || _x.Pos(p) == UniversalPos.AUX) return null;
        }
        return null;
    }

    /// <summary>
    /// The accused party of a charge frame (accused-party-frames.txt) right before the attack: "Kopp, who is charged with
    /// gunning down", "X and Y are charged with murder", "Bin Laden, indicted as the architect of the bombings", "X is a
    /// suspect in the shootings", "prosecutors charged X with the shooting" (the object). Null when there is none.
    /// </summary>
    private List<Actor>? AccusedParty(Sentence s, MentionDraft d)
    {
        int i = d.First - 1;
        if (!d.AnchorIsVerb)
        {
            // Past the noun's modifiers ("the Oct. 23 sniper shooting", "the twin bombings").
            while (i >= s.FirstToken && d.First - i <= 5 && _x.UnitAt(i) is null && _x.PlaceAt(i) is null
                   && (_x.IsDeterminer(i) || _x.Pos(i) is UniversalPos.ADJ or UniversalPos.NUM or UniversalPos.NOUN || _x.TimexAt(i) is not null || _x.Tokens.GetKind(i) == TokenKind.Abbreviation)) i--;
            // "accused of organizing the bombings", "the architect of the bombings".
            if (i >= s.FirstToken && _x.Lower(i).EndsWith("ing", StringComparison.Ordinal) && _c.PerpetrationVerbs.Contains(_x.Lower(i))) i--;
            foreach (var cue in _c.AttackerCuesBefore)
            {
                int start = i - cue.Length + 1;
                if (start >= s.FirstToken && _x.MatchAt(start, cue, i + 1) == i + 1) { i = start - 1; break; }
            }
        }
        if (i - 1 < s.FirstToken || !_c.AccusationPrepositions.Contains(_x.Lower(i))) return null;
        int w = i - 1;
        // "was charged on Tuesday with": past the date between the charge and its preposition.
        int beforeDate = w;
        while (beforeDate > s.FirstToken && _x.TimexAt(beforeDate) is not null) beforeDate--;
        if (beforeDate < w && _x.Lower(beforeDate) == "on") beforeDate--;
        if (beforeDate < w && beforeDate >= s.FirstToken && _c.AccusationWords.Contains(_x.Lower(beforeDate))) w = beforeDate;
        if (_c.AccusationWords.Contains(_x.Lower(w)))
        {
            if (AppositiveHolder(w, s.FirstToken) is { } holder) return new List<Actor> { holder };
            // "X was charged with", "X is a suspect in", "X was found guilty of".
            int k = w - 1;
            while (k >= s.FirstToken && w - k <= 4 && (_x.Pos(k) == UniversalPos.AUX || _x.IsAdverb(k) || _x.IsDeterminer(k) || _x.Lower(k) is "found" or "been" or "being")) k--;
            // "arrested a man suspected of shooting dead a journalist": a reduced relative, the noun phrase it follows.
            if (k == w - 1)
            {
                if (_x.UnitAt(k) is { Actors.Count: > 0 } named && named.Last == k) return new List<Actor>(named.Actors);
                return _x.UnitAt(k) is null && NounPhraseEndingAt(k, s.FirstToken) is { } accused ? new List<Actor> { accused } : null;
            }
            var chain = LeftChain(k + 1, s.FirstToken);
            if (chain.Count > 0 && _x.TokenRange(chain[^1].Span).Last == k) return chain;
            // "A Chicago man was charged with beating his wife": an unnamed person accused, by a people noun. (Not "The patient
            // was charged with murder": a definite one points back to the attacker of an attack already reported.)
            return k >= s.FirstToken && _x.UnitAt(k) is null && _c.AttackerPersonNouns.TryGetValue(_x.Lower(k), out var accusedKind)
                && NounPhraseEndingAt(k, s.FirstToken) is { } person && _x.Lower(_x.TokenRange(person.Span).First) is not ("the" or "this" or "that")
                ? new List<Actor> { person with { Kind = accusedKind } } : null;
        }
        // "charged X with": the object of an active charge verb.
        // ("blamed the Red Hand Brigade for": past a determiner outside the name; "blamed the Pakistani Taliban for": and
        // the adjectives before it.)
        if (_x.UnitAt(w) is { Actors.Count: > 0 } u && u.Last == w && ObjectVerbBefore(u.First, s.FirstToken) is int cv
            && cv >= s.FirstToken && _x.IsVerb(cv) && _c.AccusationWords.Contains(_x.Lower(cv)))
            return new List<Actor>(u.Actors);
        // ("accused the miners of attacking a village": an unnamed object, which the subject must not stand in for.)
        if (_x.UnitAt(w) is null && NounPhraseEndingAt(w, s.FirstToken) is { } np && _x.TokenRange(np.Span).First is int npFirst
            && npFirst - 1 >= s.FirstToken && _x.IsVerb(npFirst - 1) && _c.AccusationWords.Contains(_x.Lower(npFirst - 1)))
            return new List<Actor> { np };
        return null;
    }

    /// <summary>The token before a name's determiner and adjectives (at most three words): where the verb taking it as object stands.</summary>
    private int ObjectVerbBefore(int nameFirst, int sentenceFirst)
    {
        int k = nameFirst - 1;
        while (k >= sentenceFirst && nameFirst - k <= 3 && _x.UnitAt(k) is null && (_x.IsDeterminer(k) || _x.Pos(k) == UniversalPos.ADJ)) k--;
        return k;
    }

    /// <summary>"The convoy came under heavy attack": the subject of an undergo cue right before the attack noun (past its modifiers).</summary>
    private Actor? UndergoingSubject(Sentence s, MentionDraft d)
    {
        int i = d.First - 1;
        while (i >= s.FirstToken && d.First - i <= 3 && _x.UnitAt(i) is null && _x.Pos(i) is UniversalPos.ADJ or UniversalPos.NOUN) i--;
        foreach (var cue in _c.TargetSubjectCues)
        {
            int start = i - cue.Length + 1;
            if (start <= s.FirstToken || _x.MatchAt(start, cue, i + 1) != i + 1) continue;
            var chain = LeftChain(start, s.FirstToken);
            if (chain.Count > 0) return chain[0];
            return NounPhraseEndingAt(start - 1, s.FirstToken);
        }
        return null;
    }

    /// <summary>
    /// The unnamed party that carried out a verb attack: the agent of a passive ("was killed on Friday by a sniper",
    /// "killed by a gunman's bullet": the possessor of the weapon) or the subject noun phrase of an active verb
    /// ("A sniper shot and killed ..."), when its head is a party noun of party-heads.txt.
    /// </summary>
    private Actor? UnnamedAgent(Sentence s, MentionDraft d, int scanEnd)
    {
        if (IsPassive(d.Anchor, s.FirstToken))
        {
            // "by" after the verb, past dates, places and adverbs but not another verb or clause break.
            int end = Math.Min(ClauseEnd(d.Last + 1, s.EndToken), d.Last + 10);
            int p = d.Last + 1;
            while (p < end && _x.Lower(p) != "by")
            {
                if (_x.TimexAt(p) is null && _x.PlaceAt(p) is null && (_x.IsVerb(p) || _x.IsQuote(p) || (_x.IsPunct(p) && _x.Lower(p) != ","))) return null;
                p++;
            }
            if (p >= end) return null;
            // "by a sniper hiding in ...": a party phrase the index already marked.
            if (_x.UnitAt(p + 1) is { IsCommonNoun: true, Actors: [var party, ..] } u && IsPartyHead(u.Last)) return party;
            if (ThingPhrase(p + 1, s.EndToken) is not { } np) return null;
            int head = np.Head;
            // "a sniper's bullet": the possessor is the agent.
            // ("a sniper hiding ...": a participle the tagger took for a noun ends the phrase after the party noun.)
            // ("by a police officer", "by a security guard": a party noun before another people noun modifies it.)
            for (int k = p + 1; k < head; k++)
                if (_x.Lower(k) is "'s" or "’s" || (IsPartyHead(k) && !IsPartyHead(k + 1) && !_c.AttackerPersonNouns.ContainsKey(_x.Lower(k + 1))))
                { head = _x.Lower(k) is "'s" or "’s" ? k - 1 : k; break; }
            if (IsPartyHead(head)) return _x.UnnamedActor(p + 1, head);
            // "stabbed by a teenager": a people noun as the agent of a passive attack verb.
            return _c.AttackerPersonNouns.TryGetValue(_x.Lower(head), out var agentKind) ? _x.UnnamedActor(p + 1, head) with { Kind = agentKind } : null;
        }
        return UnnamedSubject(s, d.First);
    }

    /// <summary>
    /// The unnamed party subject of the active verb at <paramref name="verb"/> ("A sniper shot", "gunmen who stormed",
    /// "a local man carried out"), when its head is a party noun (party-heads.txt) or a people noun
    /// (attacker-person-nouns.txt); the country of a weapon subject's demonym ("Russian missiles struck"). Null otherwise.
    /// </summary>
    private Actor? UnnamedSubject(Sentence s, int verb)
    {
        int v = verb - 1;
        while (v >= s.FirstToken && _x.IsAdverb(v)) v--;
        // "a man who they said carried out the attack": past a reporting aside after the relative pronoun.
        if (v - 2 > s.FirstToken && IsReportingVerb(v) && _x.Pos(v - 1) == UniversalPos.PRON && _x.Lower(v - 2) is "who" or "that") v -= 2;
        // "The man who hurled a grenade", "gunmen who stormed the hotel": the noun a relative pronoun stands for.
        if (v > s.FirstToken && _x.Lower(v) is "who" or "that") v--;
        // "the attackers, armed with knives, stabbed": past an aside between commas.
        if (v > s.FirstToken && _x.Lower(v) == "," && !IsPartyHead(v - 1))
        {
            int open = v - 1;
            while (open > s.FirstToken && v - open <= 10 && _x.Lower(open) != "," && !_x.IsQuote(open)) open--;
            if (open > s.FirstToken && _x.Lower(open) == "," && IsPartyHead(open - 1))
            {
                if (_x.UnitAt(open - 1) is { IsCommonNoun: true, Actors: [var party, ..] } u && u.Last == open - 1) return party;
                v = open - 1;
            }
        }
        // "A man armed with a knife attacked", "gunmen wearing police uniforms stormed": past a participle phrase that
        // follows the party noun.
        if (v >= s.FirstToken && !IsPartyHead(v) && !_c.AttackerPersonNouns.ContainsKey(_x.Lower(v)))
            for (int k = v; k - 1 >= s.FirstToken && v - k <= 6; k--)
            {
                if (_x.IsPunct(k) || _x.IsQuote(k) || (_x.UnitAt(k) is { IsCommonNoun: false })) break;
                if (_x.Pos(k) == UniversalPos.VERB && _x.Lower(k) is var w && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal))
                    && (IsPartyHead(k - 1) || _c.AttackerPersonNouns.ContainsKey(_x.Lower(k - 1))))
                {
                    v = k - 1;
                    break;
                }
            }
        if (v < s.FirstToken) return null;
        // "Russian missiles struck the city", "Israeli tank shells hit a school": a weapon subject fired by a country
        // named by the demonym before it (past at most two nouns or adjectives) was the country's attack, not the weapon's.
        if (_c.WeaponWords.Contains(_x.Lower(v)) && _x.Pos(v) == UniversalPos.NOUN && _x.UnitAt(v) is null)
        {
            for (int k = v - 1, n = 0; k >= s.FirstToken && n < 3; k--, n++)
            {
                if (DemonymActor(k) is { } country)
                    // ("DAMASCUS, Syria (AP) _ Israeli missiles struck": after a dateline's closing mark too.)
                    return k == s.FirstToken || _x.IsDeterminer(k - 1) || _x.IsPunct(k - 1) || _x.Tokens.GetKind(k - 1) == TokenKind.Symbol ? country : null;
                if (_x.Pos(k) is not (UniversalPos.NOUN or UniversalPos.ADJ) || _x.UnitAt(k) is not null) break;
            }
            return null;
        }
        // "A former patient killed Dr. Berg": a people noun as the subject of an active attack verb.
        if (!IsPartyHead(v))
            return _c.AttackerPersonNouns.TryGetValue(_x.Lower(v), out var subjectKind) && _x.UnitAt(v) is null
                && NounPhraseEndingAt(v, s.FirstToken) is { } person ? person with { Kind = subjectKind } : null;
        return NounPhraseEndingAt(v, s.FirstToken) is { } subject ? subject with { Kind = _c.PartyHeads[_x.Lower(v)] } : null;
    }

    /// <summary>
    /// "the Libyan bombing of the airliner", "Israeli air strikes", "the American-led attack on Iraq", "the NATO-led
    /// strikes": a demonym right before an attack noun (past at most two plain adjectives), or the party before "-led",
    /// carried the attack out. A verb trigger counts only as a gerund after a determiner ("The Libyan blowing up of").
    /// (A place or a country's own name before the noun, "the Istanbul bombings", "the Iraq invasion", is no attacker.)
    /// </summary>
    private Actor? ModifierAttacker(Sentence s, MentionDraft d)
    {
        int i = d.First - 1;
        if (i - 2 >= s.FirstToken && _x.Lower(i) == "led" && (_x.Lower(i - 1) is "-" or "–" || _x.Tokens.GetKind(i - 1) == TokenKind.Dash))
        {
            int k = i - 2;
            if (_x.UnitAt(k) is { Actors: [var leader, ..] } u && u.Last == k) return leader;
            return DemonymActor(k);
        }
        // "a rebel attack", "an insurgent ambush", "the army shelling of the town": an armed party's noun as the modifier.
        if (!d.AnchorIsVerb)
            for (int k = i; k >= s.FirstToken && i - k < 2 && _x.UnitAt(k) is null && _x.Pos(k) is UniversalPos.ADJ or UniversalPos.NOUN or UniversalPos.PROPN; k--)
                if (_c.AttackerModifiers.Contains(_x.Lower(k))) return _x.UnnamedActor(k, k) with { Kind = ActorKind.Group };
        for (int n = 0; i >= s.FirstToken && n < 2 && _x.Pos(i) == UniversalPos.ADJ && _x.UnitAt(i) is null && _x.PlaceAt(i) is null && DemonymActor(i) is null; n++) i--;
        // ("the NATO bombing of Belgrade": the noun's own "of"/"on"/"against" phrase names what was hit.)
        int after = d.Triggers[0].FirstToken + d.Triggers[0].TokenCount;
        bool ownTarget = !d.AnchorIsVerb && after + 1 < s.EndToken && _x.Lower(after) is "of" or "on" or "against" && _x.TimexAt(after + 1) is null;
        if (i >= s.FirstToken && NamedModifierAttacker(i, ownTarget) is { } named)
            return d.AnchorIsVerb && !(_x.UnitAt(i)!.First - 1 >= s.FirstToken && _x.IsDeterminer(_x.UnitAt(i)!.First - 1)) ? null : named;
        if (i < s.FirstToken || DemonymActor(i) is not { } demonym) return null;
        if (d.AnchorIsVerb && !(i - 1 >= s.FirstToken && _x.IsDeterminer(i - 1))) return null;
        return demonym;
    }

    /// <summary>
    /// The party that reports on itself: the subject of the reporting verb whose content opens with
    /// <paramref name="pronoun"/> ("The Red Brigade said it was responsible", "The group said in a statement that they
    /// had carried out"). Empty when no reporting verb introduces the pronoun's clause (a pronoun elsewhere may stand
    /// for any party named before).
    /// </summary>
    private List<Actor> ReportedSelf(int pronoun, Sentence s)
    {
        int k = pronoun - 1;
        if (k >= s.FirstToken && _x.Lower(k) == "that") k--;
        for (int n = 0; k >= s.FirstToken && n < 6; k--, n++)
        {
            if (IsReportingVerb(k) && _x.IsVerb(k)) return SubjectBeforeAside(k, s.FirstToken) ?? LeftChain(k, s.FirstToken);
            if (_x.IsVerb(k) || _x.IsPunct(k) || _x.IsQuote(k) || _x.UnitAt(k) is not null) break;
        }
        return new List<Actor>();
    }

    /// <summary>
    /// "the Hamas attack", "a Taliban offensive", "the U.S. missile strike": a named armed group, or a country written as
    /// an abbreviation (used as an adjective), ending at <paramref name="i"/> right before an attack noun carried it out.
    /// (A company, a place or a country's full name before the noun is more often the target: "the Pan Am bombing",
    /// "the Microsoft attack", "the Iraq invasion".) An organization is the attacker when the noun names its target
    /// itself (<paramref name="ownTarget"/>): "the NATO bombing of Belgrade", "the UN strikes on rebel positions".
    /// </summary>
    private Actor? NamedModifierAttacker(int i, bool ownTarget)
    {
        if (_x.UnitAt(i) is not { IsReference: false, IsCommonNoun: false, Actors: [var named] } u || u.Last != i) return null;
        if (named.Kind == ActorKind.Group || (named.Kind == ActorKind.Organization && ownTarget)) return named;
        return named.Kind == ActorKind.Country && u.First == u.Last && _x.SpanText(i, i) is var w && w.Length <= 5
            && (w.Contains('.') || w.All(char.IsUpper)) ? named : null;
    }

    /// <summary>The country of a demonym adjective at <paramref name="i"/> ("Libyan", "Israeli") as an actor named by that word, or null.</summary>
    private Actor? DemonymActor(int i)
    {
        if (_x.Pos(i) is not (UniversalPos.ADJ or UniversalPos.PROPN) || _x.UnitAt(i) is not null) return null;
        if (Gazetteer.Default.Find(_x.SpanText(i, i)) is not { Sense: NameSense.Demonym, CountryCode: { } code }) return null;
        // (Its canonical name is the country's, so that "Iraqi" and "Iraq" agree.)
        return _x.UnnamedActor(i, i, code) with { Kind = ActorKind.Country, Canonical = Gazetteer.Default.CountryName(code) ?? _x.SpanText(i, i) };
    }

    private bool IsPartyHead(int i) => _c.PartyHeads.TryGetValue(_x.Lower(i), out var kind) && kind is ActorKind.Person or ActorKind.Group;

    /// <summary>
    /// Attack targets as phrases: a name that modifies a noun is the noun phrase it starts ("outside the U.S. embassy" →
    /// "the U.S. embassy", not "U.S."), and the second place of a locative tail is no target ("embassies in Kenya and
    /// Tanzania": Tanzania says where, like Kenya).
    /// </summary>
    private void TidyTargets(Sentence s, MentionDraft d)
    {
        // "the killings of ethnic Albanians": the dead of a killing noun are its victims; only a named person is the target.
        int headEnd = d.Triggers[0].FirstToken + d.Triggers[0].TokenCount;
        if (!d.AnchorIsVerb && headEnd < s.EndToken && _x.Lower(headEnd) == "of" && _c.VictimOfNouns.Contains(_x.Lower(headEnd - 1)))
            d.Targets.RemoveAll(t => _x.TokenRange(t.Span) is var (f, _) && f > headEnd && f <= headEnd + 4 && !(t.Kind == ActorKind.Person && IsNamed(t)));
        for (int k = d.Targets.Count - 1; k >= 0; k--)
        {
            var a = d.Targets[k];
            var (first, last) = _x.TokenRange(a.Span);
            if (last < first || last >= s.EndToken) continue;
            // ("launched a missile into the sea", "into the Sea of Japan": where it fell, not what it hit.)
            if (((_x.PlaceAt(first) is not null || a.Kind == ActorKind.Country) && IsLocativeTail(first, s.FirstToken)) || _c.OpenWaterNouns.Contains(_x.Lower(PhraseHead(first, last))))
            {
                d.Targets.RemoveAt(k);
                continue;
            }
            // "A convoy carrying aid workers was attacked": the people a participle's object names ride in the subject's head,
            // which was hit; the target is the whole phrase.
            if (last < d.First && first - 2 >= s.FirstToken && _x.Pos(first - 1) == UniversalPos.VERB && _x.Lower(first - 1).EndsWith("ing", StringComparison.Ordinal)
                && _x.Pos(first - 2) == UniversalPos.NOUN && !_x.IsVerb(first - 2)
                && (_x.UnitAt(first - 2) is { } carrier ? carrier.First : NounPhraseEndingAt(first - 2, s.FirstToken) is { } np ? _x.TokenRange(np.Span).First : -1) is int carrierStart and >= 0)
            {
                d.Targets[k] = _x.UnnamedActor(carrierStart, last, a.CountryCode);
                continue;
            }
            int next = last + 1;
            // "attacked the ministry's servers": the possessed thing is the target, not its owner.
            if (next + 1 < s.EndToken && _x.Lower(next) is "'s" or "’s" && _x.Pos(next + 1) is UniversalPos.NOUN or UniversalPos.ADJ
                && _x.UnitAt(next + 1) is null && _x.PlaceAt(next + 1) is null && _x.TimexAt(next + 1) is null)
            {
                int head = next + 1;
                while (head + 1 < s.EndToken && head - next < 4 && _x.Pos(head + 1) is UniversalPos.NOUN && _x.UnitAt(head + 1) is null && _x.PlaceAt(head + 1) is null) head++;
                // (Not over the trigger itself: in "Anna Berg's shooting" the owner is the victim.)
                if (_x.Pos(head) == UniversalPos.NOUN && !_c.CasualtyWords.ContainsKey(_x.Lower(head)) && !(d.First >= next + 1 && d.First <= head))
                {
                    d.Targets[k] = _x.UnnamedActor(first, head, a.CountryCode);
                    continue;
                }
            }
            // ("raided the Jenin refugee camp": so does another name before a noun; "bombed Taliban positions", "a Hezbollah
            // stronghold": a named group's too, whose place or men were hit.)
            if ((a.Kind is ActorKind.Country or ActorKind.Organization || (a.Kind is ActorKind.Other or ActorKind.Group && IsNamed(a)))
                && next < s.EndToken && _x.UnitAt(next) is null
                && _x.Pos(next) == UniversalPos.NOUN && _x.TimexAt(next) is null && _x.PlaceAt(next) is null && !_c.CasualtyWords.ContainsKey(_x.Lower(next)))
            {
                int head = next;
                while (head + 1 < s.EndToken && head - next < 3 && _x.Pos(head + 1) == UniversalPos.NOUN && _x.UnitAt(head + 1) is null && _x.PlaceAt(head + 1) is null) head++;
                int start = first - 1 >= s.FirstToken && _x.IsDeterminer(first - 1) ? first - 1 : first;
                d.Targets[k] = _x.UnnamedActor(start, head, a.CountryCode);
            }
        }
    }

    /// <summary>
    /// Attackers with the country they come from: "Troops from Ethiopia" (an unnamed party followed by "from"/"of" and a
    /// country) and "Forces of Syria" (a country after such a party noun) become the whole phrase, kind Group, with the
    /// country's code.
    /// </summary>
    private void TidyAttackers(Sentence s, MentionDraft d)
    {
        // "No group has claimed responsibility for the bombing": a party denied by "no" did not do it.
        d.Attackers.RemoveAll(a => _x.TokenRange(a.Span) is var (f, l) && f <= l && f >= s.FirstToken && f < s.EndToken && _x.Lower(f) is "no" or "none" or "nobody" or "neither");
        // "Rockets hit a market", "two Exocets ripped the ship" (capitalized words the recognizer took for names): a weapon
        // is fired by someone; it is no attacker.
        d.Attackers.RemoveAll(a => a.Kind != ActorKind.Person && _x.TokenRange(a.Span) is var (f, l) && f <= l && l < _x.Tokens.Count && _c.WeaponWords.Contains(_x.Lower(l)));
        if (CollectiveSubject(s, d) is { } whole)
        {
            d.Attackers.RemoveAll(a => a.Span.Overlaps(whole.Span));
            d.Attackers.Insert(0, whole);
        }
        for (int k = 0; k < d.Attackers.Count; k++)
        {
            var a = d.Attackers[k];
            var (first, last) = _x.TokenRange(a.Span);
            if (last < first || last >= s.EndToken || first < s.FirstToken) continue;
            if (a.CountryCode is null && IsPartyHead(last) && last + 2 < s.EndToken && _x.Lower(last + 1) is "from" or "of"
                && CountryAt(last + 2) is var (code, countryLast))
            {
                var span = _x.Span(first, countryLast);
                string text = span.GetText(_x.Text);
                d.Attackers[k] = new Actor(text, span, ActorKind.Group, code, text, a.Confidence);
            }
            else if (a.Kind == ActorKind.Country && first - 2 >= s.FirstToken && _x.Lower(first - 1) is "from" or "of" && IsPartyHead(first - 2)
                     && _x.UnitAt(first - 2) is null && NounPhraseEndingAt(first - 2, s.FirstToken) is { } party)
            {
                var (partyFirst, _) = _x.TokenRange(party.Span);
                var span = _x.Span(partyFirst, last);
                string text = span.GetText(_x.Text);
                d.Attackers[k] = new Actor(text, span, ActorKind.Group, a.CountryCode, text, a.Confidence);
            }
        }
    }

    /// <summary>
    /// "A bunch of masked men attacked the mosque", "A group of armed men stormed the bank": a head that gathers people
    /// into one body (collective-people-heads.txt) with an "of" phrase naming people, right
    /// before an active attack verb, is the attacker as a whole (kind Group), not the people after "of" alone, which the
    /// subject reading skips as a prepositional object, nor the head alone ("A group"). Null otherwise.
    /// </summary>
    private Actor? CollectiveSubject(Sentence s, MentionDraft d)
    {
        if (!d.AnchorIsVerb || IsPassive(d.Anchor, s.FirstToken)) return null;
        int last = StepLeftPast(d.First - 1, s.FirstToken, PreVerbWords.Adverbs | PreVerbWords.Auxiliaries);
        if (last < s.FirstToken) return null;
        int peopleFirst;
        if (_x.UnitAt(last) is { Actors.Count: > 0 } u && u.Last == last && u.Actors[0].Kind is ActorKind.Person or ActorKind.Group) peopleFirst = u.First;
        else if (LooksLikePersonNoun(last) && NounPhraseEndingAt(last, s.FirstToken) is { } np) peopleFirst = _x.TokenRange(np.Span).First;
        else return null;
        int head = peopleFirst - 2;
        if (head < s.FirstToken || _x.Lower(peopleFirst - 1) != "of" || !_c.CollectivePeopleHeads.Contains(_x.Lower(head))) return null;
        int first = head;
        if (_x.UnitAt(head) is { } headUnit && headUnit.Last == head) first = headUnit.First;
        else
            while (first - 1 >= s.FirstToken && _x.UnitAt(first - 1) is null && (_x.IsDeterminer(first - 1) || _x.Pos(first - 1) is UniversalPos.ADJ or UniversalPos.NUM)) first--;
        return _x.UnnamedActor(first, last) with { Kind = ActorKind.Group };
    }

    /// <summary>The country code and last token of a country named at <paramref name="i"/> (as an actor or a place), or null.</summary>
    private (string Code, int Last)? CountryAt(int i)
    {
        if (_x.UnitAt(i) is { Actors: [{ Kind: ActorKind.Country, CountryCode: { } code }, ..] } u && u.First == i) return (code, u.Last);
        if (_x.PlaceAt(i) is { IsCountry: true, CountryCode: { } placeCode } place)
        {
            var (_, last) = _x.TokenRange(place.Span);
            return (placeCode, last);
        }
        return null;
    }

    /// <summary>True when the place at <paramref name="first"/> follows "in/at &lt;place&gt; and" or "in/at &lt;place&gt;,".</summary>
    private bool IsLocativeTail(int first, int sentenceFirst)
    {
        int i = first - 1;
        if (i < sentenceFirst || _x.Lower(i) is not ("and" or ",")) return false;
        i--;
        bool place = false;
        while (i >= sentenceFirst && (_x.PlaceAt(i) is not null || _x.UnitAt(i) is { Actors: [{ Kind: ActorKind.Country }, ..] } || _x.Lower(i) == ","))
        {
            place |= _x.Lower(i) != ",";
            i--;
        }
        return place && i >= sentenceFirst && _x.Lower(i) is "in" or "at" or "near";
    }

    /// <summary>"the killings of villagers by militia fighters", "two killings blamed on the IRA": an agent cue after an attack noun, within its clause.</summary>
    private void ReadAttackerAfter(Sentence s, MentionDraft d)
    {
        // (From the attack noun itself, not from a casualty verb it absorbed: "the bombing of the embassy by
        // separatists killed four".)
        int headEnd = d.Triggers[0].FirstToken + d.Triggers[0].TokenCount;
        // ("condemned the killings, which they say were carried out by soldiers": a relative clause on the noun, past a
        // reporting aside of its own.)
        if (headEnd + 2 < s.EndToken && _x.Lower(headEnd) == "," && _x.Lower(headEnd + 1) == "which")
        {
            headEnd += 2;
            if (headEnd + 1 < s.EndToken && (_x.Pos(headEnd) == UniversalPos.PRON || _x.UnitAt(headEnd) is not null))
            {
                int v = _x.UnitAt(headEnd) is { } u ? u.Last + 1 : headEnd + 1;
                if (v < s.EndToken && IsReportingVerb(v)) headEnd = v + 1;
            }
        }
        // ("the murders of hundreds of civilians in one village or another by other Algerians": up to a dozen words on.)
        int end = Math.Min(ClauseEnd(headEnd, s.EndToken), headEnd + 12);
        bool predicate = false; // past an auxiliary: the words after it say what the attack is or undergoes
        for (int p = headEnd; p < end; p++)
        {
            if (_x.IsPunct(p) || _x.IsQuote(p)) return;
            foreach (var cue in _c.AttackerCuesAfter)
            {
                int after = _x.MatchAt(p, cue, end);
                if (after < 0) continue;
                // ("The bombing is under investigation by the police": past the auxiliary, a bare "by" after a noun is
                // that noun's agent, not the attack's.)
                if (predicate && cue is ["by"] && _x.Pos(p - 1) is UniversalPos.NOUN or UniversalPos.PROPN) return;
                // (Up to a comma: "by a separatist faction, officials said".)
                var (chain, _) = RightChain(after, CommaAfter(after, s.EndToken), allowPrepositionStart: true);
                foreach (var a in chain) MentionDraft.AddActor(d.Attackers, a);
                return;
            }
            // Another verb starts another predication ("killings were condemned by X"); an auxiliary may lead to a cue
            // ("the attack on the convoy was carried out by X").
            if (_x.Pos(p) == UniversalPos.VERB) return;
            predicate |= _x.Pos(p) == UniversalPos.AUX;
        }
    }

    private int CommaAfter(int from, int end)
    {
        for (int k = from; k < end; k++)
            if (_x.Lower(k) is "," or ";") return k;
        return end;
    }

    /// <summary>"Police blamed the killings on a drug cartel": the party after "on" is the attacker of the blamed attack noun.</summary>
    private void ReadBlamedAttacker(Sentence s, MentionDraft d, int governing)
    {
        // "The attack, blamed by British officials on a ransomware gang, …": a blame participle after the noun and a comma,
        // its "on" past the "by" phrase.
        // (The blamed party replaces a guess from the "by" phrase or the clause. The noun is the mention's first trigger: a
        // casualty verb after the aside may have joined it.)
        int comma = d.Triggers[0].FirstToken + d.Triggers[0].TokenCount;
        if (comma + 2 < s.EndToken && _x.Lower(comma) == "," && _c.BlameVerbs.Contains(_x.Lower(comma + 1)) && !_x.IsVerb(d.Triggers[0].FirstToken))
        {
            int end = CommaAfter(comma + 2, s.EndToken);
            for (int k = comma + 2; k < end; k++)
                if (_x.Lower(k) == "on")
                {
                    var (blamed, _) = RightChain(k + 1, end, allowPrepositionStart: true);
                    if (blamed.Count == 0) return;
                    d.Attackers.Clear();
                    TakeBlamedParties(d, blamed);
                    return;
                }
            return;
        }
        if (governing < 0 || !_c.BlameVerbs.Contains(_x.Lower(governing))) return;
        int on = d.Last + 1;
        if (on >= s.EndToken || _x.Lower(on) != "on") return;
        var (chain, _) = RightChain(on + 1, CommaAfter(on + 1, s.EndToken), allowPrepositionStart: true);
        if (chain.Count > 0) TakeBlamedParties(d, chain);
    }

    /// <summary>
    /// The parties an attack is blamed on are its attackers, and no longer its targets; nor is the phrase set off by a
    /// comma right after one ("blamed the ambush on the ADF, an Islamist militia": it describes the blamed party).
    /// </summary>
    private void TakeBlamedParties(MentionDraft d, List<Actor> blamed)
    {
        d.Targets.RemoveAll(t => blamed.Exists(a => a.Span.Overlaps(t.Span) || IsCommaAppositive(a, t)));
        foreach (var a in blamed) MentionDraft.AddActor(d.Attackers, a);
    }

    /// <summary>True when <paramref name="after"/> starts right after a comma that follows <paramref name="party"/>.</summary>
    private bool IsCommaAppositive(Actor party, Actor after)
    {
        int comma = _x.TokenRange(party.Span).Last + 1;
        return comma < _x.Tokens.Count && _x.Lower(comma) == "," && _x.TokenRange(after.Span).First == comma + 1;
    }

    /// <summary>Coordinated thing phrases from <paramref name="start"/> ("suspected rebel bases in the hills and a fuel depot on the coast").</summary>
    private void ReadThingList(int start, int end, List<Actor> into)
    {
        int i = start;
        for (int n = 0; n < 3; n++)
        {
            var (chain, chainEnd) = RightChain(i, end, allowPrepositionStart: true);
            int next;
            // ("outside the U.S. embassy": a name right after the phrase's determiner opens it too.)
            // ("rebel-held areas": a name joined by an inner hyphen to the next word only modifies the phrase.)
            if (chain.Count > 0 && !EndsInHyphenedModifier(chainEnd, end) && (chain[0].Span.Start == _x.Tokens.GetSpan(i).Start
                                    || (i + 1 < end && _x.IsDeterminer(i) && chain[0].Span.Start == _x.Tokens.GetSpan(i + 1).Start)))
            {
                foreach (var a in chain) MentionDraft.AddActor(into, a);
                next = chainEnd;
            }
            else if (ThingPhrase(i, end) is { } np)
            {
                MentionDraft.AddActor(into, _x.UnnamedActor(i, np.Head, _x.PlaceAt(i)?.CountryCode));
                next = np.Head + 1;
            }
            else return;
            // Skip a locative tail ("in Afghanistan"), then continue after "and".
            if (next < end && _x.Lower(next) is "in" or "at" && next + 1 < end && _x.PlaceAt(next + 1) is not null)
            {
                // "in Kenya and Tanzania", "in Nairobi, Kenya": the places of one phrase.
                next++;
                while (next < end && (_x.PlaceAt(next) is not null || (_x.Lower(next) is "," or "and" && next + 1 < end && _x.PlaceAt(next + 1) is not null))) next++;
            }
            if (next < end && _x.Lower(next) == "and") i = next + 1;
            else return;
        }
    }

    /// <summary>The head of the phrase [<paramref name="first"/>, <paramref name="last"/>]: the word before its first "of" ("Sea of Japan"), else its last.</summary>
    private int PhraseHead(int first, int last)
    {
        for (int k = first + 1; k <= last; k++)
            if (_x.Lower(k) == "of") return k - 1;
        return last;
    }

    /// <summary>An inner hyphen of a compound that opens with a number at or after <paramref name="start"/> ("6-year-old", "10-mile").</summary>
    private bool IsNumberCompoundHyphen(int i, int start) =>
        IsInnerHyphen(i) && (_x.Pos(i - 1) == UniversalPos.NUM || (i - 3 >= start && IsInnerHyphen(i - 2) && _x.Pos(i - 3) == UniversalPos.NUM));

    /// <summary>A noun phrase of at most eight tokens from <paramref name="start"/> ending in a noun (its head), or null.</summary>
    private (int Head, int Dummy)? ThingPhrase(int start, int end)
    {
        int head = -1;
        for (int i = start; i < end && i - start < 8; i++)
        {
            // "his 6-year-old son": the hyphens of an age or size compound, which the tokenizer split, are no clause dash.
            if (i > start && IsNumberCompoundHyphen(i, start)) continue;
            if (_x.TimexAt(i) is not null || _x.IsBoundary(i)) break;
            var pos = _x.Pos(i);
            if (pos is UniversalPos.NOUN or UniversalPos.PROPN && _x.PlaceAt(i) is null && _x.UnitAt(i) is null) { head = i; continue; }
            // "alleged terrorist camps": a participle before the head modifies it.
            if (head < 0 && pos == UniversalPos.VERB && i + 1 < end && _x.Pos(i + 1) is UniversalPos.ADJ or UniversalPos.NOUN
                && (_x.Lower(i).EndsWith("ed", StringComparison.Ordinal) || _x.Lower(i).EndsWith("ing", StringComparison.Ordinal))) continue;
            // "an army patrol 20 miles south of Mosul": a distance after the head says where the object was.
            if (head >= 0 && i + 1 < end && _x.TryNumber(i, out _) && _c.DistanceUnits.Contains(_x.Lower(i + 1))) break;
            if (_x.IsDeterminer(i) || pos is UniversalPos.ADJ or UniversalPos.NUM || _x.PlaceAt(i) is not null || _x.UnitAt(i) is not null) { if (head >= 0 && pos is UniversalPos.DET) break; continue; }
            // "a rocket-launching cell", "rebel-held areas": a word joined by an inner hyphen to the word after it is a
            // modifier of the noun that follows (the hyphen and that word are part of it), not the head.
            if (i > start && IsInnerHyphen(i) && i + 1 < end && _x.Tokens.GetKind(i + 1) == TokenKind.Word)
            {
                i++;
                if (_x.Pos(i) is UniversalPos.NOUN or UniversalPos.PROPN && _x.PlaceAt(i) is null && _x.UnitAt(i) is null) head = i;
                continue;
            }
            if (_x.Tokens.GetKind(i) == TokenKind.Dash && head >= 0) continue;
            // "dozens of villagers", "hundreds of civilians": a plural number word is the count of the noun after its "of".
            if (head == i - 1 && head == start && _x.Lower(i) == "of" && i + 1 < end && DocumentIndex.LooksPlural(_x.Lower(head))
                && _c.NumberWords.ContainsKey(_x.Lower(head))) { head = -1; continue; }
            // "the city's health service", "the town's main market": a common noun's possessive opens the phrase of the thing it owns.
            if (head >= 0 && _x.Pos(head) == UniversalPos.NOUN && _x.Lower(i) is "'s" or "’s" && i + 1 < end && _x.Pos(i + 1) is UniversalPos.NOUN or UniversalPos.ADJ) continue;
            // "an off-duty officer", "a so-called militia": the first word of a hyphenated modifier, joined to its dash.
            if (head < 0 && i + 2 < end && _x.Lower(i + 1) == "-" && _x.Tokens.GetSpan(i).End == _x.Tokens.GetSpan(i + 1).Start
                && _x.Tokens.GetSpan(i + 1).End == _x.Tokens.GetSpan(i + 2).Start && _x.Tokens.GetKind(i) == TokenKind.Word) { i++; continue; }
            // "two predominantly Protestant towns": an adverb on a modifier before the head.
            if (head < 0 && _x.IsAdverb(i) && i + 1 < end && _x.Pos(i + 1) == UniversalPos.ADJ) continue;
            // "a Birmingham, Ala., abortion clinic": the comma of a place named with its state before the head.
            if (head < 0 && _x.Lower(i) == "," && i > start && _x.PlaceAt(i - 1) is not null && i + 1 < end
                && (_x.PlaceAt(i + 1) is not null || (i - 2 >= start && _x.Lower(i - 2) == ","))) continue;
            break;
        }
        return head >= 0 ? (head, 0) : null;
    }

    /// <summary>
    /// "Militants killed 20 soldiers in an attack on a base": the subject of an active casualty verb that the attack noun
    /// after it absorbed, when the verb has an object of its own; null otherwise ("20 soldiers killed in an attack" is a
    /// reduced passive, whose subject is the dead).
    /// </summary>
    private List<Actor>? CasualtyVerbSubject(Sentence s, MentionDraft d)
    {
        foreach (var t in d.Triggers)
        {
            int verb = t.FirstToken;
            if (t.TokenCount != 1 || verb >= d.Anchor || !_x.IsVerb(verb) || !HasCasualtyWord(t) || IsPassive(verb, s.FirstToken)) continue;
            int o = verb + 1;
            bool hasObject = o < s.EndToken && (_x.Pos(o) is UniversalPos.NUM or UniversalPos.DET or UniversalPos.NOUN or UniversalPos.PROPN || _x.TryNumber(o, out _)
                || (_x.Lower(o) is "at" or "about" or "nearly" or "almost" or "some" or "around" or "roughly" or "over" or "more" or "up" && o + 1 < s.EndToken
                    && (_x.Pos(o + 1) is UniversalPos.NUM or UniversalPos.DET || _x.Lower(o + 1) is "least" or "than" or "to")));
            if (!hasObject) continue;
            var subject = SubjectBeforeAside(verb, s.FirstToken) ?? LeftChain(verb, s.FirstToken);
            // ("The Taliban said they had killed 15 soldiers in an ambush": a pronoun subject stands for the party reporting it.)
            if (subject.Count == 0 && SubjectPronoun(verb, s.FirstToken) is int pronoun) subject = ReportedSelf(pronoun, s);
            if (subject.Count > 0) return subject;
        }
        return null;
    }

    /// <summary>
    /// "kidnapped and killed a driver", "an engineer kidnapped and presumed killed by rebels": a kidnapping and a killing
    /// joined by "and" are two attacks (abduction-words.txt) with one doer and one victim; each lends the other the
    /// attackers and targets it lacks.
    /// </summary>
    public void ShareCoordinatedAttackParties(Sentence s, List<MentionDraft> drafts)
    {
        for (int k = 0; k + 1 < drafts.Count; k++)
        {
            var a = drafts[k];
            var b = drafts[k + 1];
            if (a.Type != EventType.Attack || b.Type != EventType.Attack) continue;
            if ((IsAbductionDraft(a) || IsAbductionDraft(b)) && ShareWithPronounVictim(a, b)) continue;
            if (!(IsAbductionDraft(a) && IsCasualtyDraft(b)) && !(IsCasualtyDraft(a) && IsAbductionDraft(b))) continue;
            int i = a.Last + 1;
            if (i >= b.First || _x.Lower(i) != "and") continue;
            // ("kidnapped and presumed killed", "abducted and later shot dead": a word or two between.)
            if (b.First - i > 3) continue;
            bool clause = false;
            for (int j = i + 1; j < b.First; j++) clause |= _x.IsPunct(j) || _x.UnitAt(j) is not null;
            if (clause) continue;
            Share(a.Attackers, b.Attackers);
            Share(a.Targets, b.Targets);
        }

        static void Share(List<Actor> x, List<Actor> y)
        {
            if (x.Count == 0) foreach (var actor in y) MentionDraft.AddActor(x, actor);
            else if (y.Count == 0) foreach (var actor in x) MentionDraft.AddActor(y, actor);
        }
    }

    /// <summary>
    /// "Guerrillas killed a party member after kidnapping him in Mosul", "Gunmen abducted a politician and shot him dead in
    /// Kirkuk": a kidnapping and another act kept apart from it, where the second act's pronoun object ("him", "her", "them") is the first act's victim, and both acts befell
    /// that victim in one place, so each lends the other the targets and the place it lacks. The two verbs are joined by
    /// "and", "after" or "before" (an adverb such as "later" may follow), with only the first act's object between.
    /// </summary>
    private bool ShareWithPronounVictim(MentionDraft a, MentionDraft b)
    {
        if (!a.AnchorIsVerb || !b.AnchorIsVerb || a.Targets.Count == 0 || b.Targets.Count > 0) return false;
        int pronoun = b.First + 1;
        if (pronoun >= _x.Tokens.Count || _x.Lower(pronoun) is not ("him" or "her" or "them")) return false;
        int link = StepLeftPast(b.First - 1, a.Last + 1, PreVerbWords.Adverbs);
        if (link <= a.Last || _x.Lower(link) is not ("and" or "after" or "before")) return false;
        // (Not across a clause: "kidnapped a driver, police said, and shot him" has a verb of its own between.)
        for (int j = a.Last + 1; j < link; j++)
            if (_x.IsVerb(j) || _x.IsBoundary(j) || (_x.IsPunct(j) && _x.Lower(j) != ",")) return false;
        foreach (var actor in a.Targets) MentionDraft.AddActor(b.Targets, actor);
        if (a.Location is null) a.Location = b.Location;
        else b.Location ??= a.Location;
        return true;
    }
}
