using EventExtract.Places;
using EventExtract.Tagging;
using EventExtract.Text;
using EventExtract.Time;

namespace EventExtract.Events.Arguments;

/// <summary>
/// Reads the arguments of the event mentions of one sentence from the tagged tokens around their
/// triggers: who (subjects, objects, prepositional phrases), where, when, whether it happened,
/// what was said, and casualties. Every rule works on token shapes, POS tags and the cue lexicons,
/// never on particular names.
/// </summary>
internal sealed partial class ArgumentReader
{
    private readonly DocumentIndex _x;
    private readonly CueLexicon _c;

    public ArgumentReader(DocumentIndex index)
    {
        _x = index;
        _c = index.Cues;
    }

    // ------------------------------------------------------------------ drafts

    /// <summary>Turns the trigger candidates of one sentence into mention drafts, dropping excluded ones and joining those that name one event.</summary>
    public List<MentionDraft> BuildDrafts(Sentence sentence, ReadOnlySpan<TriggerCandidate> candidates)
    {
        var drafts = new List<MentionDraft>(candidates.Length);
        // Candidates by first token, stable (a sentence holds a handful: insertion sort on the stack).
        Span<TriggerCandidate> ordered = candidates.Length <= 32 ? stackalloc TriggerCandidate[candidates.Length] : new TriggerCandidate[candidates.Length];
        candidates.CopyTo(ordered);
        for (int i = 1; i < ordered.Length; i++)
        {
            var item = ordered[i];
            int j = i - 1;
            while (j >= 0 && ordered[j].FirstToken > item.FirstToken) { ordered[j + 1] = ordered[j]; j--; }
            ordered[j + 1] = item;
        }
        foreach (var c in ordered)
        {
            if (c.TokenCount <= 0 || c.FirstToken < sentence.FirstToken || c.FirstToken + c.TokenCount > sentence.EndToken) continue;
            if (AnyCovers(drafts, c.FirstToken)) continue; // overlapping duplicate
            var d = new MentionDraft(c);
            if (d.Type == EventType.Attack && IsExcludedAttack(sentence, d)) continue;
            if (d.Type == EventType.Statement && (IsFactPassive(sentence, d) || HasNonSpeechObject(sentence, d) || IsNounOfVerbOnlyWord(d))) continue;
            if (IsInsideName(sentence, d)) continue;
            if (d.Type != EventType.Attack && IsModifier(sentence, d)) continue;
            if (d.Type == EventType.Attack && IsAttackModifier(sentence, d)) continue;
            SetAnchor(d);
            // "paid tribute to bombing victims": an -ing attack word before an event-head noun names the attack as a
            // noun would, whatever the tagger made of it; its subject and objects are not the attack's.
            if (d.Type == EventType.Attack && d.AnchorIsVerb && d.First == d.Last && d.Last + 1 < sentence.EndToken
                && _x.Lower(d.First).EndsWith("ing", StringComparison.Ordinal) && _c.AttackEventHeads.Contains(_x.Lower(d.Last + 1)))
                d.AnchorIsVerb = false;
            drafts.Add(d);
        }

        // Casualty words detected as attack triggers ("killed", "dead") report the result of an attack in the same sentence.
        // Each draft is visited once in its original order; a draft absorbed into its host leaves the list in place.
        for (int k = 0; k < drafts.Count;)
        {
            var d = drafts[k];
            if (d.Type != EventType.Attack || !IsCasualtyDraft(d)) { k++; continue; }
            MentionDraft? host = null;
            int best = int.MaxValue;
            foreach (var o in drafts)
            {
                if (o == d || o.Type != EventType.Attack || IsCasualtyDraft(o)) continue;
                int distance = Distance(o, d.First, d.Last);
                if (distance < best) { best = distance; host = o; }
            }
            if (host is null) { k++; continue; }
            host.Absorb(d);
            drafts.RemoveAt(k);
        }

        // "replied from the capital within the hour, saying ...": the participle continues the act reported before it.
        for (int k = drafts.Count - 1; k >= 1; k--)
        {
            var b = drafts[k];
            if (b.Type != EventType.Statement || b.Triggers.Count != 1 || b.Triggers[0].TokenCount != 1 || !_c.ContinuingParticiples.Contains(_x.Lower(b.First))) continue;
            int c = b.First - 1;
            while (c >= sentence.FirstToken && _x.IsAdverb(c)) c--;
            if (c < sentence.FirstToken || _x.Lower(c) != ",") continue;
            var a = drafts[k - 1];
            if (a.Type != EventType.Statement) continue;
            a.Absorb(b);
            drafts.RemoveAt(k);
        }

        bool merged = true;
        while (merged)
        {
            merged = false;
            for (int i = 0; i + 1 < drafts.Count && !merged; i++)
            {
                var a = drafts[i];
                var b = drafts[i + 1];
                if (a.Type != b.Type) continue;
                if (IsAdjacentPair(a, b) || IsSubjectPredicatePair(a, b))
                {
                    a.Absorb(b);
                    drafts.RemoveAt(i + 1);
                    SetAnchor(a);
                    merged = true;
                }
            }
        }
        return drafts;
    }

    /// <summary>"no injuries were reported", "at least seven were reported dead": an agentless passive of a fact verb is the article's voice.</summary>
    private bool IsFactPassive(Sentence s, MentionDraft d)
    {
        if (d.Triggers.Count != 1 || d.Triggers[0].TokenCount != 1 || !_c.FactPassives.Contains(_x.Lower(d.First)) || !IsPassive(d.First, s.FirstToken)) return false;
        for (int i = d.Last + 1; i < s.EndToken && i - d.Last <= 4; i++)
            if (_x.Lower(i) == "by") return false;
        return true;
    }

    /// <summary>"state and federal complaints", "a member state": a one-word trigger of verb-only-statement-words.txt not tagged as a verb.</summary>
    private bool IsNounOfVerbOnlyWord(MentionDraft d) =>
        _x.HasPos && d.Triggers.Count == 1 && d.First == d.Last && _c.VerbOnlyStatementWords.Contains(_x.Lower(d.First)) && _x.Pos(d.First) is UniversalPos.NOUN or UniversalPos.ADJ or UniversalPos.PROPN;

    /// <summary>"the bombings claimed at least 217 lives": a reporting verb whose object head gives it a sense that says nothing.</summary>
    private bool HasNonSpeechObject(Sentence s, MentionDraft d)
    {
        if (d.Triggers.Count != 1 || !_c.NonSpeechObjects.TryGetValue(_x.Lower(d.Last), out var heads)) return false;
        for (int i = d.Last + 1; i < s.EndToken && i - d.Last <= 6; i++)
        {
            if (heads.Contains(_x.Lower(i))) return true;
            if (!(_x.IsDeterminer(i) || _x.IsAdverb(i) || _x.Pos(i) is UniversalPos.ADJ or UniversalPos.NUM or UniversalPos.NOUN or UniversalPos.PART || _x.Lower(i) is "at" or "least" or "more" or "than" or "'" or "’")) return false;
        }
        return false;
    }

    private bool IsCasualtyDraft(MentionDraft d)
    {
        foreach (var t in d.Triggers)
            if (!HasCasualtyWord(t)) return false;
        return true;
    }

    private bool HasCasualtyWord(TriggerCandidate t)
    {
        for (int i = t.FirstToken; i < t.FirstToken + t.TokenCount; i++)
            if (_c.CasualtyWords.ContainsKey(_x.Lower(i))) return true;
        return false;
    }

    private static bool AnyCovers(List<MentionDraft> drafts, int token)
    {
        foreach (var d in drafts)
            if (d.Covers(token)) return true;
        return false;
    }

    private void SetAnchor(MentionDraft d)
    {
        foreach (var t in d.Triggers)
        {
            for (int i = t.FirstToken; i < t.FirstToken + t.TokenCount; i++)
            {
                // ("at last year's Madrid summit": a noun-only meeting word tagged as a verb is still a noun.)
                if (_x.IsVerb(i) && _x.Pos(i) != UniversalPos.AUX && !(d.Type == EventType.Meeting && _c.MeetingNouns.Contains(_x.Lower(i))))
                {
                    d.Anchor = i;
                    d.AnchorIsVerb = true;
                    return;
                }
            }
        }
        var first = d.Triggers[0];
        d.Anchor = first.FirstToken + first.TokenCount - 1;
        d.AnchorIsVerb = false;
    }

    /// <summary>"visited Moscow for a meeting", "held talks": same-type triggers a few tokens apart with no clause break or verb between.</summary>
    private bool IsAdjacentPair(MentionDraft a, MentionDraft b)
    {
        int gap = b.First - a.Last - 1;
        // Places and dates between do not separate them: "will visit Seoul next week for a meeting with".
        for (int i = a.Last + 1; i < b.First; i++)
            if (_x.PlaceAt(i) is not null || _x.TimexAt(i) is not null) gap--;
        // ("convening a special shareholders' meeting": a meeting verb and the meeting noun it takes as object are one meeting.)
        if (gap > (a.Type == EventType.Meeting && a.AnchorIsVerb && !b.AnchorIsVerb ? 5 : 3)) return false;
        // "hailed the ruling and said", "said his government would announce": two reporting verbs are two speech acts
        // (or the second is what the first reports), never one.
        if (a.Type == EventType.Statement && a.AnchorIsVerb && b.AnchorIsVerb && gap > 0) return false;
        // "bombed two villages and fired rockets": two attack verbs with words between are two acts (a casualty verb is a result).
        if (a.Type == EventType.Attack && a.AnchorIsVerb && b.AnchorIsVerb && gap > 0 && !IsCasualtyDraft(a) && !IsCasualtyDraft(b)) return false;
        for (int i = a.Last + 1; i < b.First; i++)
            if (_x.IsBoundary(i) || _x.IsPunct(i) || _x.IsQuote(i) || (_x.IsVerb(i) && _x.Pos(i) != UniversalPos.AUX)) return false;
        return true;
    }

    /// <summary>"The meeting took place", "A statement said": a noun trigger as the subject of a same-type verb trigger.</summary>
    private bool IsSubjectPredicatePair(MentionDraft a, MentionDraft b)
    {
        if (a.AnchorIsVerb || !b.AnchorIsVerb) return false;
        if (b.First - a.Last - 1 > 10) return false;
        for (int i = a.Last + 1; i < b.First; i++)
        {
            if (_x.IsBoundary(i) || _x.IsPunct(i) || _x.IsQuote(i)) return false;
            var u = _x.UnitAt(i);
            if (u is not null && !IsPrepositionalObject(u)) return false;
        }
        return true;
    }

    /// <summary>
    /// A trigger word that is part of a name ("Klingon Assault Group", "the Italian Episcopal Conference"): inside an
    /// organization or group name, or capitalized in mid-sentence next to another capitalized word.
    /// </summary>
    private bool IsInsideName(Sentence s, MentionDraft d)
    {
        if (_x.UnitAt(d.First) is { Actors.Count: > 0 } u && u.Actors[0].Kind is ActorKind.Organization or ActorKind.Group && (u.First < d.First || u.Last > d.Last))
            return true;
        if (d.First == s.FirstToken || !IsCapitalized(d.First)) return false;
        return (d.First - 1 > s.FirstToken && IsCapitalized(d.First - 1) && !_x.IsQuote(d.First - 1)) || (d.Last + 1 < s.EndToken && IsCapitalized(d.Last + 1));
    }

    /// <summary>
    /// A one-word trigger that modifies the noun after it rather than naming an event: an attributive participle
    /// ("its proposed investments", "the previously reported range") or a statement noun in a compound ("his state
    /// convictions", "warning signs").
    /// </summary>
    private bool IsModifier(Sentence s, MentionDraft d)
    {
        if (d.Triggers.Count != 1 || d.Last != d.First || d.Last + 1 >= s.EndToken) return false;
        int next = d.Last + 1;
        if (_x.TimexAt(next) is not null || _x.UnitAt(next) is not null || _x.PlaceAt(next) is not null) return false;
        var nextPos = _x.Pos(next);
        string w = _x.Lower(d.First);
        // "their negotiating stance", "a meeting room": a meeting "-ing" word between a determiner and a noun names a thing.
        bool meetingIng = d.Type == EventType.Meeting && w.EndsWith("ing", StringComparison.Ordinal) && nextPos == UniversalPos.NOUN;
        if ((meetingIng || w.EndsWith("ed", StringComparison.Ordinal)) && nextPos is UniversalPos.NOUN or UniversalPos.ADJ)
        {
            int i = d.First - 1;
            while (i >= s.FirstToken && _x.IsAdverb(i)) i--;
            return i >= s.FirstToken && (_x.IsDeterminer(i) || _x.Lower(i) is "'s" or "’s" or "its" or "their" or "his" or "her" or "our");
        }
        // (A plural is rarely a modifier: "media reports range from ..." is a verb the tagger took for a noun.)
        return d.Type == EventType.Statement && _x.Pos(d.First) is UniversalPos.NOUN or UniversalPos.ADJ && nextPos == UniversalPos.NOUN && !w.EndsWith('s');
    }

    /// <summary>
    /// A singular attack noun that modifies the noun after it ("attack helicopters", "a hacking group", "the shooting
    /// star"): the phrase names a thing, not an attack. Nouns that still stand for the event ("the bombing victims",
    /// "a killing spree") are listed in attack-event-heads.txt.
    /// </summary>
    private bool IsAttackModifier(Sentence s, MentionDraft d)
    {
        if (!_x.HasPos || d.Triggers.Count != 1 || d.Last + 1 >= s.EndToken) return false;
        for (int i = d.First; i <= d.Last; i++)
            if (_x.IsVerb(i)) return false;
        string w = _x.Lower(d.Last);
        if (DocumentIndex.LooksPlural(w)) return false;
        // "hackers attack websites": after a subject the word is a verb the tagger took for a noun.
        if (d.First > s.FirstToken && _x.Pos(d.First - 1) is UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.PRON) return false;
        int next = d.Last + 1;
        if (_x.Pos(next) != UniversalPos.NOUN || _x.TimexAt(next) is not null || _x.UnitAt(next) is not null || _x.PlaceAt(next) is not null) return false;
        string n = _x.Lower(next);
        return !_c.AttackEventHeads.Contains(n) && !_c.CasualtyWords.ContainsKey(n);
    }

    /// <summary>True when token <paramref name="p"/> is within one token of a trigger's last token (or just after it).</summary>
    private static bool EndsNear(MentionDraft d, int p)
    {
        foreach (var t in d.Triggers)
            if (p >= t.FirstToken + t.TokenCount - 1 && p <= t.FirstToken + t.TokenCount + 1) return true;
        return false;
    }

    /// <summary>True when every trigger of <paramref name="d"/> holds a word of <paramref name="words"/>.</summary>
    private bool EveryTriggerHas(MentionDraft d, HashSet<string> words)
    {
        foreach (var t in d.Triggers)
            if (!TriggerHas(t, words)) return false;
        return true;
    }

    private bool TriggerHas(TriggerCandidate t, HashSet<string> words)
    {
        for (int i = t.FirstToken; i < t.FirstToken + t.TokenCount; i++)
            if (words.Contains(_x.Lower(i))) return true;
        return false;
    }

    private bool IsCapitalized(int i)
    {
        var t = _x.Tokens.GetChars(i);
        return t.Length > 1 && char.IsUpper(t[0]) && char.IsLower(t[^1]);
    }

    /// <summary>Casualties with an accident or disaster noun in their clause ("killed in a stampede").</summary>
    private bool IsAccident(Sentence s, MentionDraft d)
    {
        int from = ClauseStart(d.First, s.FirstToken), to = ClauseEnd(d.Last + 1, s.EndToken);
        for (int i = from; i < to; i++)
            if (_c.AccidentNouns.Contains(_x.Lower(i))) return true;
        return false;
    }

    /// <summary>"Police seized a car bomb", "found explosives": a weapon noun that is the object of a handling verb.</summary>
    private bool IsHandledWeapon(Sentence s, MentionDraft d)
    {
        foreach (var t in d.Triggers)
        {
            int last = t.FirstToken + t.TokenCount - 1;
            if (!_c.WeaponWords.Contains(_x.Lower(last)) || _x.IsVerb(last)) return false;
        }
        int verb = GoverningVerb(d.First, s.FirstToken);
        if (verb >= 0 && _c.WeaponHandlingVerbs.Contains(_x.Lower(verb))) return true;
        // "the bomb discovered in ...", "a bomb found near ...": a participle after the noun.
        int next = d.Last + 1;
        return next < s.EndToken && _x.Pos(next) == UniversalPos.VERB && _c.WeaponHandlingVerbs.Contains(_x.Lower(next));
    }

