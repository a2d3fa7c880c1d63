using EventExtract.Places;
using EventExtract.Tagging;
using EventExtract.Text;

namespace EventExtract.Events.Arguments;

// Killed, injured and single victims.
internal sealed partial class ArgumentReader
{
    /// <summary>Reads casualty counts ("left 12 people dead", "killing three", "wounded dozens") into the nearest attack mention.</summary>
    public void AssignCasualties(Sentence s, List<MentionDraft> drafts)
    {
        int attackCount = 0;
        foreach (var d in drafts) if (d.Type == EventType.Attack) attackCount++;
        if (attackCount == 0) return;
        var attacks = new List<MentionDraft>(attackCount);
        foreach (var d in drafts) if (d.Type == EventType.Attack) attacks.Add(d);
        for (int c = s.FirstToken; c < s.EndToken; c++)
        {
            if (!_c.CasualtyWords.TryGetValue(_x.Lower(c), out var cw)) continue;
            if (_x.TimexAt(c) is not null) continue;
            var (value, numFirst, numLast) = FindCount(s, c, cw.Side);
            if (value is null) continue;
            var owner = CoveringOrNearest(attacks, c);
            // ("A judge was killed along with his driver", "A police officer was shot dead with his son": the person hit with
            // the counted subject counts too.)
            if (numFirst < c && (HitAlongWith(s, c) || (_x.Lower(c) == "dead" && c - 1 > numFirst && HitAlongWith(s, c - 1)))) value++;
            if (cw.Kind == CasualtyKind.Killed) owner.Killed ??= value;
            else owner.Injured ??= value;
            // The victims: the counted phrase ("12 people", "three policemen").
            int vFirst = numFirst, vLast = numLast;
            if (numFirst > c)
            {
                while (vLast + 1 < s.EndToken && _x.UnitAt(vLast + 1) is null && !_x.IsPunct(vLast + 1) && !_x.IsVerb(vLast + 1) && !_x.IsPreposition(vLast + 1) && !_x.IsBoundary(vLast + 1) && vLast - numFirst < 4 && (_x.Pos(vLast + 1) is UniversalPos.NOUN or UniversalPos.ADJ or UniversalPos.PROPN || !_x.HasPos)) vLast++;
            }
            else
            {
                while (vLast + 1 < c && !_x.IsVerb(vLast + 1) && !_x.IsPunct(vLast + 1)) vLast++;
            }
            if (vLast > numLast || !_c.CountQualifiers.Contains(_x.Lower(numFirst)))
            {
                string phrase = _x.SpanText(numFirst, vLast);
                if (!owner.Victims.Contains(phrase) && vLast > numLast) owner.Victims.Add(phrase);
            }
            // "..., of which a U.S. soldier", "including two children".
            for (int p = Math.Max(c, numLast) + 1; p < s.EndToken; p++)
            {
                foreach (var cue in _c.VictimCues)
                {
                    int end = _x.MatchAt(p, cue, s.EndToken);
                    if (end < 0) continue;
                    int e = end;
                    while (e < s.EndToken && !_x.IsBoundary(e) && !(_x.IsPunct(e) && _x.Lower(e) != "." ) && !_x.IsVerb(e)) e++;
                    // Keep the abbreviation's own period ("U.S.") but not the sentence's.
                    string? v = e > end ? TextBetween(end, e) : null;
                    if (!string.IsNullOrEmpty(v) && !owner.Victims.Contains(v)) owner.Victims.Add(v);
                    p = s.EndToken;
                    break;
                }
            }
        }
        AssignSingleVictims(s, attacks);
    }

    /// <summary>
    /// "By Wednesday the death toll had climbed to 13", "The toll stood at 31", "raising the death toll to 12": the count a
    /// toll noun and a toll verb (death-toll-updates.txt) give after "to" or "at", or null.
    /// </summary>
    public int? TollUpdate(Sentence s)
    {
        for (int t = s.FirstToken; t < s.EndToken; t++)
        {
            if (!_c.TollNouns.Contains(_x.Lower(t)) || _x.Pos(t) is UniversalPos.VERB) continue;
            bool verb = false;
            for (int v = Math.Max(s.FirstToken, t - 4); v < t; v++) if (_c.TollVerbs.Contains(_x.Lower(v))) verb = true;
            for (int k = t + 1; k < s.EndToken && k <= t + 5; k++)
            {
                string w = _x.Lower(k);
                if (_c.TollVerbs.Contains(w)) { verb = true; continue; }
                if (w is not ("to" or "at")) { if (_x.IsPunct(k) || _x.IsBoundary(k)) break; continue; }
                if (!verb) break;
                int i = k + 1, n = 0;
                while (i < s.EndToken && n < 4 && _c.CountQualifiers.Contains(_x.Lower(i)) && ReadNumber(i, s.EndToken) is null) { i++; n++; }
                if (i < s.EndToken && _x.TimexAt(i) is null && _x.Lower(i) is not ("a" or "an") && ReadNumber(i, s.EndToken) is { } num
                    && !(num.Last + 1 < s.EndToken && _x.Lower(num.Last + 1) is "percent" or "%")) return num.Value;
                break;
            }
        }
        return null;
    }

    /// <summary>
    /// "Smith was killed", "he was gunned down", "the slaying of Dr. Smith", "Smith's murder", "maimed a nurse": a death or
    /// injury word (single-victim-words.txt) of an attack mention whose victim is one person counts one when the
    /// sentence gave no number for it.
    /// </summary>
    private void AssignSingleVictims(Sentence s, List<MentionDraft> attacks)
    {
        foreach (var d in attacks)
            foreach (var t in d.Triggers)
                for (int c = t.FirstToken; c < t.FirstToken + t.TokenCount; c++)
                {
                    string w = _x.Lower(c);
                    // "two killings", "three murders": a count before a plural death noun counts the dead.
                    if (!_x.IsVerb(c) && DocumentIndex.LooksPlural(w) && d.Killed is null && _c.SingleVictimWords.TryGetValue(w[..^1], out var plural)
                        && plural == CasualtyKind.Killed && c - 1 >= s.FirstToken && ReadNumber(c - 1, c) is { Value: > 1 } n && _x.Lower(c - 1) is not ("a" or "an"))
                    {
                        d.Killed = n.Value;
                        continue;
                    }
                    // "the killings of 12 villagers", "the murders of at least 30 civilians": a plural killing noun (victim-of-nouns.txt)
                    // counts the dead of its "of" phrase.
                    if (!_x.IsVerb(c) && d.Killed is null && DocumentIndex.LooksPlural(w) && _c.VictimOfNouns.Contains(w) && c + 2 < s.EndToken
                        && _x.Lower(c + 1) == "of" && FindCount(s, c, CountSide.Right) is { Value: int dead })
                    {
                        d.Killed = dead;
                        continue;
                    }
                    // "was shot dead", "was stabbed to death": a verb of attack whose result is death kills its one victim.
                    bool fatal = _x.IsVerb(c) && EndsInDeath(s, c);
                    if (!_c.SingleVictimWords.TryGetValue(w, out var kind) && !fatal) continue;
                    if (fatal) kind = CasualtyKind.Killed;
                    if ((kind == CasualtyKind.Killed ? d.Killed : d.Injured) is not null) continue;
                    if (c > s.FirstToken && _x.Lower(c - 1) is "attempted" or "attempt") continue;
                    int hit;
                    if (HasSingleVictim(s, c)) hit = 1 + (HitAlongWith(s, c) ? 1 : 0);
                    else if (!IsPassive(c, s.FirstToken) && CoordinatedVictims(s, EndsInDeath(s, c) || (c + 1 < s.EndToken && _x.Lower(c + 1) == "down") ? c + 2 : c + 1) is { } together) hit = together.Count;
                    else continue;
                    if (kind == CasualtyKind.Killed) d.Killed = hit;
                    else d.Injured = hit;
                }
    }