    private bool IsExcludedAttack(Sentence s, MentionDraft d)
    {
        if (IsCasualtyDraft(d) && IsAccident(s, d)) return true;
        if (IsHandledWeapon(s, d)) return true;
        if (IsVerbalAttack(s, d)) return true;
        // "assurances that the port would not be attacked": a verb that denies the attack, not a report of one.
        if (_x.IsVerb(d.First))
            foreach (var phrase in _c.AttackDenialFrames)
            {
                int start = d.First - phrase.Length;
                if (start >= s.FirstToken && _x.MatchAt(start, phrase, s.EndToken) == d.First) return true;
            }
        foreach (var phrase in _c.AttackExclusions)
        {
            for (int start = Math.Max(s.FirstToken, d.First - phrase.Length + 1); start <= d.Last && start < s.EndToken; start++)
            {
                int end = _x.MatchAt(start, phrase, s.EndToken);
                if (end > d.First) return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ arguments

    /// <summary>Fills participants, speakers, places, status, content and attack details of <paramref name="d"/>.</summary>
    public void ReadArguments(Sentence s, MentionDraft d, List<MentionDraft> sentenceDrafts)
    {
        int clauseEnd = ClauseEnd(d.Last + 1, s.EndToken);
        int rightLimit = NextTriggerStart(d, sentenceDrafts, s.EndToken);
        int scanEnd = Math.Min(clauseEnd, rightLimit);
        if (d.Type == EventType.Attack) d.ReferenceStart = ReferringAttackPhraseStart(s, d);

        var who = d.Type switch
        {
            EventType.Meeting => d.Participants,
            EventType.Statement => d.Speakers,
            _ => d.Attackers,
        };

        // Subject: the nearest actor list to the left of a verb trigger, or of the verb that governs a noun trigger.
        int governing = d.AnchorIsVerb ? -1 : GoverningVerb(d.First, s.FirstToken);
        // "decided at last year's Madrid summit": the capital naming the place does not end the noun phrase.
        if (governing < 0 && d.Type == EventType.Meeting && !d.AnchorIsVerb && d.First - 1 >= s.FirstToken && _x.UnitAt(d.First - 1) is { } seat && CapitalPlace(seat) is not null)
            governing = GoverningVerb(seat.First, s.FirstToken);
        // "Israel responded with air strikes": an attack noun in a "with" phrase of a perpetration verb.
        if (governing < 0 && d.Type == EventType.Attack && !d.AnchorIsVerb)
        {
            int w = d.First - 1;
            while (w > s.FirstToken && _x.UnitAt(w) is null && (_x.IsDeterminer(w) || _x.Pos(w) is UniversalPos.ADJ or UniversalPos.NOUN or UniversalPos.NUM)) w--;
            if (w > s.FirstToken && _x.Lower(w) == "with" && _x.Pos(w - 1) == UniversalPos.VERB && _c.PerpetrationVerbs.Contains(_x.Lower(w - 1))) governing = w - 1;
        }
        // "Keller said the talks were useful": the noun is the subject of what was said, not the reporting verb's object.
        if (governing >= 0 && d.Type != EventType.Statement && IsReportingVerb(governing) && d.Last + 1 < s.EndToken && _x.IsVerb(d.Last + 1)) governing = -1;
        // "…, according to X": X alone speaks; the subject before it belongs to what was said.
        if (d.AnchorIsVerb && !(d.Type == EventType.Statement && IsAccordingTo(d)))
        {
            // "Nine tourists were killed", "the embassy was attacked": a passive subject is the target.
            // "she was told to disconnect", "residents were urged to leave": a passive subject of an addressee verb is spoken to.
            bool passive = IsPassive(d.Anchor, s.FirstToken);
            var subjectRole = d.Type == EventType.Attack && passive ? d.Targets
                : d.Type == EventType.Statement && passive && IsAddresseeVerb(d, s) ? d.Addressees : who;
            if (subjectRole == d.Addressees && SubjectPronoun(d.First, s.FirstToken) is int sp && ResolvePronoun(sp, s) is { } spokenTo) MentionDraft.AddActor(d.Addressees, spokenTo);
            // '"…," said X': names inside the quote before a reporting verb are not its subject.
            // '…, the French presidency said', '"…," the spokesman said': a common-noun phrase filling the subject slot
            // after a comma or quote is the speaker, not a name further left.
            if (d.Type == EventType.Statement && WholeNounSubject(d.First, s.FirstToken) is { } nounSubject) MentionDraft.AddActor(who, nounSubject);
            // '"…," she told the staff': a pronoun fills the subject slot; the fallback resolves it (names further left are
            // inside the quote or belong to another clause).
            else if (d.Type == EventType.Statement && subjectRole == who && SubjectPronoun(d.First, s.FirstToken) is not null) { }
            // "X told the minister the people share in the sorrow of Y and said": a verb coordinated with the sentence's
            // first verb shares its subject, not the nearest name.
            else if (d.Type == EventType.Statement && subjectRole == who && CoordinatedVerbSubject(d.First, s) is { Count: > 0 } shared)
                foreach (var a in shared) MentionDraft.AddActor(who, a);
            else if (d.Type != EventType.Statement || !SubjectSlotEmpty(d.First, s.FirstToken, commaCloses: false))
            {
                foreach (var a in SubjectBeforeAside(d.First, s.FirstToken) ?? LeftChain(d.First, s.FirstToken)) MentionDraft.AddActor(subjectRole, a);
                if (d.Type == EventType.Statement && subjectRole == who && UnnamedConjunct(d.First, s.FirstToken) is { } conjunct) MentionDraft.AddActor(who, conjunct);
            }
        }
        else if (governing >= 0 && (d.Type != EventType.Attack || _c.PerpetrationVerbs.Contains(_x.Lower(governing))))
        {
            foreach (var a in SubjectBeforeAside(governing, s.FirstToken) ?? LeftChain(governing, s.FirstToken)) MentionDraft.AddActor(who, a);
        }
        // Possessor: "Putin's visit".
        if (!d.AnchorIsVerb)
        {
            foreach (var a in Possessor(d.First, s.FirstToken)) MentionDraft.AddActor(who, a);
            if (d.Type == EventType.Meeting)
                foreach (var a in ModifierActors(d.First, s.FirstToken)) MentionDraft.AddActor(d.Participants, a);
        }

        // Direct objects of a verb trigger.
        bool addresseeVerb = false;
        int afterVerbPhrase = d.Last + 1;
        if (d.AnchorIsVerb)
        {
            int objStart = d.Last + 1;
            if (d.Type == EventType.Statement)
            {
                foreach (var phrase in _c.AddresseeToVerbs)
                {
                    int end = _x.MatchAt(d.Anchor, phrase, s.EndToken);
                    if (end > 0) { addresseeVerb = true; objStart = Math.Max(objStart, end); break; }
                }
            }
            var (objects, objEnd) = RightChain(objStart, scanEnd, allowPrepositionStart: addresseeVerb);
            if (objects.Count > 0) afterVerbPhrase = objEnd;
            switch (d.Type)
            {
                case EventType.Meeting:
                    foreach (var a in objects) MentionDraft.AddActor(d.Participants, a);
                    break;
                case EventType.Statement:
                    if (addresseeVerb) foreach (var a in objects) MentionDraft.AddActor(d.Addressees, a);
                    // "urged all Balkan states to", "told his ministers that": an unnamed addressee.
                    if (addresseeVerb && objects.Count == 0 && ThingPhrase(objStart, scanEnd) is { } np && _x.Pos(np.Head) == UniversalPos.NOUN)
                    {
                        MentionDraft.AddActor(d.Addressees, _x.UnnamedActor(objStart, np.Head));
                        afterVerbPhrase = np.Head + 1;
                    }
                    // '…, said X': an inverted subject; not "said the United States would ...", the subject of what was said.
                    else if (!addresseeVerb && d.Speakers.Count == 0 && objects.Count > 0 && objStart == d.Last + 1 && SubjectSlotEmpty(d.First, s.FirstToken, commaCloses: true)
                             && !(objEnd < s.EndToken && _x.IsVerb(objEnd))) MentionDraft.AddActor(d.Speakers, PersonAfter(objStart, s.EndToken) ?? objects[0]);
                    break;
                case EventType.Attack:
                    if (!IsCasualtyDraft(d)) foreach (var a in objects) MentionDraft.AddActor(d.Targets, a);
                    break;
            }
        }

        // Role prepositions after the trigger: "with X", "between X and Y", "visit of X", "attack on X".
        // A trigger that ends in its preposition ("talked with", "visit of") starts the phrase itself.
        int headLast = d.Triggers[0].FirstToken + d.Triggers[0].TokenCount - 1;
        // "according to X": X is the speaker (read with the content below), not someone spoken "to".
        bool accordingTo = d.Type == EventType.Statement && IsAccordingTo(d);
        // ("meeting with bombing victims at the hospital": the phrases after "victims" are theirs, not the attack's.)
        bool aftermath = d.Type == EventType.Attack && IsAftermathReference(s, d);
        for (int p = _x.IsPreposition(headLast) ? headLast : headLast + 1; p < scanEnd && !accordingTo && !aftermath; p++)
        {
            foreach (var rp in _c.RolePrepositions)
            {
                if (rp.Type != d.Type || (rp.Near && !EndsNear(d, p))) continue;
                int end = _x.MatchAt(p, rp.Words, scanEnd);
                if (end < 0) continue;
                // ("carried out by a separatist faction, officials said": attackers end at a comma.)
                var (chain, chainEnd) = RightChain(end, rp.Role == ArgumentRole.Attacker ? CommaAfter(end, scanEnd) : scanEnd, allowPrepositionStart: true);
                // "meeting with bombing victims", "between the boy and his grandmothers": unnamed people met with, alone or
                // in a list with named parties. (Up to the clause end: "bombing" in "bombing victims" is no new event's start.)
                if (rp.Role == ArgumentRole.Participant)
                {
                    int from = chain.Count == 0 ? end : -1;
                    for (int n = 0; n < 8; n++)
                    {
                        if (from < 0 && chainEnd < clauseEnd && _x.Lower(chainEnd) is "and" or "," && chainEnd + 1 < clauseEnd)
                            from = _x.Lower(chainEnd + 1) == "and" ? chainEnd + 2 : chainEnd + 1;
                        if (from < 0) break;
                        if (UnnamedPeople(from, clauseEnd) is { } people)
                        {
                            chain.Add(people.Actor);
                            chainEnd = people.End;
                        }
                        else if (chain.Count > 0 && RightChain(from, scanEnd, allowPrepositionStart: false) is { Actors.Count: > 0 } more)
                        {
                            foreach (var a in more.Actors) chain.Add(a);
                            chainEnd = more.End;
                        }
                        else break;
                        from = -1;
                    }
                }
                if (chain.Count == 0) continue;
                var list = rp.Role switch
                {
                    ArgumentRole.Participant => d.Participants,
                    ArgumentRole.Speaker => d.Speakers,
                    ArgumentRole.Addressee => d.Addressees,
                    ArgumentRole.Attacker => d.Attackers,
                    _ => d.Targets,
                };
                foreach (var a in chain) MentionDraft.AddActor(list, a);
                p = chainEnd - 1;
                break;
            }
        }

        if (d.Type == EventType.Attack) ReadUnnamedTargetsAndAttackers(s, d, scanEnd);
        if (d.Type == EventType.Attack && !d.AnchorIsVerb) ReadBlamedAttacker(s, d, governing);
        if (d.Type == EventType.Meeting) ReadHost(s, d, governing);
        // A statement's place is where it was made ("said in Beijing"), not a place in what was said.
        ReadLocation(s, d, d.Type == EventType.Statement ? Math.Min(scanEnd, Math.Min(ReportingClauseEnd(s, d), ContentStart(s, d))) : scanEnd, governing);
        d.Status = ReadStatus(s, d, sentenceDrafts);
        ReadDefinite(s, d);
        switch (d.Type)
        {
            case EventType.Meeting:
                d.Topic = ReadTopic(d, scanEnd);
                // "he met ...", "his meeting with ...": the pronoun stands for the person named before.
                if (PronounBefore(s, d) is { } p)
                {
                    // "X and Y … They met", "their talks": a plural pronoun stands for the list of parties named last.
                    if (_x.Lower(p) is "they" or "their" && PartyListBefore(p, s) is { } list)
                        foreach (var a in list) MentionDraft.AddActor(d.Participants, a);
                    // (A lone party for "they" is too often a wrong guess; "their" keeps the nearest group, "lawyers … their meeting".)
                    else if (_x.Lower(p) != "they" && ResolvePronoun(p, s) is { } party) MentionDraft.AddActor(d.Participants, party);
                }
                foreach (var a in ParticipleClauseSubject(s, d)) MentionDraft.AddActor(d.Participants, a);
                if (WithWhomAntecedent(s, d) is { } antecedent) MentionDraft.AddActor(d.Participants, antecedent);
                if (!d.AnchorIsVerb && governing < 0 && AsideHolder(s, d) is { } holder)
                    foreach (var a in holder) MentionDraft.AddActor(d.Participants, a);
                break;
            case EventType.Statement:
                ReadStatement(s, d, addresseeVerb, afterVerbPhrase);
                if (d.Speakers.Count == 0 && d.AnchorIsVerb && FallbackSpeaker(s, d) is { } speaker) d.Speakers.Add(speaker);
                if (d.Speakers.Count == 0 && !d.AnchorIsVerb && Issuer(s, d) is { } issuer) d.Speakers.Add(issuer);
                if (SpeakingAside(s, d) is { } aside) ReadSpeakingAside(d, aside.First, aside.Close);
                // "The agency quoted X as saying ...": the object of the quoting verb speaks.
                if (d.AnchorIsVerb && QuotedAsSaying(s, d) is { Count: > 0 } quoted)
                {
                    d.Speakers.Clear();
                    foreach (var a in quoted) MentionDraft.AddActor(d.Speakers, a);
                }
                if (d.Addressees.Count == 0 && d.AnchorIsVerb) ReadMessageAddressee(s, d);
                // '"…," he said, adding that …': a participle after a comma goes on with the speaker of the statement before it.
                if (d.Speakers.Count == 0 && d.AnchorIsVerb && IsCommaParticiple(s, d) && PreviousStatement(d, sentenceDrafts) is { } previous)
                    foreach (var a in previous.Speakers) MentionDraft.AddActor(d.Speakers, a);
                break;
            case EventType.Attack:
                TidyTargets(s, d);
                d.AttackType = ReadAttackType(s, d);
                // "said it would strike Iraq": a pronoun subject stands for the party named before.
                if (d.AnchorIsVerb && d.Attackers.Count == 0 && !IsPassive(d.Anchor, s.FirstToken) && SubjectPronoun(d.First, s.FirstToken) is int pr
                    && ResolvePronoun(pr, s) is { } attacker) d.Attackers.Add(attacker);
                break;
        }
    }

    /// <summary>
    /// "In a statement to the ABC, the Church denied ...": a statement noun in a fronted prepositional phrase frames the
    /// reporting verb of the same sentence; both name one speech act. The noun joins the verb's mention and lends it
    /// the addressee of its "to" phrase; the verb's subject is the speaker.
    /// </summary>
    public void JoinFramingStatements(Sentence s, List<MentionDraft> drafts)
    {
        FoldQuotedFirstPersonActs(s, drafts);
        for (int k = 0; k + 1 < drafts.Count; k++)
        {
            var a = drafts[k];
            var b = drafts[k + 1];
            if (a.Type != EventType.Statement || b.Type != EventType.Statement || !b.AnchorIsVerb) continue;
            // "X, in remarks to Y, said": a statement noun in an aside between the subject and the verb.
            if (!a.AnchorIsVerb && IsAsideBefore(s, a, b))
            {
                JoinFraming(a, b);
                drafts.RemoveAt(k);
                continue;
            }
            if (a.AnchorIsVerb || !IsFrontedPhrase(s, a.First)) continue;
            int comma = -1;
            for (int i = a.Last + 1; i < b.First && comma < 0; i++)
            {
                if (_x.IsQuote(i) || _x.IsBoundary(i) || (_x.IsVerb(i) && _x.Pos(i) != UniversalPos.AUX)) break;
                if (_x.Lower(i) == ",") comma = i;
            }
            if (comma < 0) continue;
            bool subjectOnly = true;
            // (An appositive may set off the subject: "…, Malaysia's Prime Minister, Najib Razak said".)
            for (int i = comma + 1; i < b.First && subjectOnly; i++)
                subjectOnly = !(_x.IsPunct(i) && _x.Lower(i) != ",") && !_x.IsQuote(i) && !(_x.IsVerb(i) && _x.Pos(i) != UniversalPos.AUX) && !_x.IsBoundary(i);
            if (!subjectOnly) continue;
            JoinFraming(a, b);
            drafts.RemoveAt(k);
        }
    }

    /// <summary>The reporting verb <paramref name="b"/> takes the framing mention <paramref name="a"/> with its addressees and place.</summary>
    private static void JoinFraming(MentionDraft a, MentionDraft b)
    {
        foreach (var addressee in a.Addressees) b.AddAddresseeUnlessSpeaker(addressee);
        b.Location ??= a.Location;
        b.Absorb(a);
    }

    /// <summary>True when noun mention <paramref name="a"/> sits in a ", in … ," aside that closes right before verb <paramref name="b"/>.</summary>
    private bool IsAsideBefore(Sentence s, MentionDraft a, MentionDraft b)
    {
        int i = a.First - 1;
        while (i > s.FirstToken && (_x.IsDeterminer(i) || _x.Pos(i) == UniversalPos.ADJ)) i--;
        if (i <= s.FirstToken || _x.Lower(i) != "in" || _x.Lower(i - 1) != ",") return false;
        int close = b.First - 1;
        while (close > a.Last && _x.IsAdverb(close)) close--;
        if (close <= a.Last || _x.Lower(close) != ",") return false;
        for (int k = a.Last + 1; k < close; k++)
            if (_x.Lower(k) is "," or ";" or ":" or "." || _x.IsQuote(k) || _x.IsVerb(k) || _x.IsBoundary(k)) return false;
        return true;
    }

    /// <summary>
    /// '"We urge the governments of the region to act," said X': a speech act in the first person inside a quote is the
    /// quoting speaker's own act, reported by the verb outside the quote; it lends that statement its addressees.
    /// </summary>
    private void FoldQuotedFirstPersonActs(Sentence s, List<MentionDraft> drafts)
    {
        bool[]? inside = null; // quote parity at each draft's first token, counted in one pass over the sentence
        for (int k = drafts.Count - 1; k >= 0; k--)
        {
            var d = drafts[k];
            if (d.Type != EventType.Statement || !d.AnchorIsVerb) continue;
            int i = d.First - 1;
            if (i < s.FirstToken || _x.Lower(i) is not ("i" or "we")) continue;
            // Only the present act ("we urge"): "I told them ..." reports an earlier act of its own.
            string verb = _x.Lower(d.Anchor);
            if (verb.EndsWith("ed", StringComparison.Ordinal) || TimeLexicon.Default.Find(verb)?.Tense == Tense.Past) continue;
            inside ??= QuoteParity(s, drafts);
            if (!inside[k]) continue;
            MentionDraft? outer = null;
            for (int j = 0; j < drafts.Count; j++)
                if (j != k && drafts[j].Type == EventType.Statement && drafts[j].AnchorIsVerb && !inside[j]) outer = drafts[j];
            if (outer is null) continue;
            foreach (var a in d.Addressees) MentionDraft.AddActor(outer.Addressees, a);
            drafts.RemoveAt(k);
            inside = null;
        }
    }

    /// <summary>For each draft (in token order), whether an odd number of quote marks of the sentence precede its first token.</summary>
    private bool[] QuoteParity(Sentence s, List<MentionDraft> drafts)
    {
        var result = new bool[drafts.Count];
        bool open = false;
        int t = s.FirstToken;
        for (int k = 0; k < drafts.Count; k++)
        {
            for (; t < drafts[k].First; t++)
                if (_x.IsQuote(t)) open = !open;
            result[k] = open;
        }
        return result;
    }

    /// <summary>True when <paramref name="first"/> sits in a prepositional phrase opening the sentence ("In a statement", "And in his speech").</summary>
    private bool IsFrontedPhrase(Sentence s, int first)
    {
        int i = s.FirstToken;
        while (i < first && (_x.Pos(i) == UniversalPos.CCONJ || _x.IsAdverb(i))) i++;
        if (i >= first || !_x.IsPreposition(i)) return false;
        for (i++; i < first; i++)
            if (!(_x.IsDeterminer(i) || _x.Pos(i) is UniversalPos.ADJ or UniversalPos.NOUN or UniversalPos.PRON)) return false;
        return true;
    }

    // ------------------------------------------------------------------ attack targets and attackers without a named actor

    /// <summary>
    /// Targets that are things rather than parties ("bombed two Protestant towns", "attacks on suspected rebel bases
    /// in the hills and a fuel depot on the coast", "fired mortar shells at an army post"), read as noun phrases
    /// when no actor filled the role; and attackers named before "behind"/"responsible for" an attack noun.
    /// </summary>
    private void ReadUnnamedTargetsAndAttackers(Sentence s, MentionDraft d, int scanEnd)
    {
        if (d.Attackers.Count == 0 && !d.AnchorIsVerb)
        {
            int i = d.First - 1;
            while (i >= s.FirstToken && (_x.IsDeterminer(i) || _x.Pos(i) is UniversalPos.ADJ or UniversalPos.NUM || _x.TryNumber(i, out _)) && _x.UnitAt(i) is null) i--;
            foreach (var cue in _c.AttackerCuesBefore)
            {
                int start = i - cue.Length + 1;
                if (start < s.FirstToken || _x.MatchAt(start, cue, i + 1) != i + 1) continue;
                foreach (var a in LeftChain(start, s.FirstToken)) MentionDraft.AddActor(d.Attackers, a);
                break;
            }
        }
        if (d.Attackers.Count == 0 && !d.AnchorIsVerb) ReadAttackerAfter(s, d);
        if (d.Attackers.Count == 0 && d.AnchorIsVerb && UnnamedAgent(s, d, scanEnd) is { } agent) MentionDraft.AddActor(d.Attackers, agent);
        if (d.Targets.Count > 0 || IsCasualtyDraft(d) || IsAftermathReference(s, d)) return;
        int headLast = d.Triggers[0].FirstToken + d.Triggers[0].TokenCount - 1;
        if (d.AnchorIsVerb)
        {
            if (IsPassive(d.Anchor, s.FirstToken))
            {
                // "The embassy was attacked by a mob": a passive subject that is a thing, not a party, is the target.
                int v = d.First - 1;
                while (v >= s.FirstToken && (_x.Pos(v) == UniversalPos.AUX || _x.IsAdverb(v))) v--;
                // (A counted subject, "Six people were hit", is the victims.)
                if (v < d.First - 1 && NounPhraseEndingAt(v, s.FirstToken) is { } subject && !IsCasualtyDraft(d)
                    && _x.TokenRange(subject.Span) is var (first, _) && !_x.TryNumber(first, out _) && _x.Pos(first) != UniversalPos.NUM)
                    MentionDraft.AddActor(d.Targets, subject);
                return;
            }
            int objStart = d.Last + 1;
            // "firing dozens of rounds at": a quantity before the munition is part of it, not a target.
            if (objStart + 1 < scanEnd && _x.Lower(objStart + 1) == "of" && _x.Pos(objStart) is UniversalPos.NOUN or UniversalPos.NUM
                && ThingPhrase(objStart + 2, scanEnd) is { } m && _c.WeaponWords.Contains(_x.Lower(m.Head)))
                objStart += 2;
            var obj = ThingPhrase(objStart, scanEnd);
            if (obj is { } o && _c.WeaponWords.Contains(_x.Lower(o.Head)))
            {
                // "fired mortar shells at an army post".
                int p = o.Head + 1;
                while (p < scanEnd && _x.IsAdverb(p)) p++; // "fired rounds back at"
                if (p < scanEnd && _x.Lower(p) is "at" or "on" or "into") ReadThingList(p + 1, scanEnd, d.Targets);
                return;
            }
            if (obj is not null)
            {
                ReadThingList(objStart, scanEnd, d.Targets);
                return;
            }
            // No object: "opened fire on a bus" reads on as for a noun.
            // ("A car bomb exploded outside a police station": after the last trigger of the mention.)
            headLast = d.Last;
        }
        for (int p = headLast + 1; p < Math.Min(scanEnd, headLast + 3); p++)
        {
            if (_x.UnitAt(p) is not null || _x.IsPunct(p) || _x.IsVerb(p)) return;
            if (!_c.TargetPrepositions.Contains(_x.Lower(p))) continue;
            // ("killing at least 81 people": a count, not a target.)
            if (p + 1 < scanEnd && _x.Lower(p + 1) is "least" or "most") return;
            ReadThingList(p + 1, scanEnd, d.Targets);
            return;
        }
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
            for (int k = p + 1; k < head; k++)
                if (_x.Lower(k) is "'s" or "’s" || IsPartyHead(k)) { head = _x.Lower(k) is "'s" or "’s" ? k - 1 : k; break; }
            return IsPartyHead(head) ? _x.UnnamedActor(p + 1, head) : null;
        }
        int v = d.First - 1;
        while (v >= s.FirstToken && _x.IsAdverb(v)) v--;
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
        if (v < s.FirstToken || !IsPartyHead(v)) return null;
        return NounPhraseEndingAt(v, s.FirstToken);
    }

    private bool IsPartyHead(int i) => _c.PartyHeads.TryGetValue(_x.Lower(i), out var kind) && kind is ActorKind.Person or ActorKind.Group;

    /// <summary>
    /// Attack targets as phrases: a name that modifies a noun is the noun phrase it starts ("outside the U.S. embassy" →
    /// "the U.S. embassy", not "U.S."), and the second place of a locative tail is no target ("embassies in Kenya and
    /// Tanzania": Tanzania says where, like Kenya).
    /// </summary>
    private void TidyTargets(Sentence s, MentionDraft d)
    {
        for (int k = d.Targets.Count - 1; k >= 0; k--)
        {
            var a = d.Targets[k];
            var (first, last) = _x.TokenRange(a.Span);
            if (last < first || last >= s.EndToken) continue;
            if ((_x.PlaceAt(first) is not null || a.Kind == ActorKind.Country) && IsLocativeTail(first, s.FirstToken))
            {
                d.Targets.RemoveAt(k);
                continue;
            }
            int next = last + 1;
            // "attacked the ministry's servers": the possessed thing is the target, not its owner.
            if (next + 1 < s.EndToken && _x.Lower(next) is "'s" or "’s" && _x.Pos(next + 1) is UniversalPos.NOUN or UniversalPos.ADJ
                && _x.UnitAt(next + 1) is null && _x.PlaceAt(next + 1) is null && _x.TimexAt(next + 1) is null)
            {
                int head = next + 1;
                while (head + 1 < s.EndToken && head - next < 4 && _x.Pos(head + 1) is UniversalPos.NOUN && _x.UnitAt(head + 1) is null && _x.PlaceAt(head + 1) is null) head++;
                if (_x.Pos(head) == UniversalPos.NOUN && !_c.CasualtyWords.ContainsKey(_x.Lower(head)))
                {
                    d.Targets[k] = _x.UnnamedActor(first, head, a.CountryCode);
                    continue;
                }
            }
            if (a.Kind is ActorKind.Country or ActorKind.Organization && next < s.EndToken && _x.UnitAt(next) is null
                && _x.Pos(next) == UniversalPos.NOUN && _x.TimexAt(next) is null && _x.PlaceAt(next) is null && !_c.CasualtyWords.ContainsKey(_x.Lower(next)))
            {
                int head = next;
                while (head + 1 < s.EndToken && head - next < 3 && _x.Pos(head + 1) == UniversalPos.NOUN && _x.UnitAt(head + 1) is null && _x.PlaceAt(head + 1) is null) head++;
                int start = first - 1 >= s.FirstToken && _x.IsDeterminer(first - 1) ? first - 1 : first;
                d.Targets[k] = _x.UnnamedActor(start, head, a.CountryCode);
            }
        }
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
        int end = Math.Min(ClauseEnd(d.Last + 1, s.EndToken), d.Last + 10);
        for (int p = d.Last + 1; p < end; p++)
        {
            if (_x.IsPunct(p) || _x.IsQuote(p)) return;
            foreach (var cue in _c.AttackerCuesAfter)
            {
                int after = _x.MatchAt(p, cue, end);
                if (after < 0) continue;
                // (Up to a comma: "by a separatist faction, officials said".)
                var (chain, _) = RightChain(after, CommaAfter(after, s.EndToken), allowPrepositionStart: true);
                foreach (var a in chain) MentionDraft.AddActor(d.Attackers, a);
                return;
            }
            // Another verb starts another predication ("killings were condemned by X"); an auxiliary may lead to a cue
            // ("the attack on the convoy was carried out by X").
            if (_x.Pos(p) == UniversalPos.VERB) return;
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
        if (governing < 0 || !_c.BlameVerbs.Contains(_x.Lower(governing))) return;
        int on = d.Last + 1;
        if (on >= s.EndToken || _x.Lower(on) != "on") return;
        var (chain, _) = RightChain(on + 1, CommaAfter(on + 1, s.EndToken), allowPrepositionStart: true);
        if (chain.Count == 0) return;
        d.Targets.RemoveAll(t => chain.Exists(a => a.Span.Overlaps(t.Span)));
        foreach (var a in chain) MentionDraft.AddActor(d.Attackers, a);
    }

    /// <summary>Coordinated thing phrases from <paramref name="start"/> ("suspected rebel bases in the hills and a fuel depot on the coast").</summary>
    private void ReadThingList(int start, int end, List<Actor> into)
    {
        int i = start;
        for (int n = 0; n < 3; n++)
        {
            var (chain, chainEnd) = RightChain(i, end, allowPrepositionStart: true);
            int next;
            if (chain.Count > 0 && chain[0].Span.Start == _x.Tokens.GetSpan(i).Start)
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

    /// <summary>A noun phrase of at most eight tokens from <paramref name="start"/> ending in a noun (its head), or null.</summary>
    private (int Head, int Dummy)? ThingPhrase(int start, int end)
    {
        int head = -1;
        for (int i = start; i < end && i - start < 8; i++)
        {
            if (_x.TimexAt(i) is not null || _x.IsBoundary(i)) break;
            var pos = _x.Pos(i);
            if (pos is UniversalPos.NOUN or UniversalPos.PROPN && _x.PlaceAt(i) is null && _x.UnitAt(i) is null) { head = i; continue; }
            // "alleged terrorist camps": a participle before the head modifies it.
            if (head < 0 && pos == UniversalPos.VERB && i + 1 < end && _x.Pos(i + 1) is UniversalPos.ADJ or UniversalPos.NOUN
                && (_x.Lower(i).EndsWith("ed", StringComparison.Ordinal) || _x.Lower(i).EndsWith("ing", StringComparison.Ordinal))) continue;
            if (_x.IsDeterminer(i) || pos is UniversalPos.ADJ or UniversalPos.NUM || _x.PlaceAt(i) is not null || _x.UnitAt(i) is not null) { if (head >= 0 && pos is UniversalPos.DET) break; continue; }
            if (_x.Tokens.GetKind(i) == TokenKind.Dash && head >= 0) continue;
            break;
        }
        return head >= 0 ? (head, 0) : null;
    }

    // ------------------------------------------------------------------ speakers without a named entity

    /// <summary>
    /// The speaker of a reporting verb when no named actor is its subject: a pronoun ("he said", "said she") stands
    /// for the nearest person (he/she) or organization/country (it) named before; a common-noun subject ("the
    /// official said", "Police said", "a leaked internal letter says") is the speaker itself.
    /// </summary>
    private Actor? FallbackSpeaker(Sentence s, MentionDraft d)
    {
        if (d.IsJointStatement) return null;
        int verb = d.Anchor;
        int i = d.First - 1;
        while (i >= s.FirstToken && (_x.IsAdverb(i) || _x.Pos(i) == UniversalPos.AUX || _x.Lower(i) is "not" or "n't")) i--;
        // "A rebel group on Sunday claimed": a time expression between the subject and the verb.
        if (i > s.FirstToken && _x.TimexAt(i) is { } when)
        {
            i = _x.TokenRange(when.Span).First - 1;
            if (i >= s.FirstToken && _x.Lower(i) is "on" or "in" or "at" or "late" or "early") i--;
            while (i >= s.FirstToken && (_x.IsAdverb(i) || _x.Lower(i) == ",")) i--;
        }
        if (i < s.FirstToken || IsPassive(verb, s.FirstToken)) return null;
        if ((_x.Pos(i) == UniversalPos.PRON && _x.Lower(i) is not ("which" or "who")) || _x.Lower(i) is "he" or "she" or "it")
            return ResolvePronoun(i, s);
        // "The state news agency ... did not name the envoy, but said": a coordinated verb's subject opens the sentence.
        if (_x.Lower(i) is "but" or "and")
        {
            int f = s.FirstToken;
            while (f < i && (_x.IsDeterminer(f) || (_x.Pos(f) == UniversalPos.ADJ && _x.UnitAt(f) is null))) f++;
            if (_x.UnitAt(f) is { Actors.Count: > 0 } opener && _x.PlaceAt(f) is null) return opener.Actors[0];
            // "He sold the property ... and said": a pronoun opening the sentence.
            if (f < i && _x.Lower(f) is "he" or "she" or "it" or "they") return ResolvePronoun(f, s);
            return null;
        }
        // "Iran, which had condemned ...", "the agency, which did not say": a relative pronoun stands for the phrase before it.
        if (_x.Lower(i) is "which" or "who" && i - 1 >= s.FirstToken)
        {
            int k = _x.Lower(i - 1) == "," ? i - 2 : i - 1;
            if (k < s.FirstToken) return null;
            if (_x.UnitAt(k) is { Actors.Count: > 0 } antecedent && antecedent.Last == k) return antecedent.Actors[0];
            return CountryEndingAt(k) ?? NounPhraseEndingAt(k, s.FirstToken);
        }
        if (NounPhraseEndingAt(i, s.FirstToken) is { } np) return np;
        // "The official said" with "official" tagged as an adjective: a determiner and one word before the verb.
        if (i - 1 >= s.FirstToken && i == d.First - 1 && _x.Pos(i) == UniversalPos.ADJ && _x.IsDeterminer(i - 1) && _x.Lower(i - 1) is "the" or "a" or "an" && (i - 1 == s.FirstToken || _x.IsPunct(i - 2) || _x.IsQuote(i - 2)))
            return _x.UnnamedActor(i - 1, i);
        // '"…," Waters said', "Moreno, echoing the minister, said": a capitalized name the tagger and recognizer missed.
        if (CapitalizedNameEndingAt(i, s.FirstToken) is { } name) return name;
        // '"We don't just arrive," said four-star Gen. John Dailey': the first name a few words after a verb that follows a quote.
        if (SubjectSlotEmpty(d.First, s.FirstToken, commaCloses: false))
        {
            // "Replied Foreign Ministry deputy spokeswoman Ana Reyes": the person among the names, else the first name.
            Actor? first = null;
            for (int k = d.Last + 1; k < s.EndToken && k - d.Last <= 8; k++)
            {
                if (_x.UnitAt(k) is { Actors.Count: > 0 } named)
                {
                    // (Not "said Syria had indicated ...": a name with its own verb is the subject of what was said.)
                    if (named.Last + 1 < s.EndToken && _x.IsVerb(named.Last + 1)) return first;
                    if (named.Actors[0].Kind == ActorKind.Person && !named.IsCommonNoun) return named.Actors[0];
                    first ??= named.Actors[0];
                    k = named.Last;
                    continue;
                }
                if (_x.IsVerb(k) || _x.IsQuote(k) || (_x.IsPunct(k) && _x.Tokens.GetKind(k) != TokenKind.Dash)) break;
            }
            if (first is not null) return first;
        }
        // "..., said the spokesman" / "said he": an inverted subject right after a sentence-final verb.
        int j = d.Last + 1;
        if (j < s.EndToken && SubjectSlotEmpty(d.First, s.FirstToken, commaCloses: true))
        {
            if (_x.Lower(j) is "he" or "she") return ResolvePronoun(j, s);
            int k = j;
            while (k < s.EndToken && k - j < 6 && !_x.IsPunct(k) && !_x.IsQuote(k) && !_x.IsVerb(k) && !_x.IsPreposition(k)) k++;
            if (k > j && (k >= s.EndToken || _x.IsPunct(k)) && NounPhraseEndingAt(k - 1, j) is { } inverted && inverted.Span.Start == _x.Tokens.GetSpan(j).Start) return inverted;
        }
        return null;
    }

    /// <summary>
    /// The subject of the sentence's first main verb when <paramref name="verb"/> is coordinated with it by "and"/"but"
    /// ("Granma compared A with B and said", "X said …, but indicated"); null when no "and"/"but" stands right before
    /// the verb, no main verb comes before it, or that verb has no subject found.
    /// </summary>
    private List<Actor>? CoordinatedVerbSubject(int verb, Sentence s)
    {
        int i = verb - 1;
        while (i >= s.FirstToken && (_x.IsAdverb(i) || _x.Pos(i) == UniversalPos.AUX || _x.Lower(i) is "not" or "n't")) i--;
        if (i <= s.FirstToken || _x.Lower(i) is not ("and" or "but")) return null;
        for (int v = s.FirstToken; v < i; v++)
        {
            if (_x.IsQuote(v)) return null;
            if (_x.Pos(v) != UniversalPos.VERB || _x.Lower(v).EndsWith("ing", StringComparison.Ordinal)) continue;
            // (Not a verb inside the subject: "residents who said …", "a decision to leave".)
            if (v > s.FirstToken && _x.Lower(v - 1) is "to" or "who" or "which" or "that") continue;
            if (_x.UnitAt(v) is not null || IsPassive(v, s.FirstToken)) return null;
            if (SubjectPronoun(v, s.FirstToken) is int p) return ResolvePronoun(p, s) is { } r ? new List<Actor> { r } : null;
            var chain = SubjectBeforeAside(v, s.FirstToken) ?? LeftChain(v, s.FirstToken);
            return chain.Count > 0 ? chain : null;
        }
        return null;
    }

    /// <summary>
    /// "hospital officials and family members said": an unnamed noun phrase right before the verb, joined by "and" to
    /// a named or recognized party, is a speaker too; null otherwise.
    /// </summary>
    private Actor? UnnamedConjunct(int verb, int sentenceFirst)
    {
        int i = verb - 1;
        while (i >= sentenceFirst && (_x.IsAdverb(i) || _x.Pos(i) == UniversalPos.AUX)) i--;
        if (i < sentenceFirst || _x.Pos(i) != UniversalPos.NOUN || _x.UnitAt(i) is not null || NounPhraseEndingAt(i, sentenceFirst) is not { } np) return null;
        var (first, last) = _x.TokenRange(np.Span);
        for (int k = first; k <= last; k++)
            if (_x.UnitAt(k) is not null || _x.PlaceAt(k) is not null) return null;
        return first - 2 >= sentenceFirst && _x.Lower(first - 1) == "and" && _x.UnitAt(first - 2) is { Actors.Count: > 0 } u && u.Last == first - 2 ? np : null;
    }

    /// <summary>
    /// The unnamed or pronoun subject of an issuing verb that governs a statement noun ("The group issued a statement",
    /// "He gave a speech"), or null.
    /// </summary>
    private Actor? Issuer(Sentence s, MentionDraft d)
    {
        int verb = GoverningVerb(d.First, s.FirstToken);
        if (verb < 0 || !_c.IssuingVerbs.Contains(_x.Lower(verb)) || IsPassive(verb, s.FirstToken)) return null;
        if (SubjectPronoun(verb, s.FirstToken) is int p) return ResolvePronoun(p, s);
        int i = verb - 1;
        while (i >= s.FirstToken && (_x.IsAdverb(i) || _x.Pos(i) == UniversalPos.AUX)) i--;
        return i >= s.FirstToken && NounPhraseEndingAt(i, s.FirstToken) is { } np && _x.TokenRange(np.Span).First == s.FirstToken ? np : null;
    }

    /// <summary>
    /// A common-noun phrase (no name in it) that alone fills the subject slot of a verb: it opens the sentence or
    /// follows a comma or quote mark ("…, the French presidency said"); null otherwise.
    /// </summary>
    private Actor? WholeNounSubject(int verb, int sentenceFirst)
    {
        int i = verb - 1;
        while (i >= sentenceFirst && (_x.IsAdverb(i) || _x.Pos(i) == UniversalPos.AUX)) i--;
        // '…, the official said' with "official" tagged as an adjective: a determiner and one word.
        // (Not "A joint statement said": the trigger itself is the noun the adjective belongs to.)
        if (i - 1 >= sentenceFirst && _x.IsVerb(verb) && _x.Pos(i) == UniversalPos.ADJ && _x.UnitAt(i) is null && _x.Lower(i - 1) is "the" or "a" or "an"
            && (i - 1 == sentenceFirst || _x.Lower(i - 2) == "," || _x.IsQuote(i - 2)))
            return _x.UnnamedActor(i - 1, i);
        if (i < sentenceFirst || _x.Pos(i) != UniversalPos.NOUN || _x.UnitAt(i) is not null || NounPhraseEndingAt(i, sentenceFirst) is not { } np) return null;
        var (first, last) = _x.TokenRange(np.Span);
        for (int k = first; k <= last; k++)
            if (_x.UnitAt(k) is not null || _x.PlaceAt(k) is not null) return null;
        return first == sentenceFirst || _x.Lower(first - 1) == "," || _x.IsQuote(first - 1) ? np : null;
    }

    /// <summary>The object of a quoting verb before "as" + the trigger ("quoted X as saying"), or null.</summary>
    private List<Actor>? QuotedAsSaying(Sentence s, MentionDraft d)
    {
        int asToken = d.First - 1;
        if (asToken <= s.FirstToken || _x.Lower(asToken) != "as") return null;
        for (int v = asToken - 1; v >= s.FirstToken && asToken - v <= 10; v--)
        {
            if (_x.IsPunct(v) || _x.IsQuote(v) || _x.IsBoundary(v)) return null;
            if (!_c.QuotingVerbs.Contains(_x.Lower(v))) continue;
            var (chain, _) = RightChain(v + 1, asToken, allowPrepositionStart: false);
            return chain;
        }
        return null;
    }

    /// <summary>"…, adding that": a verb trigger in -ing right after a comma (past adverbs).</summary>
    private bool IsCommaParticiple(Sentence s, MentionDraft d)
    {
        if (!_x.Lower(d.Anchor).EndsWith("ing", StringComparison.Ordinal)) return false;
        int i = d.First - 1;
        while (i >= s.FirstToken && _x.IsAdverb(i)) i--;
        return i >= s.FirstToken && _x.Lower(i) == ",";
    }

    /// <summary>The nearest statement mention of the sentence before <paramref name="d"/>, or null.</summary>
    private static MentionDraft? PreviousStatement(MentionDraft d, List<MentionDraft> sentenceDrafts)
    {
        MentionDraft? previous = null;
        foreach (var o in sentenceDrafts)
            if (o != d && o.Type == EventType.Statement && o.Last < d.First) previous = o;
        return previous;
    }

    /// <summary>
    /// True when nothing but adverbs stands between the verb and the sentence start or a closing quote mark ("…," said X),
    /// or, with <paramref name="commaCloses"/>, any comma ("The ceasefire is holding, said X").
    /// </summary>
    private bool SubjectSlotEmpty(int verb, int sentenceFirst, bool commaCloses)
    {
        int i = verb - 1;
        while (i >= sentenceFirst && (_x.IsAdverb(i) || _x.Pos(i) == UniversalPos.AUX)) i--;
        if (i < sentenceFirst || _x.IsQuote(i)) return true;
        if (commaCloses && _x.IsPunct(i)) return true;
        // A comma alone may close an appositive ("X, the spokesman, said"); after a quote mark it closes the quote.
        return _x.Lower(i) == "," && i - 1 >= sentenceFirst && _x.IsQuote(i - 1);
    }

    /// <summary>A subject pronoun (he, she, it, they) right before a verb, past auxiliaries and adverbs ("it would strike"), or null.</summary>
    private int? SubjectPronoun(int verb, int sentenceFirst)
    {
        int i = verb - 1;
        while (i >= sentenceFirst && (_x.IsAdverb(i) || _x.Pos(i) == UniversalPos.AUX)) i--;
        return i >= sentenceFirst && _x.Lower(i) is "he" or "she" or "it" or "they" ? i : null;
    }

    /// <summary>
    /// A meeting named by an "-ing" form that opens a participle clause: the clause has no subject of its own, so the
    /// main clause lends its subject. "X wrapped up the day, meeting with Y" and "X left before meeting Y": the subject
    /// to the left; "After touring the capital and meeting with Y, X said": the subject after the clause's comma.
    /// </summary>
    private List<Actor> ParticipleClauseSubject(Sentence s, MentionDraft d)
    {
        var none = new List<Actor>();
        // "After a two-hour meeting with X, Y said": a meeting noun in a fronted time phrase belongs to the subject after its comma.
        if (!d.AnchorIsVerb && FrontedTimePhraseSubject(s, d) is { } subject) return subject;
        if (!_x.Lower(d.First).EndsWith("ing", StringComparison.Ordinal) || d.First - 1 < s.FirstToken) return none;
        string before = _x.Lower(d.First - 1);
        if (before is not ("," or "and") && !s_participleOpeners.Contains(before)) return none;
        // The clause opener: the nearest comma, subordinator or sentence start to the left.
        int opener = d.First - 1;
        while (opener >= s.FirstToken && _x.Lower(opener) is not "," and not "_" && !s_participleOpeners.Contains(_x.Lower(opener))) opener--;
        if (opener < s.FirstToken || _x.Lower(opener) == "_")
            return none;
        if (_x.Lower(opener) == ",")
            return before == "," ? LeftChain(d.First, s.FirstToken) : none;
        bool fronted = opener == s.FirstToken || _x.Lower(opener - 1) is "_" or ",";
        if (!fronted) return MainClauseSubject(opener, s) ?? LeftChain(opener, s.FirstToken);
        // "X praised the staff, before meeting Y": a comma before the opener follows a main clause, not a fronted one.
        if (opener > s.FirstToken && _x.Lower(opener - 1) == "," && MainClauseSubject(opener, s) is { } main) return main;
        // Fronted: the subject is the actor list right after the comma that closes the clause.
        for (int i = d.Last + 1; i < s.EndToken; i++)
        {
            if (_x.UnitAt(i) is { } u) { i = u.Last; continue; }
            if (_x.Lower(i) != ",") continue;
            var (chain, _) = RightChain(i + 1, s.EndToken, allowPrepositionStart: false);
            return chain;
        }
        return none;
    }

    /// <summary>
    /// The nearest list of two or more coordinated parties before <paramref name="pronoun"/>, in its sentence or the one
    /// before, that is a clause's subject ("Peru and Chile signed a treaty. They will meet in May"); or null.
    /// </summary>
    private List<Actor>? PartyListBefore(int pronoun, Sentence s)
    {
        int si = _x.Document.SentenceAt(_x.Tokens.GetSpan(pronoun).Start);
        int limit = si > 0 ? _x.Document.Sentences[si - 1].FirstToken : s.FirstToken;
        for (int i = pronoun - 1; i >= limit; i--)
        {
            if (_x.UnitAt(i) is not { } u) continue;
            i = u.First;
            if (u.Actors.Count == 0 || IsPrepositionalObject(u) || IsVerbObject(u) || InsideQuote(u.First)) continue;
            // Only a list that ends right before its verb is a subject.
            int next = u.Last + 1;
            while (next < _x.Tokens.Count && (_x.IsAdverb(next) || _x.Pos(next) == UniversalPos.AUX)) next++;
            if (next >= _x.Tokens.Count || !_x.IsVerb(next)) continue;
            int sentenceFirst = _x.Document.Sentences[_x.Document.SentenceAt(_x.Tokens.GetSpan(u.First).Start)].FirstToken;
            var chain = LeftChain(u.Last + 1, sentenceFirst);
            return chain.Count >= 2 ? chain : null;
        }
        return null;
    }

    /// <summary>
    /// "bombing victims", "his grandmothers": a noun phrase from <paramref name="start"/> whose head is one of the
    /// people one meets with (meeting-people-nouns.txt), with no name in it, and the token after it; or null.
    /// </summary>
    private (Actor Actor, int End)? UnnamedPeople(int start, int end)
    {
        var found = ThingPhrase(start, end);
        // ("the boy's two grandmothers": past a common-noun possessor to the head it owns.)
        if (found is { } owner && owner.Head + 2 < end && _x.Lower(owner.Head + 1) is "'s" or "’s" && ThingPhrase(owner.Head + 2, end) is { } owned) found = owned;
        if (found is not { } np || !_c.MeetingPeopleNouns.Contains(_x.Lower(np.Head))) return null;
        for (int i = start; i < np.Head; i++)
            if (_x.UnitAt(i) is not null || _x.PlaceAt(i) is not null) return null;
        // ("with families of the victims": the phrase goes on past its head; not read here.)
        if (np.Head + 1 < end && _x.Lower(np.Head + 1) is "of" or "'s" or "’s") return null;
        return (_x.UnnamedActor(start, np.Head), np.Head + 1);
    }

    /// <summary>
    /// The actor list after the comma closing a sentence-opening "After/Before/During/Following …" phrase that holds the
    /// meeting noun (no verb between the opener and the noun), or null.
    /// </summary>
    private List<Actor>? FrontedTimePhraseSubject(Sentence s, MentionDraft d)
    {
        int open = s.FirstToken;
        if (_x.Lower(open) is not ("after" or "before" or "during" or "following")) return null;
        for (int i = open + 1; i < d.First; i++)
            if (_x.IsVerb(i) || _x.Lower(i) == ",") return null;
        for (int i = d.Last + 1; i < s.EndToken; i++)
        {
            if (_x.UnitAt(i) is { } u) { i = u.Last; continue; }
            if (_x.IsVerb(i)) return null;
            if (_x.Lower(i) != ",") continue;
            var (chain, _) = RightChain(i + 1, s.EndToken, allowPrepositionStart: false);
            return chain.Count > 0 ? chain : null;
        }
        return null;
    }

    /// <summary>
    /// The subject of the clause a subordinator (<paramref name="opener"/>) closes: that of the clause's first verb.
    /// "She praised the staff of the State Department before meeting Y": she, not the name nearest to "before";
    /// a subject pronoun is resolved to the party it stands for. Null when the clause has no verb before the opener.
    /// </summary>
    private List<Actor>? MainClauseSubject(int opener, Sentence s)
    {
        int start = ClauseStart(opener, s.FirstToken);
        for (int v = start; v < opener; v++)
        {
            if (_x.UnitAt(v) is { } u) { v = u.Last; continue; }
            if (_x.Pos(v) != UniversalPos.VERB) continue;
            if (SubjectPronoun(v, s.FirstToken) is int p)
                return ResolvePronoun(p, s) is { } party ? new List<Actor> { party } : null;
            var chain = LeftChain(v, s.FirstToken);
            return chain.Count > 0 ? chain : null;
        }
        return null;
    }

    /// <summary>"X, with whom the minister met": the antecedent of "with whom" before a meeting verb is the other party.</summary>
    private Actor? WithWhomAntecedent(Sentence s, MentionDraft d)
    {
        if (!d.AnchorIsVerb) return null;
        for (int i = d.First - 1, n = 0; i > s.FirstToken + 1 && n < 8; i--, n++)
        {
            if (_x.Lower(i) != "whom") continue;
            if (_x.Lower(i - 1) != "with") return null;
            int k = i - 2;
            if (k >= s.FirstToken && _x.Lower(k) == ",") k--;
            return k >= s.FirstToken && _x.UnitAt(k) is { Actors.Count: > 0 } u && u.Last == k ? u.Actors[0] : null;
        }
        return null;
    }

    /// <summary>
    /// "X, on an official visit to Y, asked ...": a meeting noun in a comma-delimited aside right after a name
    /// belongs to that name (the subject the aside interrupts).
    /// </summary>
    private List<Actor>? AsideHolder(Sentence s, MentionDraft d)
    {
        int i = d.First - 1;
        while (i > s.FirstToken && _x.UnitAt(i) is null && (_x.IsDeterminer(i) || IsWordHyphen(i) || _x.Pos(i) is UniversalPos.ADJ or UniversalPos.NOUN or UniversalPos.NUM)) i--;
        if (i <= s.FirstToken + 1 || !_x.IsPreposition(i) || _x.Lower(i - 1) != ",") return null;
        int k = i - 2;
        if (_x.UnitAt(k) is not { Actors.Count: > 0 } u || u.Last != k || IsPrepositionalObject(u) || IsVerbObject(u)) return null;
        return u.Actors.ToList();
    }

    /// <summary>Subordinators that open a subjectless "-ing" clause ("after meeting", "while visiting").</summary>
    private static readonly HashSet<string> s_participleOpeners = new(StringComparer.Ordinal) { "after", "before", "while", "when", "since", "upon", "by" };

    /// <summary>The subject pronoun of a verb trigger ("he met") or the possessive of a noun trigger ("his meeting"), or null.</summary>
    private int? PronounBefore(Sentence s, MentionDraft d)
    {
        int i = d.First - 1;
        // "he met", "he's expected to meet", "she will travel to meet".
        int n = 0;
        // ("their third day-long meeting": the adjectives, numbers and compound words of a noun trigger's phrase.)
        while (i >= s.FirstToken && n < 6 && (_x.IsAdverb(i) || _x.Pos(i) == UniversalPos.AUX
               || (!d.AnchorIsVerb && _x.UnitAt(i) is null && (_x.Pos(i) is UniversalPos.ADJ or UniversalPos.NUM || IsWordHyphen(i) || (_x.Pos(i) == UniversalPos.NOUN && IsWordHyphen(i + 1))))
               || (d.AnchorIsVerb && (_x.Lower(i) is "to" or "'s" or "’s" || (_x.Pos(i) == UniversalPos.VERB && i - 1 >= s.FirstToken && _x.Lower(i + 1) == "to")))))
        {
            i--;
            n++;
        }
        if (i < s.FirstToken) return null;
        string w = _x.Lower(i);
        if (d.AnchorIsVerb && w is "he" or "she" or "they") return i;
        if (!d.AnchorIsVerb && w is "his" or "her" or "their") return i;
        return null;
    }

    /// <summary>How many "he … he … he" links a pronoun may follow back to the name they all stand for.</summary>
    private const int PronounChainDepth = 3;

    /// <summary>
    /// The nearest person (he, she) or organization/country/group (it, they) named before a pronoun in this or an earlier
    /// sentence. "he" and "she" skip a person whose name or title marks the other gender, follow an earlier "he"/"she"
    /// in a subject slot to the name it stands for, and prefer the subject of a reporting verb to a person named in
    /// what was reported ("He said he had no evidence against X. … he said": not X).
    /// </summary>
    private Actor? ResolvePronoun(int pronoun, Sentence s) => ResolvePronoun(pronoun, s, 0);

    private Actor? ResolvePronoun(int pronoun, Sentence s, int depth)
    {
        string w = _x.Lower(pronoun);
        bool person = w is "he" or "she" or "his" or "her";
        bool thing = w is "it" or "they" or "their";
        if (!person && !thing) return null;
        var gender = w is "she" or "her" ? PersonGender.Female : w is "he" or "his" ? PersonGender.Male : PersonGender.Unknown;
        int limit = Math.Max(0, s.FirstToken - 400);
        for (int i = pronoun - 1; i >= limit; i--)
        {
            // "He said …. He added": an earlier subject pronoun of the same gender stands for the same person.
            if (person && depth < PronounChainDepth && IsSubjectPronounOf(i, gender) && !InsideQuote(i)) return ResolvePronoun(i, s, depth + 1);
            var u = _x.UnitAt(i);
            if (u is null) continue;
            i = u.First;
            if (u.Actors.Count == 0) continue;
            var a = u.Actors[0];
            if (w is "they" or "their")
            {
                // A group or institution, or a plural name ("the Ulster Unionists"); not a thing wanted or named in passing ("a strong government").
                bool plural = a.Kind is ActorKind.Organization or ActorKind.Country or ActorKind.Group
                    || (a.Kind == ActorKind.Other && !u.IsCommonNoun && _x.Lower(u.Last).EndsWith('s'));
                if (!plural || IsVerbObject(u) || _x.Lower(u.First) is "a" or "an") continue;
            }
            // ("The Guardian cited ... It quoted": a name opening with "The" is no person, whatever the recognizer said.)
            // ("U.S. Secretary of State Madeleine Albright" taken for an organization: a first name or title of the
            // pronoun's gender makes a name a person.)
            else if (!(person ? (a.Kind == ActorKind.Person || (!u.IsCommonNoun && a.Kind != ActorKind.Country && FirstNameGender(a.Text) == gender)) && !IsTheName(u) : a.Kind is ActorKind.Organization or ActorKind.Country or ActorKind.Group || (a.Kind == ActorKind.Person && IsTheName(u)))) continue;
            // "it": not a plural group ("additional troops") nor a verb's object.
            else if (w == "it" && (IsVerbObject(u) || (u.IsCommonNoun && _x.Lower(u.Last).EndsWith('s')))) continue;
            // A name used as a modifier ("Warhol's photographs", "the Warhol exhibit") or after a preposition is rarely the one who speaks next.
            int next = u.Last + 1;
            bool modifier = next < _x.Tokens.Count && (_x.Lower(next) is "'s" or "’s" || _x.Pos(next) is UniversalPos.NOUN);
            if (modifier || IsPrepositionalObject(u)) continue;
            // "Ted Eubank, president of the company": a role after a name stands for that name, found next.
            if (u.IsCommonNoun && IsAppositiveOfName(u)) continue;
            // A name inside quoted words ('Wilkins said, "[Warhol] liked ..."') is not who is reported on next.
            if (InsideQuote(u.First)) continue;
            if (person && IsOtherGender(u, gender)) continue;
            if (person && depth < PronounChainDepth && ReportingSubjectBefore(u, gender, s, depth) is { } reporter) return reporter;
            return a;
        }
        return null;
    }

    /// <summary>True when token <paramref name="i"/> is "he" (male) or "she" (female) before a verb, auxiliary or adverb.</summary>
    private bool IsSubjectPronounOf(int i, PersonGender gender)
    {
        if (gender == PersonGender.Unknown || _x.Lower(i) != (gender == PersonGender.Female ? "she" : "he")) return false;
        return i + 1 < _x.Tokens.Count && (_x.IsVerb(i + 1) || _x.IsAdverb(i + 1) || _x.Pos(i + 1) == UniversalPos.AUX);
    }

    /// <summary>
    /// When unit <paramref name="u"/> sits in what a reporting verb before it reports, the verb's subject if that is a
    /// person of a fitting gender (a named person, or "he"/"she" resolved in turn); else null.
    /// </summary>
    private Actor? ReportingSubjectBefore(ArgUnit u, PersonGender gender, Sentence s, int depth)
    {
        int si = _x.Document.SentenceAt(_x.Tokens.GetSpan(u.First).Start);
        if (si < 0) return null;
        int first = _x.Document.Sentences[si].FirstToken;
        int verb = -1;
        for (int k = first; k < u.First && verb < 0; k++)
            if (_x.Pos(k) == UniversalPos.VERB && IsReportingVerb(k)) verb = k;
        if (verb < 0) return null;
        int j = verb - 1;
        while (j >= first && (_x.IsAdverb(j) || _x.Pos(j) == UniversalPos.AUX)) j--;
        if (j < first) return null;
        if (IsSubjectPronounOf(j, gender)) return ResolvePronoun(j, s, depth + 1);
        return _x.UnitAt(j) is { } subject && subject != u && subject.Last == j && subject.Actors.Count > 0 && subject.Actors[0].Kind == ActorKind.Person
            && !IsOtherGender(subject, gender) && !InsideQuote(subject.First) ? subject.Actors[0] : null;
    }

    /// <summary>True when the person's name or title marks the gender other than <paramref name="gender"/>.</summary>
    private bool IsOtherGender(ArgUnit u, PersonGender gender)
    {
        var g = GenderOf(u);
        return gender != PersonGender.Unknown && g != PersonGender.Unknown && g != gender;
    }

    /// <summary>
    /// The gender a person unit's title or first name marks: a title before it ("Mrs."), a gendered noun or first name in
    /// its words or in the fullest name of the same person (the last word of a name, the surname, is not read as a first name).
    /// </summary>
    private PersonGender GenderOf(ArgUnit u)
    {
        if (u.First > 0 && Gender(_x.Lower(u.First - 1)) is var before && before != PersonGender.Unknown) return before;
        foreach (var name in new[] { u.Actors[0].Text, u.Actors[0].Canonical })
        {
            if (string.IsNullOrEmpty(name)) continue;
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            int count = u.IsCommonNoun || words.Length == 1 ? words.Length : words.Length - 1;
            for (int k = 0; k < count; k++)
                if (Gender(words[k].ToLowerInvariant()) is var g && g != PersonGender.Unknown) return g;
        }
        return PersonGender.Unknown;
    }

    private PersonGender Gender(string word)
    {
        word = word.TrimEnd('.', ',');
        return _c.GenderWords.TryGetValue(word, out var g) || _c.FirstNameGenders.TryGetValue(word, out g) ? g : PersonGender.Unknown;
    }

    /// <summary>The gender of the first first name among the words of a name before its last word ("… Madeleine Albright"), or Unknown.</summary>
    private PersonGender FirstNameGender(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int k = 0; k + 1 < words.Length; k++)
            if (_c.FirstNameGenders.TryGetValue(words[k].ToLowerInvariant(), out var g)) return g;
        return PersonGender.Unknown;
    }

    /// <summary>A name (not a common-noun phrase) whose first word is "The" ("The Guardian").</summary>
    private bool IsTheName(ArgUnit u) => !u.IsCommonNoun && (StartsThe(u.First) && u.Last > u.First || (u.First > 0 && StartsThe(u.First - 1)));

    private bool StartsThe(int i) => _x.Tokens.GetChars(i) is ['T', 'h', 'e'];

    /// <summary>"Replied Foreign Ministry deputy spokeswoman Ana Reyes": a named person within a run of names and titles from <paramref name="from"/>.</summary>
    private Actor? PersonAfter(int from, int end)
    {
        for (int k = from; k < end && k - from <= 8; k++)
        {
            if (_x.UnitAt(k) is { } u)
            {
                if (u.Actors.Count > 0 && u.Actors[0].Kind == ActorKind.Person && !u.IsCommonNoun) return u.Actors[0];
                k = u.Last;
                continue;
            }
            if (!(_x.IsDeterminer(k) || _x.Pos(k) is UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.ADJ || _x.Tokens.GetKind(k) == TokenKind.Dash)) return null;
        }
        return null;
    }

    /// <summary>True when a comma and a name come right before the unit's determiners and modifiers ("X, the president", "X, Coda's president").</summary>
    private bool IsAppositiveOfName(ArgUnit u)
    {
        int i = u.First - 1;
        while (i >= 0 && (_x.IsDeterminer(i) || _x.Pos(i) is UniversalPos.ADJ or UniversalPos.NOUN || _x.Lower(i) is "'s" or "’s"
               || (_x.UnitAt(i) is { } possessor && possessor.Last + 1 < _x.Tokens.Count && _x.Lower(possessor.Last + 1) is "'s" or "’s")))
            i = _x.UnitAt(i) is { } skipped ? skipped.First - 1 : i - 1;
        return i >= 1 && _x.Lower(i) == "," && _x.UnitAt(i - 1) is { IsCommonNoun: false, Actors.Count: > 0 };
    }

    /// <summary>True when an odd number of quote marks precede token <paramref name="token"/> in its sentence.</summary>
    private bool InsideQuote(int token)
    {
        int si = _x.Document.SentenceAt(_x.Tokens.GetSpan(token).Start);
        if (si < 0) return false;
        bool inside = false;
        for (int i = _x.Document.Sentences[si].FirstToken; i < token; i++)
            if (_x.IsQuote(i)) inside = !inside;
        return inside;
    }

    /// <summary>
    /// A common-noun phrase of at most six words ending at <paramref name="last"/> ("the official", "Iraq's foreign
    /// ministry", "northern Ireland police"), as an actor named by its own words; null when the words end in no noun,
    /// hold a time expression or a place only, or are a pronoun.
    /// </summary>
    private Actor? NounPhraseEndingAt(int last, int first)
    {
        if (last < first || _x.Pos(last) is not (UniversalPos.NOUN or UniversalPos.PROPN) || _x.TimexAt(last) is not null || _x.UnitAt(last) is not null) return null;
        int i = last;
        while (i - 1 >= first && last - (i - 1) < 6)
        {
            int k = i - 1;
            if (_x.TimexAt(k) is not null || _x.IsPunct(k) || _x.IsQuote(k)) break;
            if (_x.Pos(k) is UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.ADJ or UniversalPos.NUM || _x.Lower(k) is "'s" or "’s" || _x.UnitAt(k) is not null) { i = k; continue; }
            if (_x.IsDeterminer(k)) { i = k; break; }
            break;
        }
        if (_x.PlaceAt(last) is not null && _x.PlaceAt(i) is not null) return null;
        return _x.UnnamedActor(i, last);
    }

    /// <summary>
    /// One or two capitalized words ending at <paramref name="last"/> that fill a subject slot on their own (after the
    /// sentence start, a comma or a quote mark) and that the tagger took for no noun, pronoun, determiner or verb; or null.
    /// </summary>
    private Actor? CapitalizedNameEndingAt(int last, int sentenceFirst)
    {
        int first = last;
        while (first >= sentenceFirst && last - first < 2 && IsUntaggedName(first)) first--;
        first++;
        if (first > last) return null;
        if (!(first == sentenceFirst || _x.Lower(first - 1) == "," || _x.IsQuote(first - 1))) return null;
        // A word that is usually lowercase ("However", "Meanwhile") opening the sentence is no name.
        if (first == sentenceFirst && first == last && _c.SharedLowercase.ContainsKey(_x.Lower(first))) return null;
        var span = _x.Span(first, last);
        string text = span.GetText(_x.Text);
        return new Actor(text, span, ActorKind.Person, null, text, 0.4f);
    }

    private bool IsUntaggedName(int i)
    {
        var chars = _x.Tokens.GetChars(i);
        if (chars.Length < 2 || !char.IsUpper(chars[0]) || _x.Tokens.GetKind(i) != TokenKind.Word || _x.UnitAt(i) is not null || _x.PlaceAt(i) is not null || _x.TimexAt(i) is not null) return false;
        return _x.Pos(i) is UniversalPos.PROPN or UniversalPos.INTJ or UniversalPos.X or UniversalPos.ADJ;
    }

    /// <summary>"were killed", "has been attacked", "was reportedly shot": a form of "be" or "get" before the verb, with adverbs between.</summary>
    private bool IsPassive(int verb, int sentenceFirst)
    {
        for (int i = verb - 1, n = 0; i >= sentenceFirst && n < 3; i--, n++)
        {
            if (_x.Lower(i) is "was" or "were" or "is" or "are" or "be" or "been" or "being" or "got" or "gets" or "get" or "'s" or "’s") return true;
            if (!_x.IsAdverb(i)) return false;
        }
        return false;
    }

    /// <summary>True when nothing but determiners/adjectives separate a preceding preposition from the unit.</summary>
    public bool IsPrepositionalObject(ArgUnit u)
    {
        int i = u.First - 1;
        // ("with Iraqi president Ali Hassan": lowercase title words before a person's name belong to the phrase.)
        bool person = !u.IsCommonNoun && u.Actors.Count > 0 && u.Actors[0].Kind == ActorKind.Person;
        while (i >= 0 && _x.UnitAt(i) is null && (_x.IsDeterminer(i) || _x.Pos(i) == UniversalPos.ADJ
               || (person && _x.Pos(i) == UniversalPos.NOUN && char.IsLower(_x.Tokens.GetChars(i)[0]) && u.First - i <= 4 && !_x.IsBoundary(i)))) i--;
        if (i < 0 || !_x.IsPreposition(i)) return false;
        // "after provincial police said": a subordinator opening a clause whose subject the unit is.
        if (_x.Lower(i) is "after" or "before" or "since" or "until" or "because" or "while" or "as" or "if" or "when"
            && u.Last + 1 < _x.Tokens.Count && _x.IsVerb(u.Last + 1)) return false;
        // "delegates from the four countries", "officials of Russia": the phrase stands for the party.
        if (_x.Lower(i) is "of" or "from" && i > 0 && _c.GroupNouns.Contains(_x.Lower(i - 1))) return false;
        return true;
    }

    /// <summary>"to U.S. President Bill Clinton": a unit in a prepositional phrase behind other names, determiners and adjectives.</summary>
    private bool IsBehindPreposition(ArgUnit u)
    {
        int i = u.First - 1;
        for (int n = 0; i >= 0 && n < 8; n++)
        {
            if (_x.UnitAt(i) is { } before) { i = before.First - 1; continue; }
            if (_x.IsDeterminer(i) || _x.Pos(i) is UniversalPos.ADJ or UniversalPos.PROPN or UniversalPos.NUM) { i--; continue; }
            break;
        }
        return i >= 0 && i < u.First - 1 && _x.IsPreposition(i) && !(_x.Lower(i) is "of" or "from");
    }

    /// <summary>"condemned the bombings in Kenya and Tanzania and expressed": a later conjunct of a prepositional or verb object is one too.</summary>
    private bool IsObjectConjunct(ArgUnit u)
    {
        // "X and Y said" coordinates subjects: the conjunct's own verb follows.
        if (u.Last + 1 < _x.Tokens.Count && _x.IsVerb(u.Last + 1)) return false;
        int first = u.First;
        for (int n = 0; n < 4; n++)
        {
            int i = first - 1;
            while (i >= 0 && _x.IsDeterminer(i)) i--;
            if (i < 1 || !(_x.Lower(i) is "and" or "or")) return false;
            int j = i - 1;
            if (j >= 0 && _x.Lower(j) == ",") j--;
            if (j < 0) return false;
            // The previous conjunct: an actor, or a place ("in Kenya and Tanzania").
            if (_x.UnitAt(j) is { } prev)
            {
                if (IsPrepositionalObject(prev) || IsVerbObject(prev)) return true;
                first = prev.First;
            }
            else if (_x.PlaceAt(j) is { } place)
            {
                int p = _x.TokenRange(place.Span).First - 1;
                while (p >= 0 && _x.IsDeterminer(p)) p--;
                if (p >= 0 && _x.IsPreposition(p)) return true;
                first = p + 1;
            }
            else return false;
        }
        return false;
    }

    /// <summary>"had moved additional troops and said": a unit right after a main verb (past determiners and adjectives) is its object, not a subject.</summary>
    private bool IsVerbObject(ArgUnit u)
    {
        int i = u.First - 1;
        while (i >= 0 && (_x.IsDeterminer(i) || (_x.Pos(i) is UniversalPos.ADJ or UniversalPos.NUM && _x.UnitAt(i) is null))) i--;
        if (i < 0 || !_x.HasPos || _x.Pos(i) != UniversalPos.VERB) return false;
        // "said Syria had indicated": after a reporting verb, a unit followed by its own verb is that clause's subject
        // (after another verb it is still the object: "analysts who follow regional politics said").
        int next = u.Last + 1;
        return next >= _x.Tokens.Count || !_x.IsVerb(next) || (!IsReportingVerb(i) && i - 1 >= 0 && _x.Lower(i - 1) is "who" or "which" or "that");
    }

    /// <summary>
    /// The subject of a verb set off from it by a comma-delimited aside: a relative clause ("Libya, which brought the
    /// case ..., hailed"), a participle phrase ("X, ending a two-day visit, said"; "Turkey, worried about ..., urged"),
    /// or a verbless appositive or prepositional phrase ("Kiara Perkins, a second year art major, admitted"; "X, in
    /// remarks to Y, said"). Null when no such aside ends right before the verb or no party stands before it.
    /// </summary>
    private List<Actor>? SubjectBeforeAside(int verb, int sentenceFirst)
    {
        int close = verb - 1;
        while (close >= sentenceFirst && (_x.IsAdverb(close) || _x.Pos(close) == UniversalPos.AUX)) close--;
        if (close <= sentenceFirst || _x.Lower(close) != "," || _x.IsQuote(close - 1)) return null;
        int open = -1;
        for (int k = close - 1; k > sentenceFirst && close - k <= 30; k--)
        {
            if (_x.Lower(k) == ",") { open = k; break; }
            if (_x.IsBoundary(k) && !(_x.Lower(k) is "which" or "who" && _x.Lower(k - 1) == ",")) return null;
        }
        if (open < 0 || open + 1 >= close) return null;
        int a = open + 1;
        string w = _x.Lower(a);
        bool relative = w is "which" or "who" or "whose";
        // (A past participle is often tagged as an adjective: "worried about ...".)
        bool participle = _x.Pos(a) is UniversalPos.VERB or UniversalPos.ADJ && (w.EndsWith("ing", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal));
        if (!relative && !participle)
        {
            // A verbless phrase: an appositive ("a second year art major") or a prepositional aside ("in remarks to Y").
            if (!(_x.IsPreposition(a) || _x.IsDeterminer(a) || _x.UnitAt(a) is not null || _x.Pos(a) is UniversalPos.ADJ or UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.NUM))
                return null;
            for (int k = a; k < close; k++)
                if (_x.IsVerb(k) || _x.IsQuote(k)) return null;
            // "The country's largest farmers' union, the Growers League, is threatening": an aside that is just a
            // name names the subject.
            int n = a;
            while (n < close && _x.IsDeterminer(n)) n++;
            // (Not "Anna Berg, the Swedish spokesperson, said": a named subject stays the subject.)
            var before = _x.UnitAt(open - 1);
            bool subjectNamed = before is { IsCommonNoun: false, Actors.Count: > 0 } && before.Last == open - 1;
            if (!subjectNamed && _x.UnitAt(n) is { IsCommonNoun: false, IsReference: false, Actors.Count: > 0 } name && name.First == n && name.Last == close - 1)
                return new List<Actor>(name.Actors);
        }
        if (_x.UnitAt(open - 1) is not { Actors.Count: > 0 } u || u.Last != open - 1 || IsPrepositionalObject(u) || IsVerbObject(u))
        {
            // "Turkey, worried about ..., urged": a country the resolver left as a place opens the sentence;
            // "The report, released by X, says": so does a common-noun phrase.
            var opener = CountryEndingAt(open - 1) ?? NounPhraseEndingAt(open - 1, sentenceFirst) ?? CapitalizedNameEndingAt(open - 1, sentenceFirst);
            return opener is not null && _x.TokenRange(opener.Span).First == sentenceFirst ? new List<Actor> { opener } : null;
        }
        var chain = LeftChain(open, sentenceFirst);
        return chain.Count > 0 ? chain : null;
    }

    /// <summary>A country place (not taken for an actor) ending at token <paramref name="k"/>, as a country actor; else null.</summary>
    private Actor? CountryEndingAt(int k)
    {
        if (_x.PlaceAt(k) is not { IsCountry: true } place || _x.UnitAt(k) is not null || _x.TokenRange(place.Span).Last != k) return null;
        return new Actor(place.Text, place.Span, ActorKind.Country, place.CountryCode, place.Name, 0.6f);
    }

    /// <summary>The nearest list of coordinated actors that ends left of <paramref name="from"/>, skipping prepositional objects and parentheticals.</summary>
    public List<Actor> LeftChain(int from, int sentenceFirst)
    {
        var result = new List<Actor>();
        int i = from - 1;
        int depth = 0; // inside a comma-delimited parenthetical opened on the right
        ArgUnit? found = null;
        // ("Adams said ..., adding": a participle continuing a reported act shares the reporting verb's subject.)
        bool continuing = from > sentenceFirst && from < _x.Tokens.Count && _x.Lower(from - 1) == "," && _x.Lower(from).EndsWith("ing", StringComparison.Ordinal);
        while (i >= sentenceFirst)
        {
            if (_x.IsBoundary(i))
            {
                // "Army officers who follow border affairs said": past a relative clause, its antecedent is the subject.
                if (_x.Lower(i) is "who" or "which" && i > sentenceFirst && !HasCommaBetween(i, from))
                {
                    int k = _x.Lower(i - 1) == "," ? i - 2 : i - 1;
                    if (k >= sentenceFirst && _x.UnitAt(k) is { } antecedent && antecedent.Last == k && !IsPrepositionalObject(antecedent)) found = antecedent;
                }
                break;
            }
            // A dateline ("JERUSALEM (AP)_") ends where the story starts.
            if (_x.Lower(i) == "_") break;
            var u = _x.UnitAt(i);
            if (u is not null)
            {
                // "The Union of ... (UAAR)": a parenthesized abbreviation is not the subject itself.
                bool bracketed = u.First > sentenceFirst && _x.Lower(u.First - 1) == "(" && u.Last + 1 < _x.Tokens.Count && _x.Lower(u.Last + 1) == ")";
                if (!bracketed && !IsPrepositionalObject(u) && !IsVerbObject(u) && !IsObjectConjunct(u) && !IsParenthetical(u.First, sentenceFirst, from)) { found = u; break; }
                i = u.First - 1;
                continue;
            }
            // "Officials said the president met": a reporting verb closes the clause whose subject is sought.
            if (!continuing && _x.Pos(i) == UniversalPos.VERB && IsReportingVerb(i) && !IsParenthetical(i, sentenceFirst, from)) break;
            i--;
        }
        _ = depth;
        if (found is null) return result;
        var chain = new List<ArgUnit> { found };
        int j = found.First - 1;
        while (j >= sentenceFirst)
        {
            // "Ruiz, Trade Minister Juan Soto and others": a title the recognizer left apart belongs to the name after it.
            bool afterTitle = false;
            if (_x.UnitAt(j) is { } title && IsTitleBefore(title)) { j = title.First - 1; afterTitle = true; }
            if (j < sentenceFirst) break;
            int k = j;
            bool coordinated = false;
            int steps = 0;
            while (k >= sentenceFirst && steps < 5 && _x.UnitAt(k) is null && IsChainGap(k, ref coordinated)) { k--; steps++; }
            if (k < sentenceFirst || !coordinated) break;
            var u = _x.UnitAt(k);
            // ("Late Monday, U.S. officials said": a time expression the recognizer took for a name coordinates nothing.)
            if (u is null || IsPrepositionalObject(u) || IsBehindPreposition(u) || _x.TimexAt(u.Last) is not null) break;
            // ("Immigration and Naturalization Service Commissioner X": a name of no known kind before a title is more of the title.)
            if (afterTitle && u.Actors is [{ Kind: ActorKind.Other }]) break;
            chain.Add(u);
            j = u.First - 1;
        }
        chain.Reverse();
        DropAppositives(chain);
        foreach (var u in chain)
            foreach (var a in u.Actors) MentionDraft.AddActor(result, a);
        return result;
    }

    private bool HasCommaBetween(int first, int end)
    {
        for (int i = first; i < end && i < _x.Tokens.Count; i++)
            if (_x.Lower(i) == ",") return true;
        return false;
    }

    /// <summary>A verb that reports speech ("said", "told", "reported"), from the reporting-verbs resource.</summary>
    private bool IsReportingVerb(int i) => _c.ReportingVerbs.Contains(_x.Lower(i));

    /// <summary>"Jeff Rathke, the State Department spokesperson, said": a role description set off by commas next to a named person is the same party.</summary>
    private void DropAppositives(List<ArgUnit> chain)
    {
        for (int k = chain.Count - 1; k >= 1; k--)
        {
            var a = chain[k - 1];
            var b = chain[k];
            if (a.IsReference || b.IsReference || a.Actors.Count == 0 || b.Actors.Count == 0) continue;
            bool commaOnly = true;
            for (int i = a.Last + 1; i < b.First; i++)
                if (!(_x.Lower(i) == "," || _x.IsDeterminer(i))) commaOnly = false;
            if (!commaOnly) continue;
            // "Fuad Basya, spokesman for the military, said": an unnamed role next to a name is that name.
            if (a.IsCommonNoun != b.IsCommonNoun)
            {
                chain.RemoveAt(a.IsCommonNoun ? k - 1 : k);
                continue;
            }
            var ka = a.Actors[0].Kind;
            var kb = b.Actors[0].Kind;
            if (ka == ActorKind.Person && kb == ActorKind.Other) chain.RemoveAt(k);
            else if (kb == ActorKind.Person && ka == ActorKind.Other) chain.RemoveAt(k - 1);
        }
    }

    /// <summary>True when the unit sits in a ", with/for/... ," aside between its clause's subject and <paramref name="limit"/>.</summary>
    private bool IsParenthetical(int unitFirst, int sentenceFirst, int limit)
    {
        int open = -1;
        for (int i = unitFirst - 1; i >= sentenceFirst; i--)
        {
            if (_x.Lower(i) == ",") { open = i; break; }
            if (_x.IsBoundary(i)) return false;
        }
        if (open < 0 || open + 1 >= limit) return false;
        // ", with ... ,", ", reportedly, ", ", echoing the president, ": an aside between commas.
        bool participle = _x.Pos(open + 1) == UniversalPos.VERB && (_x.Lower(open + 1).EndsWith("ing", StringComparison.Ordinal) || _x.Lower(open + 1).EndsWith("ed", StringComparison.Ordinal));
        if (!_x.IsPreposition(open + 1) && !_x.IsAdverb(open + 1) && !participle) return false;
        for (int i = unitFirst + 1; i < limit; i++)
            if (_x.Lower(i) == ",") return true;
        return false;
    }

    /// <summary>Tokens allowed between two actors of one list; sets <paramref name="coordinated"/> when a coordinator is seen.</summary>
    private bool IsChainGap(int i, ref bool coordinated)
    {
        string w = _x.Lower(i);
        if (CueLexicon.Coordinators.Contains(w)) { coordinated = true; return true; }
        if (w is "as") return true;
        if (w is "well") { coordinated = true; return true; } // "as well as"
        if (_x.IsDeterminer(i) || _c.GroupNouns.Contains(w)) return true;
        if ((w is "from" or "of") && i > 0 && _c.GroupNouns.Contains(_x.Lower(i - 1))) return true;
        if (_x.Pos(i) == UniversalPos.ADJ) return true;
        return false;
    }

    /// <summary>The list of coordinated actors starting at or a few tokens after <paramref name="start"/>, and the token past it.</summary>
    public (List<Actor> Actors, int End) RightChain(int start, int end, bool allowPrepositionStart)
    {
        var result = new List<Actor>();
        int i = start;
        int steps = 0;
        while (i < end && _x.UnitAt(i) is null && steps < 4)
        {
            if (_x.IsBoundary(i)) return (result, start);
            string w = _x.Lower(i);
            // ("astronomer John Smith", "deputy prime minister Ali Hassan": lowercase title words right before a name.)
            bool role = _x.Pos(i) == UniversalPos.NOUN && char.IsLower(_x.Tokens.GetChars(i)[0]) && TitleBeforePerson(i + 1, end);
            // ("Dr. Barnett Slepian": a title abbreviation before a person's name.)
            role = role || (_x.Tokens.GetKind(i) == TokenKind.Abbreviation && i + 1 < end && _x.UnitAt(i + 1) is { IsCommonNoun: false, Actors: [{ Kind: ActorKind.Person }, ..] });
            // ("met with the family's lawyer": a common-noun possessor before the party.)
            bool possessor = (w is "'s" or "’s" && i > start) || (_x.Pos(i) == UniversalPos.NOUN && i + 1 < end && _x.Lower(i + 1) is "'s" or "’s");
            bool ok = _x.IsDeterminer(i) || _c.GroupNouns.Contains(w) || (_x.Pos(i) == UniversalPos.ADJ) || role || possessor
                || ((w is "from" or "of") && i > start && _c.GroupNouns.Contains(_x.Lower(i - 1)));
            if (!ok) return (result, start);
            i++;
            steps++;
        }
        if (i >= end || _x.UnitAt(i) is not { } first) return (result, start);
        if (!allowPrepositionStart && IsPrepositionalObject(first)) return (result, start);
        // "met with President Juan Soto": a title the recognizer left apart is not a party of its own.
        if (IsTitleBefore(first) && first.Last + 1 < end) first = _x.UnitAt(first.Last + 1)!;
        var chain = new List<ArgUnit> { first };
        int j = first.Last + 1;
        while (j < end)
        {
            int k = j;
            bool coordinated = false;
            int gap = 0;
            while (k < end && gap < 5 && _x.UnitAt(k) is null && IsChainGap(k, ref coordinated)) { k++; gap++; }
            if (k >= end || !coordinated || _x.UnitAt(k) is not { } u) break;
            if (IsTitleBefore(u) && u.Last + 1 < end) u = _x.UnitAt(u.Last + 1)!;
            chain.Add(u);
            j = u.Last + 1;
        }
        foreach (var u in chain)
            foreach (var a in u.Actors) MentionDraft.AddActor(result, a);
        return (result, chain[^1].Last + 1);
    }

    /// <summary>
    /// "[President] [Juan Soto]", "[Trade Minister] [Joseph Kimotho]": a capitalized unit of no known kind right before a
    /// person's name is the name's title, which the recognizer left as a unit of its own.
    /// </summary>
    private bool IsTitleBefore(ArgUnit u) =>
        !u.IsReference && !u.IsCommonNoun && u.Actors is [{ Kind: ActorKind.Other }] && u.Last + 1 < _x.Tokens.Count
        && _x.UnitAt(u.Last + 1) is { IsReference: false, IsCommonNoun: false, Actors: [{ Kind: ActorKind.Person }, ..] } named && named.First == u.Last + 1;

    /// <summary>True when lowercase title words (at most three) from <paramref name="i"/> lead to a person's name ("prime minister Ali Hassan").</summary>
    private bool TitleBeforePerson(int i, int end)
    {
        for (int n = 0; i < end && n <= 3; i++, n++)
        {
            if (_x.UnitAt(i) is { } named) return !named.IsCommonNoun && named.Actors.Count > 0 && named.Actors[0].Kind == ActorKind.Person;
            if (!(_x.Pos(i) is UniversalPos.NOUN or UniversalPos.ADJ && char.IsLower(_x.Tokens.GetChars(i)[0]))) return false;
        }
        return false;
    }

    /// <summary>A hyphen inside a word ("two-day"), with no space on either side.</summary>
    private bool IsWordHyphen(int i) =>
        (_x.Tokens.GetKind(i) == TokenKind.Dash || (_x.Tokens.GetKind(i) == TokenKind.Punctuation && _x.Tokens.GetChars(i) is ['-' or '\u2010' or '\u2011'])) && i > 0 && i + 1 < _x.Tokens.Count
        && _x.Tokens.GetSpan(i - 1).End == _x.Tokens.GetSpan(i).Start && _x.Tokens.GetSpan(i).End == _x.Tokens.GetSpan(i + 1).Start;

    /// <summary>The verb a noun trigger is the object of ("take part in peace talks", "held their last meeting"), or -1.</summary>
    private int GoverningVerb(int nounFirst, int sentenceFirst)
    {
        for (int i = nounFirst - 1, n = 0; i >= sentenceFirst && n < 7; i--, n++)
        {
            if (IsWordHyphen(i)) continue; // "a two-day visit"
            // "arrived in Washington for two days of negotiations": a place after a locative word is no party in the way.
            // ("visited Vienna for talks": the visited place between the verb and the noun, too.)
            if (_x.PlaceAt(i) is { } place)
            {
                var (placeFirst, placeLast) = _x.UnitAt(i) is { } unit ? (unit.First, unit.Last) : _x.TokenRange(place.Span);
                if (placeFirst - 1 >= sentenceFirst && (_x.Lower(placeFirst - 1) is "in" or "at" or "to" || _x.Pos(placeFirst - 1) == UniversalPos.VERB))
                {
                    n += placeLast - placeFirst;
                    i = placeFirst;
                    continue;
                }
            }
            if (_x.IsBoundary(i) || _x.IsPunct(i) || _x.UnitAt(i) is not null) return -1;
            if (_x.IsVerb(i)) return i;
            string w = _x.Lower(i);
            bool ok = _x.IsDeterminer(i) || _x.IsAdverb(i) || w is "in" or "of" or "at" or "to" or "for" or "into" or "part" or "'s" or "up" or "out" or "during"
                || _x.Pos(i) is UniversalPos.ADJ or UniversalPos.NOUN or UniversalPos.NUM or UniversalPos.PART or UniversalPos.PRON
                || (!_x.HasPos && _x.IsNounLike(i));
            if (!ok) return -1;
        }
        return -1;
    }

    /// <summary>"Russia's talks", "the president's visit": the actor before a possessive clitic right before the trigger.</summary>
    private List<Actor> Possessor(int first, int sentenceFirst)
    {
        int i = first - 1;
        int n = 0;
        while (i >= sentenceFirst && n < 3 && _x.Lower(i) is not ("'s" or "’s" or "'") && (_x.Pos(i) is UniversalPos.ADJ or UniversalPos.NOUN || (!_x.HasPos && _x.IsNounLike(i))) && _x.UnitAt(i) is null) { i--; n++; }
        if (i - 1 >= sentenceFirst && _x.Lower(i) is "'s" or "’s" or "'" && _x.UnitAt(i - 1) is { } u) return u.Actors.ToList();
        return new List<Actor>();
    }

    /// <summary>"US-Taliban talks", "Russia-China summit": two or more actors modifying the trigger noun.</summary>
    private List<Actor> ModifierActors(int first, int sentenceFirst)
    {
        var units = new List<ArgUnit>();
        int i = first - 1;
        int n = 0;
        while (i >= sentenceFirst && n < 6)
        {
            var u = _x.UnitAt(i);
            if (u is not null) { units.Add(u); i = u.First - 1; n++; continue; }
            string w = _x.Lower(i);
            if (w is "-" or "–" or "and" or "/" || _x.Tokens.GetKind(i) == TokenKind.Dash || _x.Pos(i) is UniversalPos.ADJ or UniversalPos.NOUN) { i--; n++; continue; }
            break;
        }
        // "the Madrid summit", "the NATO Brussels summit": a capital right before the noun (not one of a "-"/"and" pair)
        // is where the meeting is (see ReadLocation), not a party to it.
        if (units.Count > 0 && units[0].Last == first - 1 && CapitalPlace(units[0]) is not null
            && !(units[0].First - 1 >= sentenceFirst && (_x.Lower(units[0].First - 1) is "-" or "–" or "and" or "/" || _x.Tokens.GetKind(units[0].First - 1) == TokenKind.Dash)))
        {
            first = units[0].First;
            units.RemoveAt(0);
        }
        // "the NATO summit", "an EU meeting": one organization or country right before the noun takes part.
        if (units.Count == 1 && units[0].Last == first - 1 && units[0].Actors.Count == 1
            && units[0].Actors[0].Kind is ActorKind.Organization or ActorKind.Country or ActorKind.Group or ActorKind.Person && _x.PlaceAt(units[0].First) is null)
            return units[0].Actors.ToList();
        if (units.Count < 2) return new List<Actor>();
        return units.SelectMany(u => u.Actors).Reverse().ToList();
    }

    private int ClauseEnd(int from, int sentenceEnd)
    {
        for (int i = from; i < sentenceEnd; i++)
            if (_x.IsBoundary(i)) return i;
        return sentenceEnd;
    }

    private int ClauseStart(int from, int sentenceFirst)
    {
        for (int i = from - 1; i >= sentenceFirst; i--)
            if (_x.IsBoundary(i)) return i + 1;
        return sentenceFirst;
    }

    private static int NextTriggerStart(MentionDraft d, List<MentionDraft> all, int sentenceEnd)
    {
        int next = sentenceEnd;
        foreach (var o in all)
            if (o != d && o.First > d.Last && o.First < next) next = o.First;
        return next;
    }

    /// <summary>The first draft covering token <paramref name="c"/>, else the first of the nearest ones.</summary>
    private static MentionDraft CoveringOrNearest(List<MentionDraft> drafts, int c)
    {
        foreach (var a in drafts)
            if (a.Covers(c)) return a;
        var best = drafts[0];
        int bestDistance = Distance(best, c, c);
        for (int i = 1; i < drafts.Count; i++)
        {
            int distance = Distance(drafts[i], c, c);
            if (distance < bestDistance) { best = drafts[i]; bestDistance = distance; }
        }
        return best;
    }

    private static int Distance(MentionDraft d, int first, int last) =>
        last < d.First ? d.First - last : first > d.Last ? first - d.Last : 0;

    // ------------------------------------------------------------------ host and location

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
            if (d.Type == EventType.Attack)
                foreach (var prep in _c.AttackLocationPrepositions)
                {
                    int end = _x.MatchAt(p, prep, scanEnd);
                    if (end < 0) continue;
                    var place = MostSpecificPlaceFrom(end, scanEnd);
                    if (place is not null) { d.Location = place; return; }
                }
        }
        // Place modifying the trigger noun: "the Kabul attack", "the Moscow talks" (a capital read as its government too).
        for (int i = d.First - 1, n = 0; !d.AnchorIsVerb && i >= s.FirstToken && n < 3; i--, n++)
        {
            if (_x.PlaceAt(i) is { } p) { d.Location = p; return; }
            if (d.Type == EventType.Meeting && i == d.First - 1 && _x.UnitAt(i) is { } capital && CapitalPlace(capital) is { } seat) { d.Location = seat; return; }
            if (!(_x.Pos(i) is UniversalPos.ADJ or UniversalPos.NOUN || _x.Tokens.GetKind(i) == TokenKind.Dash)) break;
        }
        // Fronted "In Kabul, ..." sets the scene of the whole sentence (not of a known attack it names: "In X, residents decried the attack").
        int f = s.FirstToken;
        if (d.ReferenceStart < 0 && f < s.EndToken && _x.Lower(f) is "in" or "at" && _x.PlaceAt(f + 1 < s.EndToken ? f + 1 : f) is not null)
        {
            var place = MostSpecificPlaceFrom(f + 1, s.EndToken);
            int k = f + 1;
            while (k < s.EndToken && (_x.PlaceAt(k) is not null || _x.Lower(k) is "'s" or "’s" or "of" or "capital" or "the")) k++;
            if (place is not null && k < s.EndToken && _x.Lower(k) == ",") { d.Location = place; return; }
        }
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

    /// <summary>From a place phrase ("Afghanistan's capital of Kabul"), the most specific place: a city over a country, the last one.</summary>
    private Place? MostSpecificPlaceFrom(int start, int end)
    {
        Place? best = null;
        bool sawCountry = false;
        int i = start;
        while (i < end && _x.IsDeterminer(i)) i++;
        while (i < end)
        {
            var p = _x.PlaceAt(i);
            if (p is not null)
            {
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
                if (best is null || best.IsCountry || !p.IsCountry) best = p;
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

    // ------------------------------------------------------------------ status

    private static readonly EventStatus[] s_statusPriority = { EventStatus.Cancelled, EventStatus.Negated, EventStatus.Hypothetical, EventStatus.Planned };

    private EventStatus ReadStatus(Sentence s, MentionDraft d, List<MentionDraft> all)
    {
        // The statuses seen, one bit each: only membership matters, checked in priority order below.
        int found = 0;
        foreach (var t in d.Triggers)
        {
            int tFirst = t.FirstToken;
            int clauseStart = ClauseStart(tFirst, s.FirstToken);
            // Before each trigger: the cue must be close, in the same clause, with no other trigger between.
            int leftLimit = Math.Max(clauseStart, tFirst - 8);
            foreach (var o in all)
                if (o != d && o.Last < tFirst && o.Last + 1 > leftLimit) leftLimit = o.Last + 1;
            foreach (var other in d.Triggers)
            {
                int otherLast = other.FirstToken + other.TokenCount - 1;
                if (other.FirstToken < tFirst && otherLast + 1 > leftLimit) leftLimit = otherLast + 1;
            }
            // A reporting verb's own clause holds its status: not the words of a quote before it ('"… would …," he said')
            // nor a clause closed by a comma before its subject ("Asked whether …, X said").
            if (d.Type == EventType.Statement && d.AnchorIsVerb && ReportingSubjectStart(s, tFirst) is int own && own > clauseStart)
            {
                leftLimit = Math.Max(leftLimit, own);
                clauseStart = own;
            }
            foreach (var cue in _c.ClauseStatusCues)
                if (clauseStart - 1 >= s.FirstToken && _x.Lower(clauseStart - 1) == cue.Words[0]) found |= 1 << (int)cue.Status;
            // Only the statuses seen matter, so each position looks up the cues its word can start (as every cue
            // tried every position before).
            for (int p = leftLimit; p < tFirst; p++)
            {
                if (_x.TimexAt(p) is not null || !_c.StatusCuesBefore.TryGetValue(_x.Lower(p), out var cues)) continue;
                foreach (var cue in cues)
                    if (_x.MatchAt(p, cue.Words, tFirst) > 0) found |= 1 << (int)cue.Status;
            }
        }
        // After a noun trigger in subject position: "the talks were called off", "talks ... were scheduled to".
        var head = d.Triggers[0];
        int headLast = head.FirstToken + head.TokenCount - 1;
        int headClause = ClauseStart(head.FirstToken, s.FirstToken);
        bool headIsNoun = true;
        for (int i = head.FirstToken; i < head.FirstToken + head.TokenCount && headIsNoun; i++)
            if (_x.IsVerb(i) && _x.Pos(i) != UniversalPos.AUX) headIsNoun = false;
        bool verbBeforeHead = false;
        for (int i = headClause; i < head.FirstToken && !verbBeforeHead; i++)
            if (_x.IsVerb(i)) verbBeforeHead = true;
        if (headIsNoun && !verbBeforeHead)
        {
            int end = Math.Min(ClauseEnd(headLast + 1, s.EndToken), headLast + 10);
            foreach (var o in all)
                if (o != d && o.First > headLast && o.First < end) end = o.First;
            bool knownSubject = d.Type == EventType.Attack && IsDefiniteAttackSubject(s, d);
            for (int p = headLast + 1; p < end; p++)
            {
                if (!_c.StatusCuesAfter.TryGetValue(_x.Lower(p), out var cues)) continue;
                foreach (var cue in cues)
                {
                    int matched = _x.MatchAt(p, cue.Words, end);
                    if (matched <= 0) continue;
                    // "The bomb blast has not generated any hatred", "These bombings will not cause America to back down":
                    // a known attack as the subject of another predicate keeps its status; only "did not happen",
                    // "would take place" or a cancelling verb speak of the attack itself.
                    if (knownSubject && cue.Status != EventStatus.Cancelled && !OccurrenceVerbAt(matched, end)) continue;
                    found |= 1 << (int)cue.Status;
                }
            }
        }
        // "called for an emergency conference", "demand negotiations with X": the verb governing a meeting noun holds a status
        // cue even when that verb is a trigger itself (so outside the window above).
        if (d.Type == EventType.Meeting && !d.AnchorIsVerb && GoverningVerb(d.First, s.FirstToken) is int gv && gv >= 0
            && _c.StatusCuesBefore.TryGetValue(_x.Lower(gv), out var governingCues))
            foreach (var cue in governingCues)
                if (_x.MatchAt(gv, cue.Words, d.First) > 0) found |= 1 << (int)cue.Status;
        // "threatened to attack": a threat cue that is itself a trigger (so outside the window above) right before the infinitive.
        if (d.Type != EventType.Statement && d.First - 2 >= s.FirstToken && _x.Lower(d.First - 1) == "to" && _c.ThreatVerbs.Contains(_x.Lower(d.First - 2)))
            found |= 1 << (int)EventStatus.Hypothetical;
        // "warning the junta of air strikes if it does not withdraw": an attack on a condition that follows is a threat.
        if (d.Type == EventType.Attack && ConditionFollows(s, d, all)) found |= 1 << (int)EventStatus.Hypothetical;
        // An infinitive governs the trigger ("agreed to hold talks", "to resume the negotiation process"): not yet real.
        int verb = d.AnchorIsVerb ? d.Anchor : GoverningVerb(d.First, s.FirstToken);
        // ("to protest the killings", "to investigate the attack": a known attack is the object, not the plan.)
        bool knownAttack = d.Type == EventType.Attack && !d.AnchorIsVerb && d.First - 1 >= s.FirstToken && _x.Lower(d.First - 1) is "the" or "these" or "those" or "this";
        // ("wanted for questioning in two other shootings": an attack behind a preposition is not what the verb plans,
        // unless the verb is carried out with it: "to respond with air strikes".)
        if (d.Type == EventType.Attack && !d.AnchorIsVerb && verb >= 0 && PrepositionBetween(verb + 1, d.First)) knownAttack = true;
        // "unearthed the weapon to fire the fatal shots": an attack verb whose object is a definite munition is the act already known.
        if (d.Type == EventType.Attack && d.AnchorIsVerb && FiresKnownShots(s, d)) knownAttack = true;
        if (verb > s.FirstToken && _x.Lower(verb - 1) == "to" && _x.Pos(verb - 1) != UniversalPos.ADP && !knownAttack) found |= 1 << (int)EventStatus.Planned;
        // A purpose gerund ("pave the way for launching talks") is not yet real either.
        if (verb > s.FirstToken && _x.Lower(verb).EndsWith("ing", StringComparison.Ordinal) && _x.Lower(verb - 1) is "for" or "toward" or "towards" && !knownAttack) found |= 1 << (int)EventStatus.Planned;
        // "was scheduled to meet bombing victims", "plans to visit the bombed embassy": a known attack named in the
        // clause happened, whatever the clause's own modality (unless its own phrase says otherwise).
        if (d.ReferenceStart >= 0 && !HasStatusModifier(d, d.ReferenceStart))
            found &= ~((1 << (int)EventStatus.Planned) | (1 << (int)EventStatus.Hypothetical));
        foreach (var status in s_statusPriority)
            if ((found & (1 << (int)status)) != 0) return status;
        return EventStatus.Occurred;
    }

    /// <summary>
    /// Where the clause of a reporting verb starts when something closes before it: after the last quote mark, or after
    /// a comma followed by the verb's subject (", but X says"; not ", however, said" where only adverbs follow); else null.
    /// </summary>
    private int? ReportingSubjectStart(Sentence s, int verb)
    {
        bool subject = false;
        for (int i = verb - 1; i >= s.FirstToken && verb - i <= 40; i--)
        {
            if (_x.IsQuote(i)) return i + 1;
            if (_x.Lower(i) == "," && subject) return i + 1;
            if (_x.UnitAt(i) is not null || _x.Pos(i) is UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.PRON) subject = true;
        }
        return null;
    }

    /// <summary>An "if"/"unless" within a few tokens after the mention, with no other mention or clause break between.</summary>
    private bool ConditionFollows(Sentence s, MentionDraft d, List<MentionDraft> all)
    {
        int end = Math.Min(s.EndToken, d.Last + 7);
        foreach (var o in all)
            if (o != d && o.First > d.Last && o.First < end) end = o.First;
        for (int i = d.Last + 1; i < end; i++)
        {
            string w = _x.Lower(i);
            if (w is "if" or "unless") return true;
            if (_x.IsQuote(i) || w is "." or ";" or ":" || (_x.IsBoundary(i) && w is not ("that" or "which"))) return false;
        }
        return false;
    }

    // ------------------------------------------------------------------ definite descriptions

    private void ReadDefinite(Sentence s, MentionDraft d)
    {
        // "the oil industry rejected": the words before a verb are its subject, not a determiner of the trigger.
        if (_x.Pos(d.First) == UniversalPos.VERB) return;
        int i = d.First - 1;
        int n = 0;
        // A name modifying an attack noun does not stop the article: "the Kuwait invasion" is definite.
        while (i >= s.FirstToken && n < 6 && (_x.UnitAt(i) is null || NameModifier(d, i)) && !_x.IsVerb(i) && !_x.IsPunct(i)
               && !_c.AnaphoricDeterminers.Contains(_x.Lower(i))
               && (_x.Lower(i) is "of" || _x.Pos(i) is UniversalPos.ADJ or UniversalPos.NOUN or UniversalPos.NUM || !_x.HasPos || _c.DistinctModifiers.Contains(_x.Lower(i)) || NameModifier(d, i)))
        {
            if (d.Type == EventType.Statement && _c.JointStatementCues.Contains(_x.Lower(i))) d.IsJointStatement = true;
            if (_c.DistinctModifiers.Contains(_x.Lower(i))) d.IsDistinct = true;
            i--;
            n++;
        }
        // "their last meeting": a possessive determiner with a distinct modifier.
        if (i >= s.FirstToken && _x.IsDeterminer(i) && !_c.AnaphoricDeterminers.Contains(_x.Lower(i)) && i - 1 >= s.FirstToken && _c.DistinctModifiers.Contains(_x.Lower(i))) d.IsDistinct = true;
        bool definite = i >= s.FirstToken && _c.AnaphoricDeterminers.Contains(_x.Lower(i)) && _x.Pos(i) != UniversalPos.SCONJ;
        if (!definite || d.IsDistinct) return;
        d.IsDefinite = true;
        d.IsAnaphoric = d.Type switch
        {
            EventType.Meeting => d.Participants.Count == 0,
            EventType.Statement => d.Speakers.Count == 0,
            _ => d.Attackers.Count == 0 && d.Targets.Count == 0,
        };
    }

    private bool NameModifier(MentionDraft d, int i) => d.Type == EventType.Attack && _x.Pos(i) == UniversalPos.PROPN;

    // ------------------------------------------------------------------ meeting topic

    private string? ReadTopic(MentionDraft d, int scanEnd)
    {
        int p = d.Triggers[0].FirstToken + d.Triggers[0].TokenCount;
        if (p >= scanEnd || _x.Lower(p) is not ("on" or "about" or "over" or "regarding" or "concerning")) return null;
        if (p + 1 < scanEnd && (_x.TimexAt(p + 1) is not null || _x.TimexAt(Math.Min(p + 2, scanEnd - 1)) is not null && _x.IsDeterminer(p + 1))) return null;
        int i = p + 1;
        int last = -1;
        while (i < scanEnd && !_x.IsPunct(i) && !_x.IsVerb(i) && !_x.IsBoundary(i) && !(_x.IsPreposition(i) && _x.Lower(i) != "of") && i - p <= 8)
        {
            last = i;
            i++;
        }
        return last > p ? _x.SpanText(p + 1, last) : null;
    }

    // ------------------------------------------------------------------ statements

    private void ReadStatement(Sentence s, MentionDraft d, bool addresseeVerb, int afterVerbPhrase)
    {
        d.Quote = ReadQuote(s, d);
        // "according to X": X speaks; the rest of the sentence is what was said.
        foreach (var phrase in _c.AccordingTo)
        {
            if (_x.MatchAt(d.First, phrase, s.EndToken) is int end && end > 0)
            {
                // The source ends at the first comma ("According to ABC News, Basya believes ..."; "according to Kristen
                // Wilkins, assistant professor ..."), unless an appositive name follows a role ("according to the
                // team's coach, Ali Reza, ...": the named person speaks).
                int sourceEnd = end;
                while (sourceEnd < s.EndToken && sourceEnd - end < 30 && _x.Lower(sourceEnd) != "," && !_x.IsQuote(sourceEnd)) sourceEnd++;
                var (chain, chainEnd) = RightChain(end, sourceEnd, allowPrepositionStart: true);
                if (sourceEnd + 1 < s.EndToken && _x.Lower(sourceEnd) == "," && _x.UnitAt(sourceEnd + 1) is { IsCommonNoun: false, Actors.Count: > 0 } named
                    && named.Actors[0].Kind == ActorKind.Person && named.Last + 1 < s.EndToken && _x.Lower(named.Last + 1) == ","
                    && (chain.Count == 0 || IsPossessedRole(end, sourceEnd)))
                {
                    chain = new List<Actor>(named.Actors);
                    chainEnd = named.Last + 1;
                }
                // "according to a statement from the White House": the source of the document speaks.
                if (chain.Count == 0 && SourceAfterDocument(end, s.EndToken) is { } source) (chain, chainEnd) = source;
                // "according to witnesses", "according to diplomatic sources in the capital": an unnamed source.
                if (chain.Count == 0 && ThingPhrase(end, sourceEnd) is { } np && _x.Pos(np.Head) == UniversalPos.NOUN)
                {
                    chain = new List<Actor> { _x.UnnamedActor(end, np.Head) };
                    chainEnd = np.Head + 1;
                }
                foreach (var a in chain) MentionDraft.AddActor(d.Speakers, a);
                if (d.First == s.FirstToken)
                {
                    int c = chainEnd;
                    while (c < s.EndToken && _x.Lower(c) != ",") c++;
                    d.Content = TextBetween(c + 1, s.EndToken);
                }
                else
                {
                    int c = d.First - 1;
                    if (c >= s.FirstToken && _x.Lower(c) == ",") c--;
                    d.Content = TextBetween(s.FirstToken, c + 1);
                }
                return;
            }
        }
        if (!d.AnchorIsVerb)
        {
            d.Content ??= d.Quote;
            return;
        }
        if (addresseeVerb)
        {
            // "called on X to Y": Y is the content.
            for (int i = afterVerbPhrase; i < Math.Min(s.EndToken, afterVerbPhrase + 3); i++)
            {
                if (_x.Lower(i) == "to") { d.Content = TextBetween(i + 1, s.EndToken); break; }
                if (_x.Lower(i) == "that") { d.Content = TextBetween(i + 1, s.EndToken); break; }
            }
        }
        if (d.Content is null)
        {
            int i = Math.Max(d.Last + 1, afterVerbPhrase);
            if (i < s.EndToken && _c.ComplementMarkers.Contains(_x.Lower(i)) && _x.Lower(i) != ",")
                d.Content = TextBetween(i + 1, s.EndToken);
            else if (i < s.EndToken && i + 2 < s.EndToken && !_x.IsPunct(i) && (_x.UnitAt(i) is not null || _x.IsDeterminer(i) || _x.Pos(i) is UniversalPos.PRON or UniversalPos.NOUN or UniversalPos.PROPN || _x.IsQuote(i)))
                d.Content = TextBetween(i, s.EndToken);
            else if (IsSentenceFinal(d, s))
            {
                // "..., Putin said." / "“...,” he said": the words before the speaker.
                int c = d.First - 1;
                while (c > s.FirstToken && _x.Lower(c) != "," && !_x.IsQuote(c)) c--;
                if (c > s.FirstToken) d.Content = TextBetween(s.FirstToken, c);
            }
        }
        d.Content ??= d.Quote;
    }

    /// <summary>"the Afghan team's coach", "a spokesman": a role noun (possessed or not) ends the phrase [<paramref name="start"/>, <paramref name="end"/>).</summary>
    private bool IsPossessedRole(int start, int end)
    {
        int last = end - 1;
        return last > start && _x.Pos(last) == UniversalPos.NOUN && _x.UnitAt(last) is null;
    }

    /// <summary>"a statement from X", "a report by X": the actors after from/by/of following a short noun phrase, or null.</summary>
    private (List<Actor>, int)? SourceAfterDocument(int start, int end)
    {
        int i = start;
        while (i < end && i - start < 4 && _x.UnitAt(i) is null && (_x.IsDeterminer(i) || _x.Pos(i) is UniversalPos.ADJ or UniversalPos.NOUN)) i++;
        if (i == start || i >= end || _x.Lower(i) is not ("from" or "by" or "of")) return null;
        var (chain, chainEnd) = RightChain(i + 1, end, allowPrepositionStart: true);
        return chain.Count > 0 ? (chain, chainEnd) : null;
    }

    private bool IsSentenceFinal(MentionDraft d, Sentence s)
    {
        int i = d.Last + 1;
        while (i < s.EndToken && (_x.UnitAt(i) is not null || _x.IsAdverb(i))) i++;
        return i >= s.EndToken || _x.IsPunct(i) || _x.IsQuote(i);
    }

    /// <summary>The text of tokens [first, end) without trailing punctuation and without enclosing quote marks.</summary>
    private string? TextBetween(int first, int end)
    {
        while (end > first && (_x.IsPunct(end - 1) || _x.IsQuote(end - 1))) end--;
        while (first < end && (_x.IsQuote(first) || _x.IsPunct(first))) first++;
        if (end <= first) return null;
        string text = _x.SpanText(first, end - 1);
        return StripQuotes(text);
    }

    private static string StripQuotes(string text)
    {
        text = text.Trim();
        while (text.Length > 0 && IsQuoteChar(text[0])) text = text[1..].TrimStart();
        while (text.Length > 0 && (IsQuoteChar(text[^1]) || text[^1] is '.' or ',' or ';' or ':')) text = text[..^1].TrimEnd();
        return text;
    }

    private static bool IsQuoteChar(char c) => c is '"' or '“' or '”' or '„' or '«' or '»' or '‘' or '’' or '\'';

    /// <summary>The first quotation in the sentence: the words between the marks, without trailing punctuation.</summary>
    private string? ReadQuote(Sentence s, MentionDraft d)
    {
        string text = _x.Text;
        var paragraph = _x.Document.Document.Paragraphs[s.Paragraph].Span;
        for (int i = s.Span.Start; i < s.Span.End; i++)
        {
            char c = text[i];
            char close;
            if (c == '“') close = '”';
            else if (c == '«') close = '»';
            else if (c == '„') close = '“';
            else if (c == '"') close = '"';
            else continue;
            // An opening mark starts a word; a closing one ends it.
            if (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])) continue;
            int j = text.IndexOf(close, i + 1);
            if (c == '„' && j < 0) j = text.IndexOf('”', i + 1);
            if (j < 0 || j > paragraph.End) return null;
            string inner = StripQuotes(text.Substring(i + 1, j - i - 1));
            if (inner.Length < 3 || !inner.Contains(' ')) { i = j; continue; }
            _ = d;
            return inner;
        }
        return null;
    }

    // ------------------------------------------------------------------ attacks

    private AttackType ReadAttackType(Sentence s, MentionDraft d)
    {
        int clauseStart = ClauseStart(d.First, s.FirstToken);
        int from = Math.Max(clauseStart, d.First - 4);
        int to = Math.Min(ClauseEnd(d.Last + 1, s.EndToken), d.Last + 5);
        // The trigger's own words first ("the raid" is military even "during the raid" on explosives), then the nearest cue.
        foreach (var (words, type) in _c.AttackTypeCues)
            for (int p = d.First; p <= d.Last; p++)
                if (_x.MatchAt(p, words, d.Last + 1) > 0) return type;
        for (int distance = 1; distance <= 4; distance++)
        {
            foreach (var (words, type) in _c.AttackTypeCues)
            {
                int before = d.First - distance, after = d.Last + distance;
                if (before >= from && _x.MatchAt(before, words, to) > 0) return type;
                if (after < to && _x.MatchAt(after, words, to) > 0) return type;
            }
        }
        return AttackType.Other;
    }

    /// <summary>
    /// A meeting verb with no party and no place ("she met her future husband", "I visited the festival"): one party
    /// alone, which the schema does not count; and a lone "take place" whose subject is no meeting noun ("the
    /// competition will take place in Mexico City").
    /// </summary>
    public bool IsUnanchoredMeeting(MentionDraft d)
    {
        if (d.Type != EventType.Meeting) return false;
        // "flew home after the press conference": a press event with no party named is one party speaking to reporters
        // (also when it refers back: a joint press event named before keeps its first mention).
        if (!d.AnchorIsVerb && d.Participants.Count == 0 && d.Host is null && _c.PressEventNouns.Contains(_x.Lower(d.Last))
            && d.Last > 0 && _x.Lower(d.Last - 1) is "press" or "news") return true;
        if (d.IsAnaphoric) return false;
        if (d.Triggers.Count == 1 && _x.Lower(d.Last) == "place" && d.Last > d.First) return true;
        // "prepare to meet future disasters", "capable of meeting a variety of contingencies": "meet" with a thing as its object.
        if (d.AnchorIsVerb && d.Triggers.Count == 1 && d.First == d.Last && _x.Lower(d.First) is "meet" or "meets" or "met" or "meeting"
            && MeetsAThing(d)) return true;
        // "She sometimes talks to her family", "He talks and he decides": the verb "talks" is a habit, not a meeting held
        // (unless "with" a counterpart follows); "talk about the standoff" as a noun is chatter.
        if (d.Triggers.Count == 1 && d.First == d.Last && !d.IsAnaphoric
            && ((_x.Lower(d.First) == "talks" && _x.Pos(d.First) == UniversalPos.VERB) || (_x.Lower(d.First) == "talk" && _x.Pos(d.First) == UniversalPos.NOUN))
            && !(d.Last + 1 < _x.Tokens.Count && _x.Lower(d.Last + 1) == "with")) return true;
        if (d.AnchorIsVerb && d.Participants.Count == 0 && d.Location is null && d.Host is null && !HasPluralSubject(d)) return true;
        if (d.Participants.Count < 2 && IsAddressedPressEvent(d)) return true;
        return d.Location is null && VisitsAThing(d);
    }

    /// <summary>"told a news conference", "said at a press briefing", "remarks to a conference": one party speaking at a press event.</summary>
    private bool IsAddressedPressEvent(MentionDraft d)
    {
        if (d.AnchorIsVerb || !_c.PressEventNouns.Contains(_x.Lower(d.Last))) return false;
        int i = d.First - 1;
        for (int n = 0; i >= 0 && n < 3 && (_x.IsDeterminer(i) || _x.Pos(i) is UniversalPos.ADJ or UniversalPos.NOUN) && !_c.JointStatementCues.Contains(_x.Lower(i)); n++) i--;
        // "a joint news conference" (joint-statement-cues.txt): more than one party.
        if (i >= 0 && _c.JointStatementCues.Contains(_x.Lower(i))) return false;
        if (i >= 0 && _x.Lower(i) is "at" or "to" or "during")
        {
            i--;
            // '…," said the minister at a press conference': an inverted speaker between the verb and "at".
            if (i >= 0 && _x.UnitAt(i) is { } speaker && speaker.First - 1 >= 0 && _x.Pos(speaker.First - 1) == UniversalPos.VERB) i = speaker.First - 1;
        }
        return i >= 0 && (_c.ReportingVerbs.Contains(_x.Lower(i)) || _x.Lower(i) is "remarks" or "comments" or "statement");
    }

    /// <summary>True when the object right after a "meet" verb is a noun phrase with no party in it and a head that names no people.</summary>
    private bool MeetsAThing(MentionDraft d)
    {
        int start = d.Last + 1;
        if (start >= _x.Tokens.Count || _x.UnitAt(start) is not null || _x.PlaceAt(start) is not null) return false;
        var s = _x.Document.Sentences[_x.Document.SentenceAt(_x.Tokens.GetSpan(d.First).Start)];
        if (ThingPhrase(start, s.EndToken) is not { } np) return false;
        for (int i = start; i <= np.Head; i++)
            if (_x.UnitAt(i) is not null || _x.PlaceAt(i) is not null || _x.TimexAt(i) is not null) return false;
        // (Only a determiner, adjectives and nouns before the head: "met Tuesday", "met privately" are no objects.)
        if (!(_x.IsDeterminer(start) || _x.Pos(start) is UniversalPos.ADJ or UniversalPos.NOUN)) return false;
        string head = _x.Lower(np.Head);
        return !(_c.PartyHeads.ContainsKey(head) || _c.MeetingPeopleNouns.Contains(head) || _c.PartyNouns.Contains(head)
                 || _c.CountryNouns.Contains(head) || _c.GroupNouns.Contains(head));
    }

    /// <summary>"They met", "the leaders met": a plural subject is two parties or more.</summary>
    private bool HasPluralSubject(MentionDraft d)
    {
        int i = d.First - 1;
        while (i >= 0 && (_x.IsAdverb(i) || _x.Pos(i) == UniversalPos.AUX)) i--;
        if (i < 0) return false;
        string w = _x.Lower(i);
        return w is "they" or "we" or "both" or "all" || (_x.Pos(i) == UniversalPos.NOUN && DocumentIndex.LooksPlural(w));
    }

    /// <summary>"paid surprise visits to several depots", "visit any of the presidential sites": a visit whose object is a thing, not a party or place.</summary>
    private bool VisitsAThing(MentionDraft d)
    {
        if (!EveryTriggerHas(d, _c.MovementWords)) return false;
        int end = Math.Min(_x.Tokens.Count, d.Last + 8);
        for (int i = d.Last + 1; i < end; i++)
        {
            if (_x.UnitAt(i) is not null || _x.PlaceAt(i) is not null) return false;
            string w = _x.Lower(i);
            if (w is "to" or "of" or "any" or "number" or "some" or "several" || _x.IsDeterminer(i) || _x.Pos(i) is UniversalPos.ADJ or UniversalPos.NUM) continue;
            return _x.Pos(i) == UniversalPos.NOUN && !_c.GroupNouns.Contains(w) && !_c.PartyNouns.Contains(w) && !_c.CountryNouns.Contains(w);
        }
        return false;
    }

    /// <summary>
    /// An attack mention with nothing that makes it one: a background conflict noun ("the civil war") with no
    /// casualties, date or place; casualties alone ("killing 107" in a stampede) with no attacker, target or attack cue;
    /// or a weak trigger ("shot", "assault") with no argument at all.
    /// </summary>
    public bool IsUnanchoredAttack(MentionDraft d)
    {
        if (d.Type != EventType.Attack) return false;
        // Only named parties count as evidence: "soldiers were killed" or "the sites" make no attack of a casualty word.
        // (An unnamed party that did the killing, "killed by a sniper", makes an attack too.)
        bool attackers = AnyNamed(d.Attackers) || AnyPartyHead(d.Attackers), targets = AnyNamed(d.Targets);
        bool cue = d.AttackType != AttackType.Other || attackers || targets;
        if (IsCasualtyDraft(d) && !cue) return true;
        if (IsGenericOrCumulative(d) || IsPoliceRaid(d)) return true;
        // A weak trigger's own word ("shot") is no evidence of its type; with nothing else it is too weak to keep.
        if (d.Confidence < 0.5f && !attackers && !targets && !d.HasCasualties && d.Location is null && d.Date is null) return true;
        bool background = EveryTriggerHas(d, _c.AttackBackgroundNouns);
        return background && !d.HasCasualties && d.Date is null && d.Location is null;
    }

    /// <summary>
    /// No one attack: a kind of attack ("failed to prevent such attacks": a generic determiner from
    /// generic-determiners.txt before the noun), or a toll counted since a year ("Since 1985, 200 soldiers have been killed").
    /// </summary>
    private bool IsGenericOrCumulative(MentionDraft d)
    {
        var s = _x.Document.Sentences[d.Sentence];
        if (!d.AnchorIsVerb)
        {
            int i = d.First - 1;
            while (i >= s.FirstToken && _x.Pos(i) == UniversalPos.ADJ) i--;
            if (i >= s.FirstToken && _c.GenericDeterminers.Contains(_x.Lower(i))) return true;
        }
        if (!IsCasualtyDraft(d)) return false;
        for (int i = s.FirstToken; i + 1 < d.First; i++)
            if (_x.Lower(i) == "since" && _x.TimexAt(i + 1) is { Type: TimexType.Date } t && t.Value.Length == 4) return true;
        return false;
    }

    /// <summary>"police raided two homes": a raid by law enforcement (police-raids.txt) is a search, not an attack.</summary>
    private bool IsPoliceRaid(MentionDraft d)
    {
        if (d.Attackers.Count == 0 || !EveryTriggerHas(d, _c.PoliceRaidWords)) return false;
        foreach (var a in d.Attackers)
        {
            var (_, last) = _x.TokenRange(a.Span);
            if (last >= _x.Tokens.Count || !_c.LawEnforcementHeads.Contains(_x.Lower(last))) return false;
        }
        return true;
    }

    /// <summary>True when some actor's last word is a person or group noun of party-heads.txt ("a sniper", "the gunmen").</summary>
    private bool AnyPartyHead(List<Actor> actors)
    {
        foreach (var a in actors)
        {
            var (_, last) = _x.TokenRange(a.Span);
            if (last < _x.Tokens.Count && IsPartyHead(last)) return true;
        }
        return false;
    }

    /// <summary>True for an actor with a name (not an unnamed party such as "the militants" or a thing such as "the sites").</summary>
    private bool AnyNamed(List<Actor> actors)
    {
        foreach (var a in actors)
            if (IsNamed(a)) return true;
        return false;
    }

    private bool IsNamed(Actor a)
    {
        var (first, _) = _x.TokenRange(a.Span);
        return first < _x.Tokens.Count && _x.UnitAt(first) is { IsCommonNoun: false } u && u.Actors.Contains(a);
    }

    // ------------------------------------------------------------------ dates

    /// <summary>
    /// Gives each mention the time expression attached to it: a dated expression goes to the nearest trigger
    /// in the sentence; a fronted one ("In early September, ...") dates every trigger without its own.
    /// </summary>
    public void AssignDates(Sentence s, List<MentionDraft> drafts)
    {
        if (drafts.Count == 0) return;
        Timex? fronted = null;
        // Indexed like drafts (an identity dictionary cost more in first-time object hashing than the dating itself);
        // most sentences hold no time expression.
        (Timex? T, int Dist)[]? owned = null;
        var timexes = _x.TimexesByStart;
        for (int k = _x.FirstTimexFrom(s.Span.Start); k < timexes.Length && timexes[k].Span.Start < s.Span.End; k++)
        {
            var t = timexes[k];
            if (t.Span.End > s.Span.End) continue;
            if (t.Type is not (TimexType.Date or TimexType.Time) || t.Value.EndsWith("_REF", StringComparison.Ordinal) || t.Value.Length == 0) continue;
            var (first, last) = _x.TokenRange(t.Span);
            if (first > last) continue;
            if (IsFronted(s, first, last)) { fronted ??= t; continue; }
            int best = -1;
            int bestDist = int.MaxValue;
            for (int di = 0; di < drafts.Count; di++)
            {
                var d = drafts[di];
                // A date inside what was said ("said the talks would start in May") does not date the saying.
                if (d.Type == EventType.Statement && d.AnchorIsVerb && (first < ReportingClauseStart(s, d) || first >= ReportingClauseEnd(s, d))) continue;
                // "according to a statement today": only a date right after the statement noun dates it.
                if (IsAccordingTo(d) && !(d.Last > d.First && first == d.Last + 1 && !_x.IsPreposition(d.Last))) continue;
                // "the envoy will visit Baghdad, X said today": a date after a reporting verb does not date what it reports.
                if (d.Type != EventType.Statement && first > d.Last && ReportingVerbBetween(drafts, d.Last, first)) continue;
                // "said at a news briefing today": the press event is where the statement was made; the date is the statement's.
                if (d.Type == EventType.Meeting && IsAddressedPressEvent(d)) continue;
                // "paid tribute Tuesday to bombing victims", "On Sept. 2, police searched for a suspect in the bombings": the
                // clause's date is its own verb's, not that of the known attack it names.
                if (d.ReferenceStart >= 0 && !DatesReference(d, d.ReferenceStart, first, last)) continue;
                // "found a truck bomb Monday in a village near ... on the eve of the new round of talks": a date far
                // before a noun trigger, across another verb, belongs to that verb's clause, unless the verb governs the
                // noun ("on Sunday attended the talks").
                if (!d.AnchorIsVerb && d.First - last > 8 && VerbBetween(last + 1, d.First) is int v && v != GoverningVerb(d.First, s.FirstToken)) continue;
                // "attended a Sunday night service ... one year after he was killed": a date before an attack verb's
                // subordinate clause belongs to the main clause.
                if (d.Type == EventType.Attack && d.AnchorIsVerb && last < d.First && SubordinateClauseBetween(last + 1, d.First)) continue;
                int dist = Distance(d, first, last);
                if (first > d.Last) dist = first - d.Last; // after the trigger: preferred on ties
                else if (last < d.First) dist = d.First - last + 1;
                if (dist < bestDist) { best = di; bestDist = dist; }
            }
            if (best < 0) continue;
            owned ??= new (Timex?, int)[drafts.Count];
            if (owned[best].T is null || bestDist < owned[best].Dist) owned[best] = (t, bestDist);
        }
        for (int di = 0; di < drafts.Count; di++)
        {
            var d = drafts[di];
            d.Date = owned is not null && owned[di].T is { } o ? o : IsAccordingTo(d) || d.ReferenceStart >= 0 ? null : fronted;
        }
        // "Chile Tuesday condemned the shooting ... and offered condolences": a coordinated verb shares its subject's date.
        for (int k = 0; k < drafts.Count; k++)
        {
            var d = drafts[k];
            if (d.Date is not null || !d.AnchorIsVerb) continue;
            int i = d.First - 1;
            while (i >= s.FirstToken && (_x.IsAdverb(i) || _x.Pos(i) == UniversalPos.AUX)) i--;
            if (i < s.FirstToken) continue;
            string link = _x.Lower(i);
            // "today sought peace … by promising to withdraw": a statement made by way of the main act shares its date.
            bool byGerund = link == "by" && d.Type == EventType.Statement && _x.Lower(d.Anchor).EndsWith("ing", StringComparison.Ordinal);
            if (link != "and" && !(link == "but" && d.Type == EventType.Statement) && !byGerund) continue;
            MentionDraft? previous = null;
            for (int p = k - 1; p >= 0 && previous is null; p--)
                if (drafts[p].AnchorIsVerb) previous = drafts[p];
            if (IsPassive(d.Anchor, s.FirstToken)) continue;
            if (previous?.Date is { } date) d.Date = date;
            // "Bush today denounced the plan and said …" (the first verb no trigger): the date next to the sentence's first main verb.
            else if (previous is null && d.Type == EventType.Statement && FirstVerbDate(s, i) is { } own) d.Date = own;
        }
    }

    /// <summary>
    /// A date or time expression right before ("X today denounced") or right after ("denounced Monday") the first main
    /// verb of the sentence before token <paramref name="end"/>, or null.
    /// </summary>
    private Timex? FirstVerbDate(Sentence s, int end)
    {
        for (int v = s.FirstToken; v < end; v++)
        {
            if (_x.IsQuote(v)) return null;
            if (_x.Pos(v) != UniversalPos.VERB || (v > s.FirstToken && _x.Lower(v - 1) is "to" or "who" or "which" or "that")) continue;
            if (_x.Lower(v).EndsWith("ing", StringComparison.Ordinal)) continue;
            int b = v - 1;
            while (b >= s.FirstToken && (_x.IsAdverb(b) || _x.Pos(b) == UniversalPos.AUX) && _x.TimexAt(b) is null) b--;
            foreach (int k in new[] { b, v + 1 })
                if (k >= s.FirstToken && k < end && _x.TimexAt(k) is { Type: TimexType.Date or TimexType.Time } t && t.Value.Length > 0 && !t.Value.EndsWith("_REF", StringComparison.Ordinal))
                    return t;
            return null;
        }
        return null;
    }

    /// <summary>True when a statement verb of <paramref name="drafts"/> starts after token <paramref name="after"/> and before <paramref name="before"/>.</summary>
    private static bool ReportingVerbBetween(List<MentionDraft> drafts, int after, int before)
    {
        foreach (var r in drafts)
            if (r.Type == EventType.Statement && r.AnchorIsVerb && r.Anchor > after && r.Anchor < before) return true;
        return false;
    }

    /// <summary>The first main verb (not an auxiliary) in [<paramref name="from"/>, <paramref name="end"/>), or null.</summary>
    private int? VerbBetween(int from, int end)
    {
        for (int i = from; i < end; i++)
            if (_x.Pos(i) == UniversalPos.VERB) return i;
        return null;
    }

    /// <summary>"according to X": the sentence's dates belong to what was said, not to the saying.</summary>
    private bool IsAccordingTo(MentionDraft d)
    {
        foreach (var phrase in _c.AccordingTo)
            if (_x.MatchAt(d.First, phrase, _x.Tokens.Count) > 0) return true;
        return false;
    }

    /// <summary>
    /// The first token of a reporting clause: after the last quote mark before the trigger ('"…," he said Sunday'),
    /// else the clause start.
    /// </summary>
    private int ReportingClauseStart(Sentence s, MentionDraft d)
    {
        int start = ClauseStart(d.First, s.FirstToken);
        // "Speaking in Rome on Sunday, X said", "X, speaking in Rome on Sunday, said": the aside sets the statement's scene.
        var aside = SpeakingAside(s, d);
        // "... left for Europe on Sunday, the newspaper said": a comma before the speaker ends what was said too.
        // ("During Prime Minister's Questions Wednesday, Sunak defended": not the comma closing a fronted phrase.)
        for (int i = d.First - 1; i >= start; i--)
        {
            if (aside is { } a && i == a.Close) { i = a.First; continue; }
            if (_x.IsQuote(i) || (_x.Lower(i) == "," && !ClosesFrontedPhrase(s, i))) return i + 1;
        }
        return start;
    }

    /// <summary>True when the comma at <paramref name="comma"/> closes a verbless phrase opening the sentence with a preposition.</summary>
    private bool ClosesFrontedPhrase(Sentence s, int comma)
    {
        int i = s.FirstToken;
        while (i < comma && (_x.Pos(i) == UniversalPos.CCONJ || _x.IsAdverb(i))) i++;
        if (i >= comma || !_x.IsPreposition(i)) return false;
        for (; i < comma; i++)
            if (_x.IsVerb(i) || _x.IsQuote(i) || _x.Lower(i) == ",") return false;
        return true;
    }

    /// <summary>The token after a reporting verb's own words: at most four tokens on, up to a complementizer, quote mark, colon or comma.</summary>
    private int ReportingClauseEnd(Sentence s, MentionDraft d)
    {
        int end = Math.Min(s.EndToken, d.Last + 5);
        for (int i = d.Last + 1; i < end; i++)
            if (IsReportEnd(i)) return i;
        // "said at a news conference in Bergamo on Monday that", "told reporters in Rome on Friday that": prepositional
        // phrases right after the verb (or after the addressee of "told") that run up to a complementizer, quote or
        // comma are still the reporting clause.
        int k = d.Last + 1;
        if (k >= s.EndToken || !(_x.IsPreposition(k) || IsAddresseeVerb(d, s))) return end;
        bool preposition = false;
        for (; k < s.EndToken && k - d.Last <= 16 && !IsReportEnd(k); k++)
        {
            if (_x.IsPreposition(k)) { preposition = true; continue; }
            if (!(_x.IsDeterminer(k) || _x.UnitAt(k) is not null || _x.PlaceAt(k) is not null || _x.TimexAt(k) is not null
                  || _x.Pos(k) is UniversalPos.ADJ or UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.NUM)) return end;
        }
        bool closes = k >= s.EndToken || IsReportEnd(k) || (k == s.EndToken - 1 && _x.IsPunct(k));
        return preposition && closes && k > end ? k : end;
    }

    /// <summary>
    /// Where the reported words start after a reporting verb that is not followed by "that" or a quote: the first word
    /// after the verb that no preposition governs ("said today conditions in X were ...", "saying the Americans in X ...").
    /// Adverbs, time expressions and prepositional phrases ("said in X", "said at a news conference in X") come before
    /// it, and so does the addressee of "told". A place after this point is in what was said, not where it was said.
    /// </summary>
    private int ContentStart(Sentence s, MentionDraft d)
    {
        if (!d.AnchorIsVerb) return s.EndToken;
        bool addressee = IsAddresseeVerb(d, s);
        bool inPhrase = false;
        for (int k = d.Last + 1; k < s.EndToken; k++)
        {
            if (_x.TimexAt(k) is not null || _x.IsAdverb(k)) continue;
            if (_x.IsPreposition(k)) { inPhrase = true; continue; }
            bool nominal = _x.IsDeterminer(k) || _x.UnitAt(k) is not null || _x.PlaceAt(k) is not null || _x.Lower(k) is "'s" or "’s"
                || _x.Pos(k) is UniversalPos.ADJ or UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.NUM or UniversalPos.PRON;
            if (nominal && (inPhrase || addressee))
            {
                // "told reporters in X": the addressee's phrase ends before the next preposition.
                if (!inPhrase && _x.UnitAt(k) is { } u) k = u.Last;
                continue;
            }
            if (nominal || _x.IsVerb(k)) return k;
            return s.EndToken; // a comma, quote or complementizer: ReportingClauseEnd decides
        }
        return s.EndToken;
    }

    private bool IsReportEnd(int i) => _x.IsQuote(i) || _x.Lower(i) is "that" or ":" or "," or "“" || _c.ComplementMarkers.Contains(_x.Lower(i));

    private bool IsAddresseeVerb(MentionDraft d, Sentence s)
    {
        foreach (var phrase in _c.AddresseeToVerbs)
            if (_x.MatchAt(d.Anchor, phrase, s.EndToken) > 0) return true;
        return false;
    }

    /// <summary>
    /// A scene-setting aside of a reporting verb opened by a speaking participle: fronted ("Speaking to reporters in
    /// Rome, X said") or right before the verb ("X, speaking in Rome on Sunday, said"). Its first token and closing comma, or null.
    /// </summary>
    private (int First, int Close)? SpeakingAside(Sentence s, MentionDraft d)
    {
        if (!d.AnchorIsVerb) return null;
        int commas = 0;
        bool verbSince = false; // a verb between the comma and the trigger
        for (int i = d.First - 1; i >= s.FirstToken && d.First - i <= 30 && commas < 2; i--)
        {
            if (_x.IsQuote(i)) return null;
            if (_x.Lower(i) != ",")
            {
                if (_x.IsVerb(i) && _x.Pos(i) != UniversalPos.AUX) verbSince = true;
                continue;
            }
            commas++;
            if (verbSince) return null;
            int open = i - 1;
            while (open >= s.FirstToken && i - open <= 30 && _x.Lower(open) != "," && !_x.IsQuote(open)) open--;
            if (open >= s.FirstToken && _x.Lower(open) != "," && !_x.IsQuote(open)) return null;
            int a = open + 1;
            if (a < i && _c.SpeakingParticiples.Contains(_x.Lower(a)) && (open < s.FirstToken || commas == 1)) return (a, i);
        }
        return null;
    }

    /// <summary>
    /// "In a letter to the Commission, X asked", "X said in an interview with the BBC": the "to"/"with" phrase of a
    /// message noun in a phrase opening the sentence or right after the verb names the addressee.
    /// </summary>
    private void ReadMessageAddressee(Sentence s, MentionDraft d)
    {
        int fronted = s.FirstToken;
        while (fronted < d.First && (_x.Pos(fronted) == UniversalPos.CCONJ || _x.IsAdverb(fronted))) fronted++;
        foreach (int start in new[] { fronted, d.Last + 1 })
        {
            if (start >= s.EndToken || _x.Lower(start) != "in") continue;
            int i = start + 1;
            while (i < s.EndToken && i - start <= 4 && (_x.IsDeterminer(i) || _x.Pos(i) == UniversalPos.ADJ || (_x.Pos(i) == UniversalPos.NOUN && !_c.AddressNouns.Contains(_x.Lower(i))))) i++;
            if (i + 1 >= s.EndToken || !_c.AddressNouns.Contains(_x.Lower(i)) || _x.Lower(i + 1) is not ("to" or "with")) continue;
            int end = start == fronted ? d.First : ClauseEnd(i + 2, Math.Min(s.EndToken, i + 14));
            var (chain, _) = RightChain(i + 2, end, allowPrepositionStart: true);
            // (Not the speaker itself: "In a statement to X, Y said" where Y follows.)
            foreach (var a in chain) d.AddAddresseeUnlessSpeaker(a);
            // "in an interview with a local radio station": an unnamed addressee.
            if (chain.Count == 0 && ThingPhrase(i + 2, end) is { } np && _x.Pos(np.Head) == UniversalPos.NOUN)
                d.AddAddresseeUnlessSpeaker(_x.UnnamedActor(i + 2, np.Head));
            if (d.Addressees.Count > 0) return;
        }
    }

    /// <summary>The place ("in Rome") and addressee ("to reporters", "addressing parliament") of a speaking aside.</summary>
    private void ReadSpeakingAside(MentionDraft d, int first, int close)
    {
        if (d.Location is null)
        {
            for (int p = first + 1; p < close && d.Location is null; p++)
                foreach (var prep in _c.LocationPrepositions)
                {
                    int end = _x.MatchAt(p, prep, close);
                    if (end > 0 && MostSpecificPlaceFrom(end, close) is { } place) { d.Location = place; break; }
                }
        }
        if (d.Addressees.Count > 0) return;
        int from = first + 1;
        if (from < close && _x.Lower(from) is "to" or "with") from++;
        else if (_x.Lower(first) != "addressing") return;
        var (chain, _) = RightChain(from, close, allowPrepositionStart: true);
        foreach (var a in chain) MentionDraft.AddActor(d.Addressees, a);
        if (chain.Count == 0 && ThingPhrase(from, close) is { } np && _x.Pos(np.Head) == UniversalPos.NOUN)
            MentionDraft.AddActor(d.Addressees, _x.UnnamedActor(from, np.Head));
    }

    private bool IsFronted(Sentence s, int first, int last)
    {
        int i = s.FirstToken;
        while (i < first && (_x.Lower(i) is "and" or "but" or "so" or "then" || _x.IsPreposition(i) || _x.IsAdverb(i) || _x.Lower(i) == ",")) i++;
        return i == first && last + 1 < s.EndToken && _x.Lower(last + 1) == ",";
    }

    // ------------------------------------------------------------------ casualties

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
                    if (!_c.SingleVictimWords.TryGetValue(w, out var kind)) continue;
                    if ((kind == CasualtyKind.Killed ? d.Killed : d.Injured) is not null) continue;
                    if (c > s.FirstToken && _x.Lower(c - 1) is "attempted" or "attempt") continue;
                    if (!HasSingleVictim(s, c)) continue;
                    if (kind == CasualtyKind.Killed) d.Killed = 1;
                    else d.Injured = 1;
                }
    }

    /// <summary>True when the victim of the casualty word at <paramref name="c"/> is one person.</summary>
    private bool HasSingleVictim(Sentence s, int c)
    {
        bool IsPerson(int i) => i >= s.FirstToken && i < s.EndToken && _x.UnitAt(i) is { IsCommonNoun: false, Actors: [{ Kind: ActorKind.Person }, ..] } u
            && !(u.Last + 1 < s.EndToken && _x.Lower(u.Last + 1) == "and") && !(u.First - 1 >= s.FirstToken && _x.Lower(u.First - 1) == "and");
        // "the slaying of Dr. Smith", "Smith's murder" (whatever the tagger made of an -ing noun).
        if (c + 2 < s.EndToken && _x.Lower(c + 1) == "of" && (IsPerson(c + 2) || (_x.Tokens.GetKind(c + 2) == TokenKind.Abbreviation && IsPerson(c + 3)))) return true;
        if (c - 2 >= s.FirstToken && _x.Lower(c - 1) is "'s" or "’s" && IsPerson(c - 2)) return true;
        if (IsPassive(c, s.FirstToken))
        {
            // "Smith was killed", "he was gunned down", "who was wounded" (after a person).
            int i = c - 1;
            while (i >= s.FirstToken && (_x.IsAdverb(i) || _x.Pos(i) == UniversalPos.AUX || _x.Lower(i) is "was" or "is" or "been" or "has" or "had")) i--;
            if (i < s.FirstToken) return false;
            string w = _x.Lower(i);
            if (w is "he" or "she") return true;
            if (w is "who" && i - 1 >= s.FirstToken && _x.Lower(i - 1) == ",") return IsPerson(i - 2);
            return IsPerson(i) && _x.Lower(c - 1) is "was" or "is";
        }
        // "killed Smith", "killed an off-duty officer" (the count rule reads "a soldier" after the word directly);
        // whatever the tagger made of the word in a relative clause ("a bank that killed ...").
        int o = c + 1;
        if (o < s.EndToken && _x.Lower(o) == "down") o++;
        if (IsPerson(o)) return true;
        if (o < s.EndToken && _x.Lower(o) is "a" or "an")
        {
            int k = o + 1;
            while (k < s.EndToken && k - o <= 3 && (_x.Pos(k) == UniversalPos.ADJ || _x.Tokens.GetKind(k) == TokenKind.Dash || (_x.Pos(k) == UniversalPos.NOUN && k + 1 < s.EndToken && _x.Pos(k + 1) == UniversalPos.NOUN))) k++;
            return k < s.EndToken && _x.Pos(k) == UniversalPos.NOUN && !DocumentIndex.LooksPlural(_x.Lower(k)) && _x.PlaceAt(k) is null;
        }
        return false;
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
                if (_x.IsBoundary(i) || _x.IsPunct(i) || _x.TimexAt(i) is not null) break;
                if (ReadNumber(i, s.EndToken) is { } num && num.Last < c)
                {
                    int f = i;
                    while (f - 1 >= s.FirstToken && _x.TryNumber(f - 1, out _) ) f--;
                    var (value, _, last) = ReadNumber(f, s.EndToken) ?? num;
                    if (last >= c) break;
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
            while (i < s.EndToken && n < 4 && _c.CountQualifiers.Contains(_x.Lower(i)) && ReadNumber(i, s.EndToken) is null) { i++; n++; }
            if (i < s.EndToken && _x.TimexAt(i) is null && ReadNumber(i, s.EndToken) is { } num)
            {
                bool singular = _x.Lower(i) is "a" or "an";
                // "killing a soldier" counts one only when a person-like noun follows directly.
                if (!singular || (i + 1 < s.EndToken && (_x.Pos(i + 1) is UniversalPos.NOUN or UniversalPos.PROPN || _x.UnitAt(i + 1) is not null || _x.Tokens.GetKind(i + 1) == TokenKind.Abbreviation)))
                    right = (num.Value, i, num.Last, i - c);
            }
        }
        var best = left.dist <= right.dist ? left : right;
        return best.v is null ? (null, 0, 0) : (best.v, best.f, best.l);
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