    /// <summary>
    /// True when one more person was hit with the victim of the passive casualty verb at <paramref name="c"/> ("was shot
    /// dead with his driver", "was killed along with her husband"); see <see cref="ReadComitativeVictims"/>.
    /// </summary>
    private bool HitAlongWith(Sentence s, int c)
    {
        if (!IsPassive(c, s.FirstToken)) return false;
        int p = c + 1;
        if (p < s.EndToken && _x.Lower(p) == "dead") p++;
        else if (p + 1 < s.EndToken && _x.Lower(p) == "to" && _x.Lower(p + 1) == "death") p += 2;
        return PersonAlongWith(s, p) is { } with && IsSingularHead(s, with.Head);
    }

    /// <summary>"with his driver", "along with her husband" at <paramref name="p"/>: the person named by the tie, and the phrase's head; else null.</summary>
    private (Actor Victim, int Head)? PersonAlongWith(Sentence s, int p)
    {
        if (p < s.EndToken && _x.Lower(p) == "along") p++;
        return p < s.EndToken && _x.Lower(p) == "with" ? PossessedPerson(s, p + 1) : null;
    }

    /// <summary>True when "dead" or "to death" follows the verb at <paramref name="c"/> ("shot dead", "beaten to death").</summary>
    private bool EndsInDeath(Sentence s, int c) =>
        (c + 1 < s.EndToken && _x.Lower(c + 1) == "dead")
        || (c + 2 < s.EndToken && _x.Lower(c + 1) == "to" && _x.Lower(c + 2) == "death");

    /// <summary>True when the victim of the casualty word at <paramref name="c"/> is one person.</summary>
    private bool HasSingleVictim(Sentence s, int c)
    {
        bool IsPerson(int i) => i >= s.FirstToken && i < s.EndToken && _x.UnitAt(i) is { IsCommonNoun: false, Actors: [{ Kind: ActorKind.Person }, ..] } u
            && !(u.Last + 1 < s.EndToken && _x.Lower(u.Last + 1) == "and") && !(u.First - 1 >= s.FirstToken && _x.Lower(u.First - 1) == "and");
        // "the slaying of Dr. Smith", "Smith's murder" (whatever the tagger made of an -ing noun); "the killing of a doctor".
        if (c + 2 < s.EndToken && _x.Lower(c + 1) == "of" && (IsPerson(c + 2) || (_x.Tokens.GetKind(c + 2) == TokenKind.Abbreviation && IsPerson(c + 3))
            || (!_x.IsVerb(c) && _x.Lower(c + 2) is "a" or "an" or "the" && IsSingularNounPhrase(s, c + 2)))) return true;
        if (c - 2 >= s.FirstToken && _x.Lower(c - 1) is "'s" or "’s" && IsPerson(c - 2)) return true;
        if (IsPassive(c, s.FirstToken))
        {
            // "Smith was killed", "he was gunned down", "who was wounded" (after a person).
            int i = c - 1;
            while (i >= s.FirstToken && (_x.IsAdverb(i) || _x.Pos(i) == UniversalPos.AUX || _x.Lower(i) is "was" or "is" or "been" or "has" or "had")) i--;
            if (i < s.FirstToken) return false;
            string w = _x.Lower(i);
            if (w is "he" or "she") return true;
            // ("A farmer, Ann Cole, was shot dead", "the nun, Margaret Pahl, 71, was strangled": a subject in apposition,
            // an age after it.)
            if (w is "," && _x.Lower(c - 1) is "was" or "is")
            {
                int k = i - 1;
                if (k - 1 >= s.FirstToken && _x.Pos(k) == UniversalPos.NUM && _x.Lower(k - 1) == ",") k -= 2;
                return IsPerson(k) || EndsSingularNounPhrase(s, k);
            }
            if (w is "who" && i - 1 >= s.FirstToken && _x.Lower(i - 1) == ",") return IsPerson(i - 2) || EndsSingularNounPhrase(s, i - 2);
            // ("A nurse who was critically injured in the bombing": a restrictive relative after one common noun.)
            if (w is "who") return EndsSingularNounPhrase(s, i - 1);
            // ("The judge was murdered", "a shop owner was killed": one common noun as the subject.)
            // ("The mayor of Uruapan was shot dead", "a member of the ruling party was killed": the head before its "of" phrase.)
            return (IsPerson(i) || EndsSingularNounPhrase(s, i) || EndsSingularNounPhrase(s, OfPhraseHolder(s, i))) && _x.Lower(c - 1) is "was" or "is";
        }
        // "killed Smith", "killed an off-duty officer" (the count rule reads "a soldier" after the word directly);
        // whatever the tagger made of the word in a relative clause ("a bank that killed ...").
        int o = c + 1;
        if (o < s.EndToken && _x.Lower(o) is "down" or "dead") o++;
        // ("gunning down Dr. Smith": a title before the name.)
        if (IsPerson(o) || (o < s.EndToken && _x.Tokens.GetKind(o) == TokenKind.Abbreviation && IsPerson(o + 1))) return true;
        return o < s.EndToken && _x.Lower(o) is "a" or "an" && IsSingularNounPhrase(s, o);
    }

    /// <summary>
    /// "a teacher", "an off-duty policeman", "a member of the ruling party" right at <paramref name="start"/> (the object of a
    /// casualty verb, "a U.S. soldier" too): one unnamed person as an actor, or null. A head that is a person's name or a
    /// place is left to the name rules.
    /// </summary>
    private Actor? SingleVictimObject(Sentence s, int start) => VictimPhrase(s, start, coordinated: false)?.Victim;

    /// <summary>
    /// One unnamed person at <paramref name="start"/> opened by "a"/"an" (see <see cref="SingleVictimObject"/>) and its
    /// head; with <paramref name="coordinated"/> the phrase may be the first of an "and" list.
    /// </summary>
    private (Actor Victim, int Head)? VictimPhrase(Sentence s, int start, bool coordinated)
    {
        if (start >= s.EndToken || _x.Lower(start) is not ("a" or "an")) return null;
        // ("a U.S. contractor", "an Iraqi interpreter": past a place or demonym modifier to the noun it qualifies.)
        int det = start;
        while (det + 1 < s.EndToken && det - start < 4 && (_x.PlaceAt(det + 1) is not null || _x.UnitAt(det + 1) is { Actors: [{ Kind: ActorKind.Country }, ..] })
               && _x.Pos(det + 1) is UniversalPos.PROPN or UniversalPos.ADJ) det++;
        int head = NounPhraseHead(s, det);
        if (coordinated ? !IsSingularHead(s, head) : !IsSingularNounPhrase(s, det)) return null;
        // ("a total of 12 villagers": a count word, not a victim.)
        if (_c.WeaponWords.Contains(_x.Lower(head)) || _c.CountQualifiers.Contains(_x.Lower(head))) return null;
        if (_x.PlaceAt(head) is not null || _x.UnitAt(head) is { IsCommonNoun: false, Actors: [{ Kind: ActorKind.Person }, ..] }) return null;
        return (_x.UnnamedActor(start, head) with { Kind = ActorKind.Person }, head);
    }

    /// <summary>
    /// "killed a judge and his son", "shot dead a police colonel and his driver", "killed Sheikh Ali and his bodyguard":
    /// people killed together, each one person (a name, "a/an" phrase, or "his/her/their" and a people noun), are each a
    /// target, as one victim alone is (a count, "two guards and a driver", stays the victims). Null unless at least two
    /// such conjuncts joined by "and" (or commas before it) start right at <paramref name="start"/>.
    /// </summary>
    private List<Actor>? CoordinatedVictims(Sentence s, int start)
    {
        var victims = new List<Actor>();
        int p = start;
        while (victims.Count < 4)
        {
            (Actor Victim, int Head)? one = null;
            if (_x.UnitAt(p) is { IsCommonNoun: false, Actors: [{ Kind: ActorKind.Person } named, ..] } unit && unit.First == p)
                one = (named, unit.Last);
            else if (VictimPhrase(s, p, coordinated: true) is { } phrase) one = phrase;
            else if (victims.Count > 0 && PossessedPerson(s, p) is { } kin && IsSingularHead(s, kin.Head)) one = kin;
            if (one is not { } v) return null;
            victims.Add(v.Victim);
            p = v.Head + 1;
            if (p + 1 < s.EndToken && _x.Lower(p) is "and" or ",") { p = _x.Lower(p) == "," && _x.Lower(p + 1) == "and" ? p + 2 : p + 1; continue; }
            break;
        }
        // ("a judge and his son's bodyguard": the list goes on in a phrase this reading does not take apart.)
        if (p < s.EndToken && (_x.Lower(p) is "and" or "'s" or "’s" || _x.Pos(p) is UniversalPos.NOUN or UniversalPos.PROPN)) return null;
        return victims.Count >= 2 && victims.Any(v => !IsNamed(v)) ? victims : null;
    }

    /// <summary>
    /// "his son", "her two bodyguards" at <paramref name="start"/>: people named by their tie to someone, and the phrase's
    /// head; null when the words there are no such phrase.
    /// </summary>
    private (Actor Victim, int Head)? PossessedPerson(Sentence s, int start)
    {
        if (start >= s.EndToken || _x.Lower(start) is not ("his" or "her" or "their")) return null;
        // ("his two sons": past the count.)
        int head = NounPhraseHead(s, start + 1 < s.EndToken && _x.Pos(start + 1) == UniversalPos.NUM ? start + 1 : start);
        if (head >= s.EndToken || _x.Pos(head) != UniversalPos.NOUN || !LooksLikePersonNoun(head)) return null;
        return (_x.UnnamedActor(start, head) with { Kind = ActorKind.Person }, head);
    }

    /// <summary>
    /// "was assassinated with his driver", "were killed along with their bodyguards": the people a passive attack verb
    /// says were hit together with its subject are targets too (the subject itself is read as the verb's target).
    /// </summary>
    private void ReadComitativeVictims(Sentence s, MentionDraft d)
    {
        if (!d.AnchorIsVerb || d.Targets.Count == 0 || !IsPassive(d.Anchor, s.FirstToken)) return;
        if (PersonAlongWith(s, d.Last + 1) is { } with) MentionDraft.AddActor(d.Targets, with.Victim);
    }

    /// <summary>True when the common noun at <paramref name="k"/> names one thing or person, not many nor a place.</summary>
    private bool IsSingularHead(Sentence s, int k) =>
        k < s.EndToken && _x.Pos(k) == UniversalPos.NOUN && !DocumentIndex.LooksPlural(_x.Lower(k)) && _x.PlaceAt(k) is null;

    /// <summary>
    /// The noun before the "of" of a short "of" phrase (a name, or a determiner, modifiers and a noun) ending at
    /// <paramref name="end"/>: "mayor" in "the mayor of Uruapan", "member" in "a member of the ruling party"; -1 when there is none.
    /// </summary>
    private int OfPhraseHolder(Sentence s, int end)
    {
        for (int k = end - 1; k > s.FirstToken && end - k <= 4; k--)
        {
            if (_x.Lower(k) == "of") return k - 1;
            if (_x.IsVerb(k) || _x.IsPunct(k) || _x.IsPreposition(k)) return -1;
        }
        return -1;
    }

    /// <summary>True when <paramref name="head"/> ends a singular noun phrase opened by "a", "an" or "the" ("the judge").</summary>
    private bool EndsSingularNounPhrase(Sentence s, int head)
    {
        if (head < s.FirstToken || _x.Pos(head) != UniversalPos.NOUN || _x.UnitAt(head) is { IsCommonNoun: false }) return false;
        for (int det = head - 1; det >= s.FirstToken && head - det <= 6; det--)
        {
            if (_x.Lower(det) is "a" or "an" or "the") return IsSingularNounPhrase(s, det) && NounPhraseHead(s, det) == head;
            // ("a 14-year-old boy": the number of an age compound.)
            if (!(_x.Pos(det) is UniversalPos.ADJ or UniversalPos.NOUN || _x.Lower(det) == "-" || (_x.Pos(det) == UniversalPos.NUM && IsInnerHyphen(det + 1)))) return false;
        }
        return false;
    }

    /// <summary>
    /// "a doctor", "an off-duty police officer", "the young nurse": a determiner at <paramref name="det"/>, a few modifiers
    /// and one singular common noun that is no place, not coordinated with another ("a doctor and a nurse").
    /// </summary>
    private bool IsSingularNounPhrase(Sentence s, int det)
    {
        int k = NounPhraseHead(s, det);
        return IsSingularHead(s, k) && !IsCoordinatedNoun(s, k);
    }

    /// <summary>True when "and" and another noun phrase follow the head at <paramref name="k"/> ("a doctor and a nurse").</summary>
    private bool IsCoordinatedNoun(Sentence s, int k) =>
        k + 2 < s.EndToken && _x.Lower(k + 1) == "and" && (_x.IsDeterminer(k + 2) || _x.Pos(k + 2) is UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.NUM);

    /// <summary>The first token after the determiner at <paramref name="det"/> that no modifier rule passes over: the head.</summary>
    private int NounPhraseHead(Sentence s, int det)
    {
        int k = det + 1;
        bool Dash(int i) => _x.Tokens.GetKind(i) == TokenKind.Dash || _x.Lower(i) == "-";
        while (k < s.EndToken && k - det <= 5 && (_x.Pos(k) == UniversalPos.ADJ || Dash(k) || (_x.Pos(k) == UniversalPos.NUM && k + 1 < s.EndToken && IsInnerHyphen(k + 1))
               || (_x.Pos(k) is UniversalPos.NOUN or UniversalPos.ADP && k + 1 < s.EndToken && (_x.Pos(k + 1) == UniversalPos.NOUN || Dash(k + 1))))) k++;
        return k;
    }

    /// <summary>"one" at <paramref name="i"/> after "no" ("no one was hurt"): a count of nobody, not of one.</summary>
    private bool IsNoOne(int i, int sentenceFirst) => _x.Lower(i) == "one" && i - 1 >= sentenceFirst && _x.Lower(i - 1) == "no";

    /// <summary>
    /// "but nobody was injured", "no one was killed": a casualty word whose subject is nobody reports that the attack hurt
    /// no one; it is no mention of the attack (whose status it would make negated).
    /// </summary>
    private bool DeniesCasualties(Sentence s, MentionDraft d)
    {
        if (!IsCasualtyDraft(d) || !_x.IsVerb(d.First)) return false;
        int i = StepLeftPast(d.First - 1, s.FirstToken, PreVerbWords.Adverbs | PreVerbWords.Auxiliaries);
        return i >= s.FirstToken && (_x.Lower(i) is "nobody" or "none" or "no-one" || IsNoOne(i, s.FirstToken));
    }

    /// <summary>The count a casualty word reports and the tokens of the count phrase.</summary>
    private (int? Value, int First, int Last) FindCount(Sentence s, int c, CountSide side)
    {
        (int? v, int f, int l, int dist) left = (null, 0, 0, int.MaxValue), right = (null, 0, 0, int.MaxValue);
        if (side is CountSide.Left or CountSide.Both)
        {
            // "12 people dead", "12 were killed", "at least 107 killed": a count up to five tokens back with no clause break.
            for (int i = c - 1, n = 0; i >= s.FirstToken && n < 5; i--, n++)
            {
                // "At least two people, including a police officer, were killed": the count lies before the aside.
                if (n <= 1 && _x.Lower(i) == "," && AsideOpeningBefore(s, i) is int open) { i = open; continue; }
                if (_x.IsBoundary(i) || _x.IsPunct(i) || _x.TimexAt(i) is not null) break;
                // ("but no one was hurt": "one" after "no" counts nobody.)
                if (IsNoOne(i, s.FirstToken)) break;
                if (ReadNumber(i, s.EndToken) is { } num && num.Last < c)
                {
                    int f = i;
                    while (f - 1 >= s.FirstToken && _x.TryNumber(f - 1, out _) ) f--;
                    var (value, _, last) = ReadNumber(f, s.EndToken) ?? num;
                    if (last >= c) break;
                    // "Two soldiers and a militia member died": a counted phrase joined before by "and" adds its count.
                    if (CountedPhraseBefore(s, f) is { } before) { value += before.Value; f = before.First; }
                    left = (value, f, last, c - last);
                    break;
                }
            }
        }
        if (side is CountSide.Right or CountSide.Both)
        {
            // "killing three", "killed at least 12 people", "wounded dozens".
            int i = c + 1;
            int n = 0;
            // ("claimed the lives of a soldier and two civilians": past the "of" of a casualty noun.)
            if (i + 1 < s.EndToken && _x.Pos(c) == UniversalPos.NOUN && _x.Lower(i) == "of") i++;
            // ("A gunman killed at least 30 people": the qualifiers belong to the count, so they add no distance to it, and
            // the object's count is nearer than the subject's article.)
            int near = i - c;
            while (i < s.EndToken && n < 4 && _c.CountQualifiers.Contains(_x.Lower(i)) && ReadNumber(i, s.EndToken) is null) { i++; n++; }
            if (i < s.EndToken && _x.TimexAt(i) is null && ReadNumber(i, s.EndToken) is { } num)
            {
                bool singular = _x.Lower(i) is "a" or "an";
                // "killing a soldier" counts one only when a person-like noun follows directly.
                // ("killing a pharmacist and a nurse" counts no one here.)
                // ("killing a senior commander", "killed an elderly woman": past adjectives to one singular noun.)
                int j = i + 1;
                while (singular && j + 1 < s.EndToken && j - i <= 3 && _x.Pos(j) == UniversalPos.ADJ && _x.UnitAt(j) is null) j++;
                // (Not "a few soldiers": the noun after them, to the last of a compound, is singular.)
                int noun = j;
                while (noun + 1 < s.EndToken && _x.Pos(noun + 1) is UniversalPos.NOUN or UniversalPos.PROPN) noun++;
                bool pastAdjectives = j > i + 1 && !DocumentIndex.LooksPlural(_x.Lower(noun));
                // ("killed an estimated 40 people", "a total of 40": a number after the article and its qualifiers is the count.)
                int inner = i + 1;
                while (singular && inner < s.EndToken && inner - i <= 3 && (_x.Pos(inner) == UniversalPos.ADJ || _c.CountQualifiers.Contains(_x.Lower(inner)))
                       && ReadNumber(inner, s.EndToken) is null) inner++;
                if (singular && inner > i + 1 && inner < s.EndToken && _x.Lower(inner) is not ("a" or "an") && _x.TimexAt(inner) is null
                    && ReadNumber(inner, s.EndToken) is { } counted)
                    right = (counted.Value, i, counted.Last, near);
                else if (!singular || (j < s.EndToken && (j == i + 1 || pastAdjectives)
                                  && (_x.Pos(j) is UniversalPos.NOUN or UniversalPos.PROPN || _x.UnitAt(j) is not null || _x.Tokens.GetKind(j) == TokenKind.Abbreviation)
                                  && !IsCoordinatedNoun(s, NounPhraseHead(s, i))))
                    right = (num.Value, i, num.Last, near);
                // "claimed the lives of a Congolese soldier and two civilians": one counted phrase and another with a
                // number after "and" count both.
                else if (singular && NounPhraseHead(s, i) is var h && h < s.EndToken && _x.Pos(h) == UniversalPos.NOUN && h + 2 < s.EndToken && _x.Lower(h + 1) == "and"
                         && _x.Lower(h + 2) is not ("a" or "an") && ReadNumber(h + 2, s.EndToken) is { } more && more.Last + 1 < s.EndToken && _x.Pos(more.Last + 1) is UniversalPos.NOUN or UniversalPos.ADJ)
                    right = (1 + more.Value, i, more.Last, near);
            }
        }
        var best = left.dist <= right.dist ? left : right;
        return best.v is null ? (null, 0, 0) : (best.v, best.f, best.l);
    }

    /// <summary>
    /// The comma opening an aside (count-aside-openers.txt: ", including a police officer,") that the comma at
    /// <paramref name="close"/> closes, at most eight tokens back; null when there is none.
    /// </summary>
    private int? AsideOpeningBefore(Sentence s, int close)
    {
        for (int k = close - 2; k > s.FirstToken && k >= close - 8; k--)
        {
            if (_x.IsBoundary(k) || _x.TimexAt(k) is not null) return null;
            if (_x.Lower(k) != ",") continue;
            return _c.CountAsideOpeners.Contains(_x.Lower(k + 1)) ? k : null;
        }
        return null;
    }

    /// <summary>
    /// "Two soldiers and [a militia member]": a number and at most three nouns or adjectives, then "and", right before
    /// the counted phrase at <paramref name="f"/>; its count and first token, or null.
    /// </summary>
    private (int Value, int First)? CountedPhraseBefore(Sentence s, int f)
    {
        int and = f - 1;
        if (and - 2 < s.FirstToken || _x.Lower(and) != "and") return null;
        int k = and - 1;
        bool noun = false;
        // (A noun, not another casualty word: "leaving four dead and 23 wounded" are two figures.)
        for (int n = 0; k >= s.FirstToken && n < 3 && _x.Pos(k) is UniversalPos.NOUN or UniversalPos.ADJ && !_x.TryNumber(k, out _); n++, k--)
        {
            if (_c.CasualtyWords.ContainsKey(_x.Lower(k))) return null;
            noun |= _x.Pos(k) == UniversalPos.NOUN;
        }
        if (!noun || k < s.FirstToken) return null;
        if (ReadNumber(k, and) is not { } num || num.Last != k || _x.Lower(k) is "a" or "an") return null;
        int first = k;
        while (first - 1 >= s.FirstToken && _x.TryNumber(first - 1, out _)) first--;
        // (Not a number inside a phrase: "the 1998 bombing and a ...".)
        if (first - 1 >= s.FirstToken && (_x.IsDeterminer(first - 1) || _x.Pos(first - 1) is UniversalPos.ADP && _x.Lower(first - 1) is not ("of"))) return null;
        return ReadNumber(first, and) is { } whole ? (whole.Value, first) : null;
    }

    /// <summary>Reads a number written in digits or words ("12", "1,200", "three", "twenty-five", "two hundred", "dozens").</summary>
    private (int Value, int First, int Last)? ReadNumber(int i, int end)
    {
        if (i >= end) return null;
        var kind = _x.Tokens.GetKind(i);
        if (kind == TokenKind.Number)
        {
            if (int.TryParse(_x.Lower(i), System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture, out int v))
                return (v, i, i);
            return null;
        }
        long total = 0, current = 0;
        int last = -1;
        int k = i;
        while (k < end)
        {
            string w = _x.Lower(k);
            long? value = null;
            if (_c.NumberWords.TryGetValue(w, out long nv)) value = nv;
            else if (w.Contains('-'))
            {
                long sum = 0;
                bool all = true;
                foreach (var part in w.Split('-'))
                    if (_c.NumberWords.TryGetValue(part, out long pv) && pv < 100) sum += pv; else { all = false; break; }
                if (all) value = sum;
            }
            if (value is null) break;
            if (w is "a" or "an")
            {
                // "a dozen", "a hundred"; a lone "a" is one.
                if (k + 1 < end && _c.NumberWords.TryGetValue(_x.Lower(k + 1), out long next) && next >= 12 && last < 0) { current = 1; last = k; k++; continue; }
                if (last >= 0) break;
                current = 1;
                last = k;
                k++;
                break;
            }
            if (w is "both") { if (last >= 0) break; current = 2; last = k; k++; break; }
            if (value is 100 or 1000 or 1000000 && w is "hundred" or "thousand" or "million")
            {
                current = Math.Max(1, current) * value.Value;
                if (value >= 1000) { total += current; current = 0; }
            }
            else if (w is "dozen" && last >= 0) current *= 12;
            else current += value.Value;
            last = k;
            k++;
        }
        if (last < 0) return null;
        total += current;
        if (total <= 0 || total > int.MaxValue) return null;
        // "dozens of", "hundreds of" keep their "of" out of the victims.
        return ((int)total, i, last);
    }
}
