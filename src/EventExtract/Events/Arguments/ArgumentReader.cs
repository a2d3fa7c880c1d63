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
            if (d.Type == EventType.Statement && (IsFactPassive(sentence, d) || HasNonSpeechObject(sentence, d) || HasNonSpeakerSubject(sentence, d) || IsNounOfVerbOnlyWord(d)
                || HasKnowingComplement(sentence, d) || HasFirstPersonSubject(sentence, d))) continue;
            if (d.Type == EventType.Meeting && HasWritersOwnSubject(sentence, d)) continue;
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
                if (o == d || o.Type != EventType.Attack || IsCasualtyDraft(o) || IsAbductionDraft(o)) continue;
                int distance = Distance(o, d.First, d.Last);
                if (distance < best) { best = distance; host = o; }
            }
            if (host is null) { k++; continue; }
            // "opened fire on shoppers, killing three, before he was shot dead by police": a pronoun killed in the passive by
            // an agent, after the attack, is most often the attacker killed in turn, an attack of its own.
            if (host.Last < d.First && d.AnchorIsVerb && IsPassive(d.Anchor, sentence.FirstToken) && HasByAgent(d, sentence)
                && SubjectPronoun(d.First, sentence.FirstToken) is int killedPronoun && _x.Lower(killedPronoun) is "he" or "she" or "they") { k++; continue; }
            // "Soldiers shot and killed a teenager during clashes": a casualty verb before a noun host is the clause's verb;
            // its subject and object are the attack's.
            // (Only a verb with its object right after it: "100 people have died … since a bomb ripped through" keeps its host.)
            bool verbFirst = d.AnchorIsVerb && !host.AnchorIsVerb && d.Last + 1 < host.First && !IsPassive(d.Anchor, sentence.FirstToken)
                && (_x.IsDeterminer(d.Last + 1) || _x.Pos(d.Last + 1) is UniversalPos.NUM or UniversalPos.PROPN || _x.UnitAt(d.Last + 1) is not null);
            // ("In the latest attack, gunmen killed five farmers": a noun host in a fronted phrase set off by a comma frames
            // the clause; the casualty verb carries its subject and object.)
            bool framedByHost = d.AnchorIsVerb && !host.AnchorIsVerb && host.Last < d.First && IsFrontedFrameNoun(sentence, host.First, host.Last)
                && !IsPassive(d.Anchor, sentence.FirstToken);
            host.Absorb(d);
            if (verbFirst || framedByHost) SetAnchor(host);
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

        // "The attackers stormed the village, shooting residents": an attack participle after a comma is how the attack
        // before it was carried out (not a kidnapping: "killing 12 and abducting dozens" stays two attacks). So is one of
        // several words ("launched an attack on the border town on Monday, firing rockets"), and after an attack noun.
        for (int k = drafts.Count - 1; k >= 1; k--)
        {
            var b = drafts[k];
            if (b.Type != EventType.Attack || IsAbductionDraft(b) || !b.AnchorIsVerb || b.Triggers.Count != 1 || b.Triggers[0].FirstToken != b.First) continue;
            if (!_x.Lower(b.First).EndsWith("ing", StringComparison.Ordinal) || b.First - 1 < sentence.FirstToken || _x.Lower(b.First - 1) != ",") continue;
            var a = drafts[k - 1];
            if (a.Type != EventType.Attack || IsAbductionDraft(a)) continue;
            a.Absorb(b);
            drafts.RemoveAt(k);
        }

        // "Militants attacked a base on Friday, sparking a gun battle that lasted hours": the fight an attack sets off is
        // that attack going on, not a second one (which took the attack's date as the nearer trigger).
        for (int k = drafts.Count - 1; k >= 1; k--)
        {
            var b = drafts[k];
            if (b.Type != EventType.Attack || b.AnchorIsVerb || !_c.MutualCombatWords.Contains(_x.Lower(b.Last))) continue;
            int p = b.First - 1;
            while (p > sentence.FirstToken && (_x.IsDeterminer(p) || _x.Pos(p) is UniversalPos.ADJ or UniversalPos.NOUN)) p--;
            if (p > sentence.FirstToken && _x.Lower(p) == "off") p--;
            if (p - 1 < sentence.FirstToken || !_c.FightSparkingParticiples.Contains(_x.Lower(p)) || _x.Lower(p - 1) != ",") continue;
            var a = drafts[k - 1];
            if (a.Type != EventType.Attack || IsAbductionDraft(a) || a.Last >= p) continue;
            a.Absorb(b);
            drafts.RemoveAt(k);
        }

        // '"This was an act of terror," the mayor said of the bombing': a label whose subject is a pronoun describes the
        // attack the sentence names after it; with none there, the attack reported before.
        foreach (var d in drafts)
        {
            if (d.Type != EventType.Attack || !IsPronounLabel(sentence, d)) continue;
            d.Describes = drafts.Find(o => o != d && o.Type == EventType.Attack && o.First > d.Last && !IsPronounLabel(sentence, o));
            if (d.Describes is null) d.IsAnaphoric = true;
        }

        JoinCarryingMessages(drafts);

        bool merged = true;
        while (merged)
        {
            merged = false;
            for (int i = 0; i + 1 < drafts.Count && !merged; i++)
            {
                var a = drafts[i];
                var b = drafts[i + 1];
                if (a.Type != b.Type) continue;
                // ("was kidnapped and killed": a kidnapping and a killing stay two attacks; see ShareCoordinatedAttackParties.)
                if (a.Type == EventType.Attack && ((IsAbductionDraft(a) && IsCasualtyDraft(b)) || (IsCasualtyDraft(a) && IsAbductionDraft(b)))) continue;
                if (IsAdjacentPair(a, b) || IsSubjectPredicatePair(a, b) || IsVisitWherePair(a, b) || IsCopulaPredicatePair(a, b) || IsPurposePair(a, b) || IsAppositiveNounPair(a, b))
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

    /// <summary>
    /// True when the noun trigger [<paramref name="first"/>, <paramref name="last"/>] ends the prepositional phrase that opens
    /// the sentence and a comma sets off ("In the latest attack, …", "During the raid, …").
    /// </summary>
    private bool IsFrontedFrameNoun(Sentence s, int first, int last)
    {
        if (first <= s.FirstToken || !_x.IsPreposition(s.FirstToken) || last + 1 >= s.EndToken || _x.Lower(last + 1) != ",") return false;
        return !HasCommaBetween(s.FirstToken, first);
    }

    /// <summary>
    /// "condemned both attacks in a statement released Friday", "denied the charges in an interview": the message noun
    /// (address-nouns.txt) of an "in" phrase later in a reporting verb's own clause carries that speech act; the two are
    /// one statement, even with the verb's object (another event's trigger) between.
    /// </summary>
    private void JoinCarryingMessages(List<MentionDraft> drafts)
    {
        for (int k = 0; k < drafts.Count; k++)
        {
            var a = drafts[k];
            if (a.Type != EventType.Statement || !a.AnchorIsVerb) continue;
            for (int j = k + 1; j < drafts.Count; j++)
            {
                var b = drafts[j];
                if (b.First - a.Last > 12) break;
                if (b.Type != EventType.Statement || b.AnchorIsVerb || !_c.AddressNouns.Contains(_x.Lower(b.Last))) continue;
                int open = b.First - 1;
                while (open > a.Last && (_x.IsDeterminer(open) || _x.Lower(open) is "his" or "her" or "its" or "their" or "our" || _x.Pos(open) == UniversalPos.ADJ)) open--;
                if (open <= a.Last || open == b.First - 1 || _x.Lower(open) != "in") break;
                bool sameClause = true;
                for (int i = a.Last + 1; i < open && sameClause; i++)
                    sameClause = !(_x.IsBoundary(i) || _x.IsPunct(i) || _x.IsQuote(i) || (_x.IsVerb(i) && _x.Pos(i) != UniversalPos.AUX));
                if (sameClause)
                {
                    a.Absorb(b);
                    drafts.RemoveAt(j);
                }
                break;
            }
        }
    }

    /// <summary>"no injuries were reported", "at least seven were reported dead": an agentless passive of a fact verb is the article's voice.</summary>
    private bool IsFactPassive(Sentence s, MentionDraft d)
    {
        if (d.Triggers.Count != 1 || d.Triggers[0].TokenCount != 1 || !_c.FactPassives.Contains(_x.Lower(d.First)) || !IsPassive(d.First, s.FirstToken)) return false;
        for (int i = d.Last + 1; i < s.EndToken && i - d.Last <= 4; i++)
            if (_x.Lower(i) == "by") return false;
        return true;
    }

    /// <summary>"was condemned by the governor": "by" within three words after the trigger, in its sentence.</summary>
    private bool HasByAgent(MentionDraft d, Sentence s)
    {
        for (int i = d.Last + 1; i < s.EndToken && i - d.Last <= 3; i++)
            if (_x.Lower(i) == "by") return true;
        return false;
    }

    /// <summary>
    /// The unnamed people noun phrase right after the "by" that follows passive verb mention <paramref name="d"/>
    /// ("criticised by several local farmers"); null when another word stands between, or the phrase holds a name or
    /// place (named agents are read as the verb's object) or is no party (non-addressee-heads.txt).
    /// </summary>
    private Actor? UnnamedByAgent(Sentence s, MentionDraft d)
    {
        int by = d.Last + 1;
        if (by + 1 >= s.EndToken || _x.Lower(by) != "by" || ThingPhrase(by + 1, s.EndToken) is not { } np || _x.Pos(np.Head) != UniversalPos.NOUN
            || NamesNoAddressee(np.Head)) return null;
        for (int k = by + 1; k <= np.Head; k++)
            if (_x.UnitAt(k) is not null || _x.PlaceAt(k) is not null) return null;
        return _x.UnnamedActor(by + 1, np.Head);
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
            // ("responded with air strikes": "with" right after the verb introduces its object.)
            if (i == d.Last + 1 && _x.Lower(i) == "with") continue;
            if (!(_x.IsDeterminer(i) || _x.IsAdverb(i) || _x.Pos(i) is UniversalPos.ADJ or UniversalPos.NUM or UniversalPos.NOUN or UniversalPos.PART || _x.Lower(i) is "at" or "least" or "more" or "than" or "'" or "’")) return false;
        }
        return false;
    }

    /// <summary>
    /// "And that explains the delay", "the proposed pact between X and Y would encourage hardliners": a reporting verb whose
    /// subject (past auxiliaries, adverbs and negation; its head before one "of"/"between" phrase) is a thing that causes
    /// or accounts for something (non-speaker-subjects.tsv) speaks of no speech act.
    /// </summary>
    private bool HasNonSpeakerSubject(Sentence s, MentionDraft d)
    {
        if (!_x.HasPos || d.Triggers.Count != 1 || d.First != d.Last || !_c.NonSpeakerSubjects.TryGetValue(_x.Lower(d.First), out var heads)) return false;
        int k = d.First - 1;
        while (k >= s.FirstToken && (_x.IsAdverb(k) || _x.Pos(k) is UniversalPos.AUX or UniversalPos.PART)) k--;
        if (k < s.FirstToken) return false;
        if (heads.Contains(_x.Lower(k)) && _x.Pos(k) is UniversalPos.PRON or UniversalPos.NOUN or UniversalPos.DET) return true;
        if (_x.Pos(k) is not (UniversalPos.NOUN or UniversalPos.PROPN)) return false;
        // ("the proposed defense agreement between India and Sri Lanka would encourage": back over the phrase to its head.)
        for (int j = k - 1, n = 0; j > s.FirstToken && n < 10; j--, n++)
        {
            if (_x.Pos(j) is UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.ADJ or UniversalPos.NUM or UniversalPos.CCONJ || _x.IsDeterminer(j)) continue;
            return _x.Pos(j) == UniversalPos.ADP && _x.Pos(j - 1) == UniversalPos.NOUN && heads.Contains(_x.Lower(j - 1));
        }
        return false;
    }

    /// <summary>"couldn't tell whether", "can tell the difference": a reporting verb in the sense of knowing (knowing-complements.tsv).</summary>
    private bool HasKnowingComplement(Sentence s, MentionDraft d)
    {
        if (d.Triggers.Count != 1 || !_c.KnowingComplements.TryGetValue(_x.Lower(d.Last), out var next)) return false;
        int i = d.Last + 1;
        if (i < s.EndToken && _x.IsDeterminer(i)) i++;
        return i < s.EndToken && next.Contains(_x.Lower(i));
    }

    /// <summary>
    /// "I asked him", "I can't tell you how", "I'm here to tell you": a reporting verb whose subject, past auxiliaries,
    /// negation, "to" and adverbs, is the writer or the quoted speaker themselves (first-person-speakers.txt).
    /// </summary>
    private bool HasFirstPersonSubject(Sentence s, MentionDraft d)
    {
        if (!_x.HasPos) return false;
        for (int i = d.First - 1, n = 0; i >= s.FirstToken && n < 4; i--, n++)
        {
            // (As written: the pronoun is a capital "I"; "with the i reporting" names a newspaper.)
            if (_c.FirstPersonSpeakers.Contains(_x.Lower(i))) return _x.Pos(i) == UniversalPos.PRON && char.IsUpper(_x.Tokens.GetChars(i)[0]);
            if (!(_x.IsAdverb(i) || _x.Pos(i) is UniversalPos.AUX or UniversalPos.PART)) return false;
        }
        return false;
    }

    /// <summary>
    /// "I had an interesting conversation with a taxi driver", "I visited the festival on Saturday": outside quotes, a
    /// meeting whose subject is the writer (a capital "I" of first-person-speakers.txt, past determiners, adjectives,
    /// adverbs, auxiliaries and one light verb) is the blogger's own chat or outing, not news. Inside a quote ('"I met
    /// him twice," the minister said') it is the quoted party's meeting and stays.
    /// </summary>
    private bool HasWritersOwnSubject(Sentence s, MentionDraft d)
    {
        if (!_x.HasPos) return false;
        bool verbSeen = false;
        for (int i = d.First - 1, n = 0; i >= s.FirstToken && n < 5; i--, n++)
        {
            if (_c.FirstPersonSpeakers.Contains(_x.Lower(i)))
                return _x.Pos(i) == UniversalPos.PRON && char.IsUpper(_x.Tokens.GetChars(i)[0]) && !InsideQuote(i);
            if (_x.IsVerb(i) && _x.Pos(i) != UniversalPos.AUX && !verbSeen) { verbSeen = true; continue; }
            if (!(_x.IsAdverb(i) || _x.IsDeterminer(i) || _x.Pos(i) is UniversalPos.AUX or UniversalPos.PART or UniversalPos.ADJ)) return false;
        }
        return false;
    }

    private bool IsCasualtyDraft(MentionDraft d)
    {
        foreach (var t in d.Triggers)
            if (!HasCasualtyWord(t)) return false;
        return true;
    }

    /// <summary>"after kidnapping him", "the abduction": a mention made only of kidnapping words (abduction-words.txt).</summary>
    private bool IsAbductionDraft(MentionDraft d)
    {
        foreach (var t in d.Triggers)
            if (t.TokenCount != 1 || !_c.AbductionWords.Contains(_x.Lower(t.FirstToken))) return false;
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
        // "A gunman shot dead two police officers" (shot/NOUN): an attack verb form the tagger read as a noun, between a
        // noun-phrase head and an object, is the verb.
        int w = first.FirstToken;
        if (d.Type == EventType.Attack && w + 1 < _x.Document.Sentences[d.Sentence].EndToken && _x.HasPos && _c.NounTaggedAttackVerbs.Contains(_x.Lower(w)) && w - 1 >= 0 && w + 1 < _x.Tokens.Count
            && (_x.Pos(w - 1) is UniversalPos.NOUN or UniversalPos.PROPN || _x.UnitAt(w - 1) is not null) && _x.Lower(w - 1) is not ("'s" or "’s")
            && w - 1 >= _x.Document.Sentences[d.Sentence].FirstToken
            && (_x.IsDeterminer(w + 1) || _x.Pos(w + 1) is UniversalPos.NUM or UniversalPos.PROPN or UniversalPos.PRON || _x.UnitAt(w + 1) is not null || _x.Lower(w + 1) is "dead" or "and"))
        {
            d.Anchor = w;
            d.AnchorIsVerb = true;
        }
    }

    /// <summary>"visited Moscow for a meeting", "held talks": same-type triggers a few tokens apart with no clause break or verb between.</summary>
    private bool IsAdjacentPair(MentionDraft a, MentionDraft b)
    {
        int gap = b.First - a.Last - 1;
        // Places and dates between do not separate them: "will visit Seoul next week for a meeting with".
        bool verbThenNoun = a.Type == EventType.Meeting && a.AnchorIsVerb && !b.AnchorIsVerb;
        // ("met with President William Ruto in a five-hour visit": neither do the names of those met after a meeting verb.)
        for (int i = a.Last + 1; i < b.First; i++)
            if (_x.PlaceAt(i) is not null || _x.TimexAt(i) is not null || (verbThenNoun && _x.UnitAt(i) is { IsCommonNoun: false })) gap--;
        // ("convening a special shareholders' meeting": a meeting verb and the meeting noun it takes as object are one meeting.)
        if (gap > (verbThenNoun ? 5 : 3)) return false;
        // "hailed the ruling and said", "said his government would announce": two reporting verbs are two speech acts
        // (or the second is what the first reports), never one.
        if (a.Type == EventType.Statement && a.AnchorIsVerb && b.AnchorIsVerb && gap > 0) return false;
        // "bombed two villages and fired rockets": two attack verbs with words between are two acts (a casualty verb is a result).
        if (a.Type == EventType.Attack && a.AnchorIsVerb && b.AnchorIsVerb && gap > 0 && !IsCasualtyDraft(a) && !IsCasualtyDraft(b)) return false;
        // (The hyphen of a time phrase, "a five-hour visit", is no clause break, nor is a word of a name tagged as a verb,
        // "Daniel arap Moi".)
        for (int i = a.Last + 1; i < b.First; i++)
            if (_x.IsBoundary(i) || (_x.IsPunct(i) && _x.TimexAt(i) is null) || _x.IsQuote(i) || (_x.IsVerb(i) && _x.Pos(i) != UniversalPos.AUX && _x.UnitAt(i) is null)) return false;
        return true;
    }

    /// <summary>
    /// The token after a short noun phrase from <paramref name="start"/> (determiners, adjectives, nouns, names and
    /// possessives, at most six tokens): where a "for"/"of" phrase inside a party list ends.
    /// </summary>
    private int PastModifierPhrase(int start, int end)
    {
        int i = start;
        while (i < end && i - start < 6)
        {
            if (_x.UnitAt(i) is { } u) { i = u.Last + 1; continue; }
            if (_x.PlaceAt(i) is not null || _x.IsDeterminer(i) || _x.Lower(i) is "'s" or "’s" || _x.Pos(i) is UniversalPos.ADJ or UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.NUM) { i++; continue; }
            break;
        }
        return i;
    }

    /// <summary>
    /// "met in the Saudi city of Jeddah on Wednesday for a new round of ceasefire talks": a meeting verb and the meeting
    /// noun of its "for" phrase are one meeting however long the place and date between (no verb or clause break).
    /// </summary>
    private bool IsPurposePair(MentionDraft a, MentionDraft b)
    {
        const int MaxSpan = 16;
        if (a.Type != EventType.Meeting || b.Type != EventType.Meeting || !a.AnchorIsVerb || b.AnchorIsVerb || b.First - a.Last > MaxSpan) return false;
        int f = b.First - 1;
        // ("for a two-day summit": a hyphenated modifier too.)
        while (f > a.Last && _x.Lower(f) != "for" && (_x.IsDeterminer(f) || _x.Lower(f) == "of" || _x.Pos(f) is UniversalPos.ADJ or UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.NUM || InHyphenatedWord(f))) f--;
        if (f <= a.Last || _x.Lower(f) != "for") return false;
        for (int i = a.Last + 1; i < f; i++)
            if (_x.IsBoundary(i) || _x.IsQuote(i) || (_x.IsVerb(i) && _x.Pos(i) != UniversalPos.AUX)) return false;
        return true;
    }

    /// <summary>
    /// "visited Beijing, where he met Xi", "arrived in Cairo on Monday, where she held talks with": a visit and the
    /// meeting held at the place visited are one meeting (as "travelled to X to meet Y" is).
    /// </summary>
    private bool IsVisitWherePair(MentionDraft a, MentionDraft b)
    {
        if (a.Type != EventType.Meeting || !EveryTriggerHas(a, _c.MovementWords) || b.First - a.Last > 12) return false;
        bool comma = false, where = false;
        for (int i = a.Last + 1; i < b.First; i++)
        {
            string w = _x.Lower(i);
            if (!comma && (_x.PlaceAt(i) is not null || _x.TimexAt(i) is not null || _x.IsDeterminer(i) || w is "to" or "in" or "on")) continue;
            if (!comma && w == ",") { comma = true; continue; }
            if (comma && !where && w == "where") { where = true; continue; }
            if (where && (w is "he" or "she" or "they" || _x.IsAdverb(i) || _x.Pos(i) == UniversalPos.AUX)) continue;
            return false;
        }
        return where;
    }

    /// <summary>
    /// "…, the statement said": a mention whose noun trigger, after a determiner that fills the subject slot (after a
    /// comma, a quote mark or at the sentence start), is the subject of its own verb; no name further left speaks.
    /// </summary>
    private bool IsOwnNounSubject(MentionDraft d, Sentence s)
    {
        if (!d.AnchorIsVerb || d.Anchor <= d.First || _x.Pos(d.First) != UniversalPos.NOUN) return false;
        int det = d.First - 1;
        if (det < s.FirstToken || _x.Lower(det) is not ("the" or "a" or "an" or "this" or "that")) return false;
        return det == s.FirstToken || _x.Lower(det - 1) == "," || _x.IsQuote(det - 1);
    }

    /// <summary>"The meeting took place", "A statement said": a noun trigger as the subject of a same-type verb trigger.</summary>
    private bool IsSubjectPredicatePair(MentionDraft a, MentionDraft b)
    {
        if (a.AnchorIsVerb || !b.AnchorIsVerb) return false;
        if (b.First - a.Last - 1 > 10) return false;
        // ("The summit between President Alvarez and Prime Minister Chen will take place": the units of the noun's
        // prepositional phrase, the ones joined to it by "and" and titles too, are inside the subject.)
        int objectEnd = -1;
        for (int i = a.Last + 1; i < b.First; i++)
        {
            if (_x.IsBoundary(i) || _x.IsPunct(i) || _x.IsQuote(i)) return false;
            var u = _x.UnitAt(i);
            if (u is null) continue;
            if (!(IsPrepositionalObject(u) || (objectEnd >= 0 && JoinedToObject(objectEnd, u.First)))) return false;
            objectEnd = u.Last;
            i = Math.Max(i, u.Last);
        }
        return true;
    }

    /// <summary>Only "and", titles, determiners and adjectives between a prepositional object ending at <paramref name="objectEnd"/> and a unit at <paramref name="next"/>.</summary>
    private bool JoinedToObject(int objectEnd, int next)
    {
        for (int k = objectEnd + 1; k < next; k++)
            if (!(_x.Lower(k) == "and" || _x.IsDeterminer(k) || _x.Pos(k) is UniversalPos.ADJ or UniversalPos.PROPN)) return false;
        return true;
    }

    /// <summary>
    /// "The murder of Dr. Lowe was the latest brutal assault on doctors": an attack noun that a form of "be" predicates
    /// of the attack noun subject before it names the same attack (only determiners, adjectives and the subject's own
    /// "of"/"on" phrase between).
    /// </summary>
    private bool IsCopulaPredicatePair(MentionDraft a, MentionDraft b)
    {
        if (a.Type != EventType.Attack || a.AnchorIsVerb || b.AnchorIsVerb || b.First - a.Last - 1 > 12) return false;
        int j = b.First - 1;
        // The predicate's own modifiers: "the latest depraved", "a cowardly".
        while (j > a.Last && (_x.IsDeterminer(j) || _x.IsAdverb(j) || _x.Pos(j) is UniversalPos.ADJ
                              || (_x.Pos(j) == UniversalPos.VERB && _x.Lower(j).EndsWith("ed", StringComparison.Ordinal)))) j--;
        if (j == b.First - 1 || j <= a.Last || _x.Lower(j) is not ("is" or "was" or "are" or "were")) return false;
        if (!_x.IsDeterminer(j + 1)) return false;
        // The subject's own phrase: nothing that opens a clause.
        for (int i = a.Last + 1; i < j; i++)
            if (_x.IsBoundary(i) || _x.IsQuote(i) || (_x.IsPunct(i) && _x.Tokens.GetKind(i) != TokenKind.Abbreviation) || _x.IsVerb(i)) return false;
        return true;
    }

    /// <summary>
    /// "The ministers met in Beijing on Thursday, the first formal meeting of the two countries' top diplomats in seven
    /// years": a meeting noun whose phrase opens right after the comma that closes a meeting verb's clause (only a
    /// determiner and modifiers between) is that meeting described again; after a meeting noun, only when the phrase is described ("the first direct negotiations").
    /// </summary>
    private bool IsAppositiveNounPair(MentionDraft a, MentionDraft b)
    {
        if (a.Type != EventType.Meeting || b.AnchorIsVerb || b.First - a.Last - 1 > 16) return false;
        int j = b.First - 1;
        bool described = false;
        // ("their first face-to-face meeting": a hyphenated compound is one modifier.)
        while (j > a.Last && (_x.IsDeterminer(j) || _x.IsAdverb(j) || _x.Pos(j) is UniversalPos.ADJ or UniversalPos.NUM || InHyphenatedWord(j)))
        {
            described |= _x.Pos(j) == UniversalPos.ADJ || InHyphenatedWord(j);
            j--;
        }
        if (j == b.First - 1 || j <= a.Last || _x.Lower(j) != "," || !_x.IsDeterminer(j + 1)) return false;
        // "began talks in Jeddah on Saturday, the first direct negotiations since …": after a meeting noun, only a
        // described appositive ("first", "direct") renames it; "After talks in Paris, the summit opened" is another.
        if (!a.AnchorIsVerb && !described) return false;
        // The verb's own clause up to the comma: places, dates and names, nothing that opens another clause.
        for (int i = a.Last + 1; i < j; i++)
            if (_x.IsBoundary(i) || _x.IsQuote(i) || _x.Lower(i) == "," || _x.IsVerb(i)) return false;
        return true;
    }

    /// <summary>
    /// "the remains of an aid worker kidnapped by rebels": a passive participle right after an unnamed noun is a reduced
    /// relative on that noun, which is what was hit (a name further left is another clause's subject); "kidnapped and
    /// presumed killed": a participle coordinated with such a one shares its noun. Null when no such noun stands there.
    /// </summary>
    private Actor? ReducedRelativeUndergoer(Sentence s, MentionDraft d)
    {
        int noun = d.First - 1;
        if (noun > s.FirstToken && _c.PresumptionWords.Contains(_x.Lower(noun))) noun--;
        if (noun - 1 > s.FirstToken && noun < d.First - 1 && _x.Lower(noun) is "and" or "or" && IsParticiple(noun - 1)) noun -= 2;
        if (noun < s.FirstToken || _x.Pos(noun) != UniversalPos.NOUN || _x.UnitAt(noun) is not null) return null;
        return NounPhraseEndingAt(noun, s.FirstToken);
    }

    /// <summary>
    /// "a store owner they took hostage", "the village he shelled": an unnamed noun right before the pronoun subject of an
    /// active attack verb that has no object after it is that verb's object, fronted by a relative clause with no "that".
    /// Null when no such noun stands there.
    /// </summary>
    private Actor? ContactRelativeObject(Sentence s, MentionDraft d)
    {
        int pronoun = d.First - 1, noun = d.First - 2;
        if (noun < s.FirstToken || _x.Lower(pronoun) is not ("they" or "he" or "she" or "we") || IsPassive(d.Anchor, s.FirstToken)) return null;
        if (_x.Pos(noun) != UniversalPos.NOUN || _x.UnitAt(noun) is not null || _x.TimexAt(noun) is not null) return null;
        int after = d.Last + 1;
        if (after < s.EndToken && _x.Pos(after) is UniversalPos.DET or UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.PRON or UniversalPos.NUM
            && _x.TimexAt(after) is null) return null;
        return NounPhraseEndingAt(noun, s.FirstToken);
    }

    /// <summary>A word hyphen, or a word joined to one ("face", "-", "to" in "face-to-face").</summary>
    private bool InHyphenatedWord(int i) => IsWordHyphen(i) || (i > 0 && IsWordHyphen(i - 1)) || (i + 1 < _x.Tokens.Count && IsWordHyphen(i + 1));

    /// <summary>
    /// A trigger word that is part of a name ("Klingon Assault Group", "the Italian Episcopal Conference"): inside an
    /// organization or group name, or capitalized in mid-sentence next to another capitalized word.
    /// </summary>
    private bool IsInsideName(Sentence s, MentionDraft d)
    {
        // ("the Group of Seven summit": a lowercase trigger ending the name is the recognizer reaching past the name.)
        if (_x.UnitAt(d.First) is { Actors.Count: > 0 } u && u.Actors[0].Kind is ActorKind.Organization or ActorKind.Group && (u.First < d.First || u.Last > d.Last)
            && !(u.Last == d.Last && u.First < d.First && !IsCapitalized(d.First) && d.Type == EventType.Meeting))
            return true;
        if (d.First == s.FirstToken || !IsCapitalized(d.First)) return false;
        // ("the East Asia Summit", "the G20 Summit": a summit word ending the name names the meeting itself.)
        if (d.Type == EventType.Meeting && d.First == d.Last && TriggerCueWords.Has(_x.Tokens.GetChars(d.First), "namedmeeting")
            && !(d.Last + 1 < s.EndToken && IsCapitalized(d.Last + 1))) return false;
        return (d.First - 1 > s.FirstToken && IsCapitalized(d.First - 1) && !_x.IsQuote(d.First - 1)) || (d.Last + 1 < s.EndToken && IsCapitalized(d.Last + 1));
    }

    /// <summary>
    /// "the murdered journalist", "a pattern of murdered women": a one-word attack verb in "-ed" right before the noun it
    /// modifies, after a determiner, possessive, preposition or adjective (not after a subject, auxiliary, pronoun or
    /// conjunction: "gunmen murdered women", "who murdered women", "and murdered women").
    /// </summary>
    private bool IsAttributiveAttackParticiple(Sentence s, MentionDraft d)
    {
        if (d.Type != EventType.Attack || d.Triggers.Count != 1 || d.First != d.Last || d.First <= s.FirstToken || d.Last + 1 >= s.EndToken) return false;
        if (!_x.Lower(d.First).EndsWith("ed", StringComparison.Ordinal) || _x.Pos(d.Last + 1) is not (UniversalPos.NOUN or UniversalPos.ADJ)) return false;
        int before = d.First - 1;
        return _x.IsDeterminer(before) || _x.Lower(before) is "'s" or "’s" || _x.Pos(before) is UniversalPos.ADP or UniversalPos.ADJ;
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

    /// <summary>
    /// "was met at the airport by X", "was received in Ankara by X": the "by" agent of a passive meeting verb past one
    /// short prepositional phrase of place or time names a party as one right after the verb does.
    /// </summary>
    private bool IsPassiveAgentPastPlace(Sentence s, MentionDraft d, int p, RolePreposition rp)
    {
        if (d.Type != EventType.Meeting || rp.Role != ArgumentRole.Participant || rp.Words is not ["by"] || !d.AnchorIsVerb
            || p - d.Last < 3 || p - d.Last > 6 || !_x.IsPreposition(d.Last + 1) || !IsPassive(d.Anchor, s.FirstToken)) return false;
        for (int k = d.Last + 2; k < p; k++)
            if (!(_x.IsDeterminer(k) || _x.Pos(k) is UniversalPos.ADJ or UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.NUM)) return false;
        return true;
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
            if (_c.AccidentNouns.Contains(_x.Lower(i)) || IsWorkSiteExplosionAt(s, i)) return true;
        return false;
    }

    /// <summary>
    /// "The storm struck the coast", "an earthquake hit the region": an active attack verb whose subject is a disaster
    /// noun (accident-nouns.txt); "the country was struck by devastating earthquakes": a passive one whose "by" agent is.
    /// </summary>
    private bool HasDisasterSubject(Sentence s, MentionDraft d)
    {
        if (!_x.IsVerb(d.First)) return false;
        if (IsPassive(d.First, s.FirstToken)) return HasDisasterAgent(s, d.Last);
        int i = StepLeftPast(d.First - 1, s.FirstToken, PreVerbWords.Adverbs | PreVerbWords.Auxiliaries);
        return i >= s.FirstToken && _c.AccidentNouns.Contains(_x.Lower(i));
    }

    /// <summary>The short noun phrase after "by" that follows <paramref name="verb"/> holds a disaster noun.</summary>
    private bool HasDisasterAgent(Sentence s, int verb)
    {
        int by = verb + 1;
        if (by < s.EndToken && _x.Pos(by) == UniversalPos.ADV) by++;
        if (by >= s.EndToken || _x.Lower(by) != "by") return false;
        // A determiner, a count and a few modifiers ("a powerful 7.8-magnitude earthquake") before the head.
        for (int i = by + 1; i < s.EndToken && i <= by + 6; i++)
        {
            if (_c.AccidentNouns.Contains(_x.Lower(i))) return true;
            if (_x.Lower(i) == "-") continue;
            if (_x.Pos(i) is UniversalPos.PUNCT or UniversalPos.ADP or UniversalPos.CCONJ or UniversalPos.PRON) return false;
        }
        return false;
    }

    /// <summary>
    /// "An explosion at a fireworks factory killed 11 workers", "a blast in a coal mine": an explosion, blast or fire noun
    /// at a work site (accident-site-nouns.txt), in a sentence that names no weapon and no attack word, is an accident.
    /// </summary>
    private bool IsWorkSiteExplosion(Sentence s, MentionDraft d) =>
        d.Triggers[0].TokenCount == 1 && IsWorkSiteExplosionAt(s, d.Triggers[0].FirstToken);

    /// <summary>The explosion, blast or fire noun at <paramref name="t"/> happened at a work site in a sentence with no weapon or attack word.</summary>
    private bool IsWorkSiteExplosionAt(Sentence s, int t)
    {
        if (!_c.BlastNouns.Contains(_x.Lower(t))) return false;
        int k = t + 1;
        if (k >= s.EndToken || _x.Lower(k) is not ("at" or "in")) return false;
        bool site = false;
        for (int i = k + 1; i < s.EndToken && i <= k + 5 && !site; i++)
        {
            if (_c.AccidentSiteNouns.Contains(_x.Lower(i))) site = true;
            else if (!(_x.IsDeterminer(i) || _x.Pos(i) is UniversalPos.ADJ or UniversalPos.NOUN or UniversalPos.PROPN)) return false;
        }
        if (!site) return false;
        for (int i = s.FirstToken; i < s.EndToken; i++)
            if (_c.WeaponWords.Contains(_x.Lower(i)) || _c.AttackSayingWords.Contains(_x.Lower(i))) return false;
        return true;
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

    /// <summary>
    /// "a blast of cold air", "an explosion of anger": a noun of figurative-of-heads.txt followed by an "of" phrase that
    /// names no weapon within a few words ("the blast of a car bomb" does).
    /// </summary>
    /// <summary>
    /// True when the noun at <paramref name="nounFirst"/> is the object of the verb at <paramref name="verb"/> (only
    /// modifiers and "of" phrases between: "planned a wave of attacks"), not inside another phrase of it ("planned an
    /// inquiry into the attack", "threatened retaliation for the bombing").
    /// </summary>
    private bool NounIsObjectOf(int verb, int nounFirst)
    {
        for (int i = verb + 1; i < nounFirst; i++)
            if (_x.Pos(i) == UniversalPos.ADP && _x.Lower(i) is not ("of" or "with")) return false;
        return true;
    }

    private bool IsFigurativeOf(Sentence s, MentionDraft d)
    {
        if (d.AnchorIsVerb || d.Triggers.Count != 1 || !_c.FigurativeOfHeads.Contains(_x.Lower(d.Last))) return false;
        int of = d.Last + 1;
        if (of >= s.EndToken || _x.Lower(of) != "of") return false;
        for (int i = of + 1; i < s.EndToken && i <= of + 4; i++)
            if (_c.WeaponWords.Contains(_x.Lower(i))) return false;
        return true;
    }

    /// <summary>
    /// "Investors, betting on an imminent clash between Ford and GM, pushed up the shares": an attack noun of
    /// market-figures.tsv in a sentence with a market word, and no casualty or weapon, is a business rivalry.
    /// </summary>
    private bool IsMarketFigure(Sentence s, MentionDraft d)
    {
        if (d.AnchorIsVerb || d.Triggers.Count != 1 || d.First != d.Last || !_c.MarketFigureTriggers.Contains(_x.Lower(d.First))) return false;
        bool market = false;
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            string w = _x.Lower(i);
            if (_c.WeaponWords.Contains(w) || _c.CasualtyWords.ContainsKey(w)) return false;
            if (_c.MarketWords.Contains(w)) market = true;
        }
        return market;
    }

    private bool IsExcludedAttack(Sentence s, MentionDraft d)
    {
        if (IsCasualtyDraft(d) && IsAccident(s, d)) return true;
        if (DeniesCasualties(s, d)) return true;
        if (HasDisasterSubject(s, d)) return true;
        if (IsWorkSiteExplosion(s, d)) return true;
        if (IsHandledWeapon(s, d)) return true;
        if (IsVerbalAttack(s, d)) return true;
        if (IsFigurativeOf(s, d)) return true;
        if (IsMarketFigure(s, d)) return true;
        if (IsWarningFire(s, d)) return true;
        if (IsSelfKilling(s, d)) return true;
        if (IsGenericQuestion(s, d)) return true;
        if (IsLaborStrike(s, d)) return true;
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

    /// <summary>
    /// "The minister met striking miners", "striking nurses marched": "striking" right before a noun of people at work
    /// (labor-strike-nouns.txt, a modifier may stand between: "striking coal miners") is a walkout, not an attack.
    /// </summary>
    private bool IsLaborStrike(Sentence s, MentionDraft d)
    {
        if (d.Triggers.Count != 1 || d.First != d.Last || _x.Lower(d.First) != "striking") return false;
        for (int i = d.First + 1; i < s.EndToken && i - d.First <= 3; i++)
        {
            if (_c.LaborStrikeNouns.Contains(_x.Lower(i))) return true;
            if (_x.Pos(i) is not (UniversalPos.NOUN or UniversalPos.ADJ or UniversalPos.PROPN)) return false;
        }
        return false;
    }

    /// <summary>
    /// "Do you shoot back at someone hiding behind children?", "Can a policeman open fire on an attacker?": an attack verb in
    /// a yes/no question that opens as one about anyone's conduct (generic-question-openers.txt) reports no attack.
    /// </summary>
    private bool IsGenericQuestion(Sentence s, MentionDraft d)
    {
        if (!_x.IsVerb(d.First)) return false;
        int last = s.EndToken - 1;
        while (last > s.FirstToken && _x.IsQuote(last)) last--;
        if (_x.Lower(last) != "?") return false;
        foreach (var phrase in _c.GenericQuestionOpeners)
        {
            int end = _x.MatchAt(s.FirstToken, phrase, s.EndToken);
            if (end < 0 || end > d.First) continue;
            for (int i = end; i < d.First; i++)
                if (_x.IsBoundary(i) || _x.Lower(i) == ",") return false;
            return true;
        }
        return false;
    }

    /// <summary>"killed himself in his cell": a one-word killing verb whose only object is reflexive (self-killing.tsv).</summary>
    private bool IsSelfKilling(Sentence s, MentionDraft d)
    {
        if (d.Triggers.Count != 1 || d.First != d.Last || !_c.SelfKilling.TryGetValue(_x.Lower(d.First), out var pronouns)) return false;
        int o = d.Last + 1;
        if (o >= s.EndToken || !pronouns.Contains(_x.Lower(o))) return false;
        return o + 1 >= s.EndToken || !CueLexicon.Coordinators.Contains(_x.Lower(o + 1));
    }

    /// <summary>
    /// "fired into the air to disperse the crowd": a shooting trigger aimed at no one (warning-fire.tsv), the phrase within
    /// six words of its clause (it may be the trigger's own preposition: "fired into").
    /// </summary>
    private bool IsWarningFire(Sentence s, MentionDraft d)
    {
        if (d.Triggers.Count != 1 || !_c.WarningFire.TryGetValue(_x.Lower(d.First), out var phrases)) return false;
        for (int i = d.First + 1; i < s.EndToken && i - d.First <= 6; i++)
        {
            if (_x.IsBoundary(i)) return false;
            foreach (var phrase in phrases)
                if (_x.MatchAt(i, phrase, s.EndToken) > i) return true;
            // ("fired at the crowd and into the air": aimed at someone first.)
            if (_c.TargetPrepositions.Contains(_x.Lower(i))) return false;
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
        // "urged Norway to hold talks with Sweden", "invited the pope to visit": the object of the urging verb meets (not
        // its subject, who only urges); one who invites hosts.
        if (d.Type == EventType.Meeting && (d.AnchorIsVerb ? d.First : governing) is var controlled && controlled > s.FirstToken
            && !(d.AnchorIsVerb && IsPassive(d.Anchor, s.FirstToken)) && ControlledSubject(s, controlled) is { } control)
        {
            foreach (var a in control.Actors) MentionDraft.AddActor(who, a);
            if (_c.InvitationVerbs.Contains(_x.Lower(control.Verb)) && LeftChain(control.Verb, s.FirstToken) is [var inviter, ..])
            {
                d.Host ??= inviter;
                MentionDraft.AddActor(who, inviter);
            }
        }
        // "…, according to X": X alone speaks; the subject before it belongs to what was said.
        // ("The mayor visited the family of the murdered journalist": an attack participle before its noun has no subject;
        // the clause's subject did something else.)
        else if (d.AnchorIsVerb && !(d.Type == EventType.Statement && IsAccordingTo(d)) && !IsAttributiveAttackParticiple(s, d))
        {
            // "Nine tourists were killed", "the embassy was attacked": a passive subject is the target.
            // "she was told to disconnect", "residents were urged to leave": a passive subject of an addressee verb is spoken to.
            bool passive = IsPassive(d.Anchor, s.FirstToken) || IsQuestionAside(s, d);
            // ("Rockets were fired at the town": a weapon as the passive subject was not hit; the target follows it.)
            var subjectRole = d.Type == EventType.Attack && passive ? (IsWeaponPassiveSubject(s, d) ? new List<Actor>() : d.Targets)
                : d.Type == EventType.Statement && passive && IsAddresseeVerb(d, s) ? d.Addressees
                // "The attack was condemned by the governor": the passive subject is what was said about; the agent speaks.
                // ("X is accused of planning …": so it is with no agent; only "X was quoted as saying" keeps X speaking.)
                : d.Type == EventType.Statement && passive && (HasByAgent(d, s) || !_c.QuotingVerbs.Contains(_x.Lower(d.Anchor))) ? new List<Actor>() : who;
            if (subjectRole == d.Addressees && SubjectPronoun(d.First, s.FirstToken) is int sp && ResolvePronoun(sp, s) is { } spokenTo) MentionDraft.AddActor(d.Addressees, spokenTo);
            // "He was shot dead outside his home": a passive pronoun subject stands for the person named in its sentence or
            // the one before (further back the pronoun more likely has an unnamed antecedent).
            if (subjectRole == d.Targets && SubjectPronoun(d.First, s.FirstToken) is int tp && _x.Lower(tp) is "he" or "she"
                && ResolvePronoun(tp, s) is { Kind: ActorKind.Person } victimBefore && s.FirstToken > 0
                && _x.TokenRange(victimBefore.Span).First >= _x.SentenceStartOf(s.FirstToken - 1))
                MentionDraft.AddActor(d.Targets, victimBefore);
            // '"…," said X': names inside the quote before a reporting verb are not its subject.
            // '…, the French presidency said', '"…," the spokesman said': a common-noun phrase filling the subject slot
            // after a comma or quote is the speaker, not a name further left.
            // "opened fire on protesters demanding civilian rule": an -ing statement verb straight after a party noun is a
            // reduced relative; that party speaks, even as the object of another verb's preposition.
            // "sent a letter to members urging them": the message's author speaks (the sending verb's own mention, read
            // before, has found them already when it is one).
            if (d.Type == EventType.Statement && subjectRole == who && MessageSender(s, d) is int sender)
            {
                var authors = sentenceDrafts.Find(o => o != d && o.Type == EventType.Statement && o.First <= sender && sender <= o.Last) is { Speakers.Count: > 0 } sending
                    ? sending.Speakers : SubjectBeforeAside(sender, s.FirstToken) ?? LeftChain(sender, s.FirstToken);
                foreach (var a in authors) MentionDraft.AddActor(who, a);
                if (who.Count == 0 && WholeNounSubject(sender, s.FirstToken) is { } author) MentionDraft.AddActor(who, author);
            }
            else if (d.Type == EventType.Statement && subjectRole == who && ReducedRelativeSpeaker(s, d) is { } relative) MentionDraft.AddActor(who, relative);
            else if (d.Type == EventType.Statement && subjectRole == who && PlaceNamedSpeaker(s, d) is { } person) MentionDraft.AddActor(who, person);
            else if (d.Type == EventType.Statement && subjectRole == who && (PartitiveSubject(d.First, s.FirstToken) ?? NameModifiedPersonSubject(d.First, s.FirstToken)) is { } some) MentionDraft.AddActor(who, some);
            else if (d.Type == EventType.Statement && WholeNounSubject(d.First, s.FirstToken) is { } nounSubject) MentionDraft.AddActor(subjectRole, nounSubject);
            // '"…," she told the staff': a pronoun fills the subject slot; the fallback resolves it (names further left are
            // inside the quote or belong to another clause).
            else if (d.Type == EventType.Statement && subjectRole == who && SubjectPronoun(d.First, s.FirstToken) is not null) { }
            // "X told the minister the people share in the sorrow of Y and said": a verb coordinated with the sentence's
            // first verb shares its subject, not the nearest name.
            // ("X is to hold talks with Y on Monday and may meet Z": so does a meeting verb, not the party met before the "and".)
            else if (d.Type is EventType.Statement or EventType.Meeting && subjectRole == who && CoordinatedVerbSubject(d.First, s, nearest: d.Type == EventType.Meeting) is { Count: > 0 } shared)
                foreach (var a in shared) MentionDraft.AddActor(who, a);
            else if (d.Type != EventType.Statement || !(SubjectSlotEmpty(d.First, s.FirstToken, commaCloses: false) || IsOwnNounSubject(d, s) || IsInvertedAfterClause(s, d)))
            {
                // "The mayor was killed when gunmen ambushed her car": an attack verb anchoring the mention after a passive
                // casualty verb has its own subject.
                int subjectOf = d.First;
                // ("In the latest attack, gunmen killed": the verb after the fronted noun has the subject.)
                if (d.Type == EventType.Attack && d.AnchorIsVerb && d.Anchor > d.First && !_x.IsVerb(d.First)
                    && IsFrontedFrameNoun(s, d.Triggers[0].FirstToken, d.Triggers[0].FirstToken + d.Triggers[0].TokenCount - 1)) subjectOf = d.Anchor;
                if (d.Type == EventType.Attack && !passive && d.Triggers.Count > 1 && d.Anchor >= d.Triggers[0].FirstToken + d.Triggers[0].TokenCount
                    && IsPassive(d.Triggers[0].FirstToken, s.FirstToken))
                    subjectOf = d.Anchor;
                if (d.Type == EventType.Attack && passive && subjectOf == d.First && ReducedRelativeUndergoer(s, d) is { } undergoer)
                    MentionDraft.AddActor(d.Targets, undergoer);
                else
                    // ("X, who arrived on Sunday, is expected to meet Y", "X, who met Y last week, is due to address the nation": the aside
                    // ends before the word of planning.)
                    foreach (var a in SubjectBeforeAside(d.Type is EventType.Meeting or EventType.Statement ? PlanWordBefore(subjectOf, s.FirstToken) : subjectOf, s.FirstToken) ?? LeftChain(subjectOf, s.FirstToken)) MentionDraft.AddActor(subjectRole, a);
                if (d.Type == EventType.Statement && subjectRole == who && UnnamedConjunct(d.First, s.FirstToken) is { } conjunct)
                {
                    // "White House and Republican sources said": the name shares the conjunct's head, so both are one party.
                    if (SharedHeadConjunction(conjunct, s.FirstToken) is { } whole)
                    {
                        who.RemoveAll(a => a.Span.Overlaps(whole.Span));
                        MentionDraft.AddActor(who, whole);
                    }
                    else MentionDraft.AddActor(who, conjunct);
                }
            }
        }
        // ("Mediators said talks between X and Y would resume", "Diplomats said a summit of the African Union could be
        // held": who reports a meeting between or of others is no party to it;
        // "the union said negotiations with the airline …" still is. Nor is who asks "for" one between others: "called
        // for talks between the rebels and the government".)
        // ("ruled in favor of the mother's request", "rejected the Kremlin's demand": a statement noun's possessor speaks,
        // below, not the subject of the verb that takes it.)
        else if (governing >= 0 && !(d.Type == EventType.Statement && HasPartyPossessor(d.First, s.FirstToken))
                 && (d.Type != EventType.Attack || (_c.PerpetrationVerbs.Contains(_x.Lower(governing)) || (_c.AttackPlanVerbs.Contains(_x.Lower(governing)) && NounIsObjectOf(governing, d.First))))
                 && !(d.Type == EventType.Meeting && (_c.ReportingVerbs.Contains(_x.Lower(governing)) || (d.First - 1 > governing && _x.Lower(d.First - 1) == "for"))
                      && d.Last + 1 < s.EndToken && _x.Lower(d.Last + 1) is "between" or "among" or "of"))
        {
            // "al Qaeda's ability to conduct an attack": the possessor of the noun the infinitive completes does it (not a
            // party further left, "According to X, al Qaeda's ability …").
            if (d.Type == EventType.Attack && InfinitiveNounPossessor(governing, s.FirstToken) is { Count: > 0 } owner)
                foreach (var a in owner) MentionDraft.AddActor(who, a);
            else
                foreach (var a in SubjectBeforeAside(d.Type == EventType.Meeting ? PlanWordBefore(governing, s.FirstToken) : governing, s.FirstToken) ?? LeftChain(governing, s.FirstToken)) MentionDraft.AddActor(who, a);
        }
        bool subjectFound = who.Count > 0;
        // Possessor: "Putin's visit".
        if (!d.AnchorIsVerb)
        {
            // "Slepian's shooting", "the doctor's murder": a person possessing a victim noun is the target
            // (not "Slepian's killing of ...", where the "of" phrase names the victim).
            bool victimNoun = d.Type == EventType.Attack && _c.VictimPossessiveNouns.Contains(_x.Lower(d.Last))
                && !(d.Last + 1 < s.EndToken && _x.Lower(d.Last + 1) == "of");
            foreach (var a in Possessor(d.First, s.FirstToken))
            {
                // (A phrase that swallowed the trigger itself, "the Slepian's shooting", names no party.)
                if (victimNoun && a.Span.End > _x.Span(d.First, d.First).Start) continue;
                MentionDraft.AddActor(victimNoun && a.Kind == ActorKind.Person ? d.Targets : who, a);
            }
            if (d.Type == EventType.Attack && who.Count == 0 && d.Targets.Count == 0 && UnnamedPartyPossessor(d.First, s.FirstToken) is { } party)
                MentionDraft.AddActor(victimNoun && party.Kind == ActorKind.Person ? d.Targets : who, party);
            // ("the minister's visit to Paris", "the negotiators' talks with the rebels": unnamed people owning a meeting noun
            // take part in it, as named ones do; a body's, "the bloc's annual summit", is rather the one that convenes it.)
            if (d.Type is EventType.Meeting or EventType.Statement && who.Count == 0 && UnnamedPartyPossessor(d.First, s.FirstToken) is { Kind: ActorKind.Person or ActorKind.Group } people)
                MentionDraft.AddActor(who, people);
            if (d.Type == EventType.Meeting)
                foreach (var a in ModifierActors(d.First, s.FirstToken)) MentionDraft.AddActor(d.Participants, a);
        }

        // Direct objects of a verb trigger.
        bool addresseeVerb = false;
        int afterVerbPhrase = d.Last + 1;
        if (d.AnchorIsVerb)
        {
            int objStart = d.Last + 1;
            // "Militants bombed the embassy, killing a guard": the object follows the attack verb, not a casualty verb it absorbed.
            int objLimit = scanEnd;
            if (d.Type == EventType.Attack) (objStart, objLimit) = AttackObjectSpan(d, scanEnd);
            // "met Klaus Brandt in Warsaw for talks", "hosted X on Friday for a meeting": a meeting verb that took the meeting
            // noun of its "for" phrase into one mention has its object right after the verb, not after the noun.
            if (d.Type == EventType.Meeting) (objStart, objLimit) = MeetingObjectSpan(d, scanEnd);
            int verbEnd = objStart;
            if (d.Type == EventType.Statement)
            {
                foreach (var phrase in _c.AddresseeToVerbs)
                {
                    int end = _x.MatchAt(d.Anchor, phrase, s.EndToken);
                    if (end > 0) { addresseeVerb = true; objStart = Math.Max(objStart, end); break; }
                }
            }
            // ("talked to X", "spoke to X by phone", "hosted a dinner for X": a meeting trigger that ends in its "to" or
            // "for" has the party met after it.)
            // ("called on King Abdullah": a courtesy call, too.)
            bool meetingTo = d.Type == EventType.Meeting && d.Last > d.First && _x.Lower(d.Last) is "to" or "for" or "on" or "upon";
            var (objects, objEnd) = RightChain(objStart, objLimit, allowPrepositionStart: addresseeVerb || meetingTo);
            // ("said his government would deploy": a name right after a reporting verb and before a verb opens what was
            // said; it is not the verb's object.)
            bool clauseSubject = d.Type == EventType.Statement && !addresseeVerb && objEnd < s.EndToken && _x.IsVerb(objEnd);
            if (objects.Count > 0 && !clauseSubject) afterVerbPhrase = objEnd;
            switch (d.Type)
            {
                case EventType.Meeting:
                    // "Erdogan discussed Sweden's NATO bid with Orban": what is discussed is the topic, and a name in it is no
                    // party; the parties are the subject and the "with" phrase.
                    if (d.First == d.Last && TriggerCueWords.Has(_x.Tokens.GetChars(d.First), "discussion")) break;
                    foreach (var a in objects) MentionDraft.AddActor(d.Participants, a);
                    // "to meet international dignitaries", "hosted the boy": unnamed people as the verb's object.
                    if (objects.Count == 0 && objStart == verbEnd && UnnamedPeople(objStart, objLimit) is { } met)
                    {
                        MentionDraft.AddActor(d.Participants, met.Actor);
                        afterVerbPhrase = met.End;
                    }
                    if (d.Participants.Count > 0 && (_x.Lower(d.Last) == "with" || (d.Last + 1 < s.EndToken && _x.Lower(d.Last + 1) == "with")) && SecondWithPhrase(afterVerbPhrase, s.EndToken) is { } alsoMet)
                    {
                        foreach (var a in alsoMet.Actors) MentionDraft.AddActor(d.Participants, a);
                        afterVerbPhrase = alsoMet.End;
                    }
                    break;
                case EventType.Statement:
                    // '"Why have a war?" asked Li Wei, a shopkeeper': right after a quote, a name closing the clause is the
                    // inverted subject who asks, not the one asked.
                    if (addresseeVerb && objects.Count > 0 && objStart == d.Last + 1 && IsInvertedSubject(s, d, objEnd))
                    {
                        if (d.Speakers.Count == 0) MentionDraft.AddActor(d.Speakers, PersonAfter(objStart, s.EndToken) ?? objects[0]);
                        afterVerbPhrase = objEnd;
                        break;
                    }
                    // ("warned Iran could face sanctions": a phrase before an auxiliary opens what was said; no one is spoken to.)
                    if (addresseeVerb && !OpensClause(objEnd, s)) foreach (var a in objects) MentionDraft.AddActor(d.Addressees, a);
                    // "urged him to resign", "told her that": an object pronoun stands for the person named before
                    // (not "told her staff": a possessive before its noun).
                    if (addresseeVerb && objects.Count == 0 && objStart < scanEnd && _x.Lower(objStart) is "him" or "her"
                        && !(objStart + 1 < scanEnd && _x.Pos(objStart + 1) is UniversalPos.NOUN or UniversalPos.ADJ or UniversalPos.PROPN or UniversalPos.NUM)
                        && ResolveObjectPronoun(objStart, s) is { Kind: ActorKind.Person } spokenTo)
                    {
                        d.AddAddresseeUnlessSpeaker(spokenTo);
                        afterVerbPhrase = objStart + 1;
                    }
                    // "urged residents to stay indoors and assured them": "them" stands for those spoken to by the verb before.
                    if (addresseeVerb && objects.Count == 0 && objStart == d.Last + 1 && objStart < scanEnd && _x.Lower(objStart) == "them"
                        && PreviousStatement(d, sentenceDrafts) is { Addressees.Count: > 0 } before)
                    {
                        foreach (var a in before.Addressees) d.AddAddresseeUnlessSpeaker(a);
                        afterVerbPhrase = objStart + 1;
                    }
                    else if (addresseeVerb && objects.Count == 0 && objStart == d.Last + 1 && objStart < scanEnd && _x.Lower(objStart) == "them"
                        && PluralObjectAntecedent(objStart, s, d.Speakers) is { } them)
                    {
                        d.AddAddresseeUnlessSpeaker(them);
                        afterVerbPhrase = objStart + 1;
                    }
                    // "called for Vacco to revive the unit", "pressed for the board to resign": the party asked to act is spoken to.
                    if (!addresseeVerb && PartyAskedToAct(s, d, scanEnd) is { } asked)
                        foreach (var a in asked) d.AddAddresseeUnlessSpeaker(a);
                    // "criticized Vacco for ...": a named party reproved is spoken to; "wrote Jaguar that ...": so is one written to.
                    if (!addresseeVerb && objects.Count > 0 && objStart == d.Last + 1 && !clauseSubject && StartsObject(objects[0], objStart)
                        && ((_c.AddresseeNamedVerbs.Contains(_x.Lower(d.Anchor)) && IsNamed(objects[0]))
                            || (_c.AddresseeThatVerbs.Contains(_x.Lower(d.Anchor)) && objEnd < s.EndToken && _x.Lower(objEnd) == "that")))
                        foreach (var a in objects) d.AddAddresseeUnlessSpeaker(a);
                    // "urged all Balkan states to", "told his ministers that": an unnamed addressee.
                    if (addresseeVerb && objects.Count == 0 && ThingPhrase(objStart, scanEnd) is { } np && _x.Pos(np.Head) == UniversalPos.NOUN && !NamesNoAddressee(np.Head) && !OpensClause(np.Head + 1, s))
                    {
                        MentionDraft.AddActor(d.Addressees, _x.UnnamedActor(objStart, np.Head));
                        afterVerbPhrase = np.Head + 1;
                    }
                    // '…, said X': an inverted subject; not "said the United States would ...", the subject of what was said.
                    else if (!addresseeVerb && d.Speakers.Count == 0 && objects.Count > 0 && objStart == d.Last + 1 && SubjectSlotEmpty(d.First, s.FirstToken, commaCloses: true)
                             && !(objEnd < s.EndToken && _x.IsVerb(objEnd))) MentionDraft.AddActor(d.Speakers, PersonAfter(objStart, s.EndToken) ?? objects[0]);
                    break;
                case EventType.Attack:
                    // ("fired Tomahawk cruise missiles at a radar site": a name in the phrase of a weapon fired names the weapon;
                    // the target follows it.)
                    if (!IsCasualtyDraft(d))
                    {
                        int weaponHead = ThingPhrase(objStart, objLimit) is { } wp && _c.WeaponWords.Contains(_x.Lower(wp.Head)) ? wp.Head : -1;
                        foreach (var o in objects)
                            if (!(_x.TokenRange(o.Span).Last < weaponHead)) MentionDraft.AddActor(d.Targets, o);
                    }
                    // "A former patient killed Anna Berg": a person named as the one killed is the target (a counted toll,
                    // "killing three soldiers", stays the victims). (Not after "to": "used to kill X" names a purpose, not a report.)
                    else if (objStart == verbEnd && !(d.First - 1 >= s.FirstToken && _x.Lower(d.First - 1) == "to"))
                    {
                        foreach (var a in objects)
                            if (a.Kind == ActorKind.Person && IsNamed(a) && StartsObject(a, objStart)) MentionDraft.AddActor(d.Targets, a);
                        // "Rebels killed a teacher", "gunmen murdered an elder of the clan": one unnamed person killed by a
                        // one-word verb is the target too (a count, "killing three soldiers", stays the victims; so does the
                        // victim of a compound "shot and killed a pharmacist", whom a later mention usually names).
                        // ("shot dead a journalist": one verb with its result word is one verb too.)
                        bool oneVerb = d.Triggers is [var only] && (only.TokenCount == 1 || (only.TokenCount == 2 && _x.Lower(only.FirstToken + 1) == "dead"));
                        if (d.Targets.Count == 0 && oneVerb && SingleVictimObject(s, objStart) is { } victim)
                            MentionDraft.AddActor(d.Targets, victim);
                        else if (oneVerb && CoordinatedVictims(s, objStart) is { } together)
                            foreach (var a in together) MentionDraft.AddActor(d.Targets, a);
                    }
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
            // ("said his government would send troops to the region": past the verb of a clause, the words belong to what
            // was said; not past a participle after a noun, "said in a statement released to the AP".)
            if (d.Type == EventType.Statement && d.AnchorIsVerb && p > headLast && _x.IsVerb(p) && _x.Pos(p) != UniversalPos.AUX
                && _x.Pos(p - 1) is not (UniversalPos.NOUN or UniversalPos.PROPN)) break;
            // ('called the offer "an insult to workers"': past a quotation mark, the words are the quotation's.)
            if (d.Type == EventType.Statement && d.AnchorIsVerb && p > headLast && _x.IsQuote(p)) break;
            foreach (var rp in _c.RolePrepositions)
            {
                if (rp.Type != d.Type || (rp.Near && !EndsNear(d, p) && !IsPassiveAgentPastPlace(s, d, p, rp))) continue;
                // "met to discuss rising tensions between Serbia and Kosovo": "between" after a common noun other than
                // the meeting's own names the sides of that noun (the topic), not the parties met.
                if (rp.Role == ArgumentRole.Participant && rp.Words is ["between"] && p > headLast + 1 && _x.Pos(p - 1) == UniversalPos.NOUN
                    && _x.TimexAt(p - 1) is null && _x.PlaceAt(p - 1) is null && !_c.TalkWords.Contains(_x.Lower(p - 1)) && !_c.MeetingNouns.Contains(_x.Lower(p - 1)))
                    continue;
                // "was announced (earlier, Friday) by X" names who spoke; "said leaders of Kenya would", "said of Putin that"
                // do not: past a noun, or after "of", the phrase belongs to what was said or whom it was about.
                if (rp.Role == ArgumentRole.Speaker && rp.Near && d.AnchorIsVerb && p > headLast
                    && (rp.Words is ["of"] || (p > headLast + 1 && _x.TimexAt(headLast + 1) is null && _x.Pos(headLast + 1) is UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.ADJ)))
                    continue;
                // ("Germany's condemnation of Russia", "the criticism of China by Britain": Russia and China were judged.)
                if (rp.Role == ArgumentRole.Speaker && rp.Words is ["of"] && p == headLast + 1 && _c.JudgingStatementNouns.Contains(_x.Lower(headLast))) continue;
                // "talk to tourism leaders" names who was talked with; after other meeting words ("a visit to Moscow",
                // "invited X to the summit") a "to" phrase names where or what, not a party.
                if (rp.Role == ArgumentRole.Participant && rp.Words is ["to"] && !_c.TalkWords.Contains(_x.Lower(p - 1))) continue;
                int end = _x.MatchAt(p, rp.Words, scanEnd);
                if (end < 0) continue;
                // ("in a statement on a website linked to the group": the "to" phrase of the word before it.)
                if (rp.Role == ArgumentRole.Addressee && p > headLast && _c.OwnToPhraseWords.Contains(_x.Lower(p - 1))) continue;
                // ("carried out by a separatist faction, officials said": attackers end at a comma.)
                var (chain, chainEnd) = RightChain(end, rp.Role == ArgumentRole.Attacker ? CommaAfter(end, scanEnd) : scanEnd, allowPrepositionStart: true);
                // ("air strikes on rebel-held areas": a name joined by an inner hyphen to the next word only modifies the
                // thing hit, which the unnamed-target reading takes whole.)
                if (rp.Role == ArgumentRole.Target && chain.Count > 0 && EndsInHyphenedModifier(chainEnd, scanEnd)) continue;
                // "meeting with bombing victims", "between the boy and his grandmothers": unnamed people met with, alone or
                // in a list with named parties. (Up to the clause end: "bombing" in "bombing victims" is no new event's start.)
                if (rp.Role == ArgumentRole.Participant)
                {
                    // "discussed the crisis with her closest ally, President Luis Ferrer": the name after a short role phrase
                    // and its comma.
                    if (chain.Count == 0 && NameAfterRolePhrase(end, clauseEnd) is { } named) (chain, chainEnd) = named;
                    int from = chain.Count == 0 ? end : -1;
                    for (int n = 0; n < 8; n++)
                    {
                        // "between lawyers for the family and government officials": the first party's own "for"/"of"
                        // phrase does not end the list.
                        if (from < 0 && chain.Count > 0 && rp.Words is ["between"] && chainEnd < clauseEnd && _x.Lower(chainEnd) is "for" or "of" or "from")
                            chainEnd = PastModifierPhrase(chainEnd + 1, clauseEnd);
                        if (from < 0 && chainEnd < clauseEnd && _x.Lower(chainEnd) is "and" or "," && chainEnd + 1 < clauseEnd)
                            from = _x.Lower(chainEnd + 1) == "and" ? chainEnd + 2 : chainEnd + 1;
                        if (from < 0) break;
                        if (UnnamedPeople(from, clauseEnd) is { } people)
                        {
                            if (OpensReportingClauseAt(people.End)) break;
                            chain.Add(people.Actor);
                            chainEnd = people.End;
                        }
                        else if (chain.Count > 0 && RightChain(from, scanEnd, allowPrepositionStart: false) is { Actors.Count: > 0 } more)
                        {
                            // ("talks mediated by Saudi Arabia, the Saudi foreign ministry said": the subject of the trailing
                            // reporting verb is no party to the list.)
                            if (OpensReportingClauseAt(more.End)) break;
                            foreach (var a in more.Actors) chain.Add(a);
                            chainEnd = more.End;
                        }
                        else break;
                        from = -1;
                    }
                    if (rp.Words is ["with"] && chain.Count > 0 && SecondWithPhrase(chainEnd, clauseEnd) is { } second)
                    {
                        chain.AddRange(second.Actors);
                        chainEnd = second.End;
                    }
                }
                if (chain.Count == 0) continue;
                // ("requested aid from the UN": who is asked, not who speaks.)
                bool askedFrom = rp.Role == ArgumentRole.Speaker && rp.Words is ["from"] && AsksFrom(d);
                var list = askedFrom ? d.Addressees : rp.Role switch
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

        // "paid a visit to Prime Minister Ana Ruiz", "his trip to the king": a person a visit goes "to" is the one visited
        // (a place it goes to stays its place).
        if (d.Type == EventType.Meeting && !d.AnchorIsVerb && IsMovementNoun(d.First))
        {
            int to = _x.Lower(d.Last) == "to" ? d.Last : d.Last + 1 < scanEnd && _x.Lower(d.Last + 1) == "to" ? d.Last + 1 : -1;
            if (to >= 0 && RightChain(to + 1, scanEnd, allowPrepositionStart: true) is { Actors.Count: > 0 } visited && NamedRightAfter(visited.Actors[0], to + 1))
                foreach (var a in visited.Actors)
                    if (a.Kind == ActorKind.Person) MentionDraft.AddActor(d.Participants, a);
        }
        // "paid a courtesy call on King Charles": a call "on" someone, said with the noun, is a visit to the one called on.
        if (d.Type == EventType.Meeting && !d.AnchorIsVerb && d.Last > d.First && _x.Lower(d.Last) is "on" or "upon"
            && RightChain(d.Last + 1, scanEnd, allowPrepositionStart: true) is { Actors.Count: > 0 } calledOn)
            foreach (var a in calledOn.Actors) MentionDraft.AddActor(d.Participants, a);
        if (d.Type == EventType.Meeting && !d.AnchorIsVerb && OccasionSubject(s, d) is { Count: > 0 } attended)
            foreach (var a in attended) MentionDraft.AddActor(d.Participants, a);
        if (d.Type == EventType.Statement && d.Addressees.Count == 0 && AsksFrom(d)) ReadAskedFrom(s, d, scanEnd);
        if (d.Type == EventType.Attack) ReadUnnamedTargetsAndAttackers(s, d, scanEnd);
        if (d.Type == EventType.Attack) ReadCombatSides(d, scanEnd);
        // ("The bombing, blamed by police on X, killed two men": a noun mention anchored on its casualty verb too.)
        if (d.Type == EventType.Attack && (!d.AnchorIsVerb || !_x.IsVerb(d.First))) ReadBlamedAttacker(s, d, governing);
        if (d.Type == EventType.Meeting) ReadHost(s, d, governing);
        // A statement's place is where it was made ("said in Beijing"), not a place in what was said.
        ReadLocation(s, d, d.Type == EventType.Statement ? Math.Min(PastPressEvent(d, sentenceDrafts, scanEnd, clauseEnd), Math.Min(ReportingClauseEnd(s, d), ContentStart(s, d))) : scanEnd, governing);
        ReadTrailingParticiplePlace(s, d, sentenceDrafts);
        ReadPlaceThere(s, d, scanEnd);
        ReadPlaceOfSentenceBefore(s, d);
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
                // "She was due to tour the port, talk to dockworkers and meet with X": the last of coordinated verbs
                // shares the subject of the first.
                // (Each verb of a draft joining "visit a school and meet with X" may be the one after the "and".)
                else if (d.AnchorIsVerb && !subjectFound && !IsPassive(d.Anchor, s.FirstToken))
                {
                    foreach (var t in d.Triggers)
                        if (_x.IsVerb(t.FirstToken) && CoordinatedVerbSubject(t.FirstToken, s) is { Count: > 0 } shared)
                        {
                            foreach (var a in shared) MentionDraft.AddActor(d.Participants, a);
                            break;
                        }
                }
                foreach (var a in ParticipleClauseSubject(s, d)) MentionDraft.AddActor(d.Participants, a);
                if (WithWhomAntecedent(s, d) is { } antecedent) MentionDraft.AddActor(d.Participants, antecedent);
                if (UnnamedMeetingSubject(s, d, governing) is { } unnamedSubject) MentionDraft.AddActor(d.Participants, unnamedSubject);
                if (d.AnchorIsVerb && PronounConjunct(s, d) is { } partner) MentionDraft.AddActor(d.Participants, partner);
                if (UnnamedFirstConjunct(s, d, d.Participants) is { } side) MentionDraft.AddActor(d.Participants, side);
                if (UnnamedLastConjunct(s, d, governing) is { } otherSide) MentionDraft.AddActor(d.Participants, otherSide);
                if (!d.AnchorIsVerb && ForPhraseVerbParties(s, d) is { } sentFor) foreach (var a in sentFor) MentionDraft.AddActor(d.Participants, a);
                if (!d.AnchorIsVerb && d.Participants.Count == 0 && AfterTalksSubjects(s, d) is { } signers) foreach (var a in signers) MentionDraft.AddActor(d.Participants, a);
                if (!d.AnchorIsVerb && governing < 0 && AsideHolder(s, d) is { } holder)
                    foreach (var a in holder) MentionDraft.AddActor(d.Participants, a);
                if (!d.AnchorIsVerb) foreach (var a in InvolvedParties(s, d)) MentionDraft.AddActor(d.Participants, a);
                if (!d.AnchorIsVerb && d.Participants.Count == 0) InvitedToMeeting(s, d);
                // "Modi … The Indian leader later met executives": the national role stands for the person named before.
                for (int k = 0; k < d.Participants.Count; k++)
                    if (NationalRoleAntecedent(d.Participants[k]) is { } leader && !d.Participants.Contains(leader)) d.Participants[k] = leader;
                break;
            case EventType.Statement:
                ReadStatement(s, d, addresseeVerb, afterVerbPhrase, sentenceDrafts);
                if (d.Speakers.Count == 0 && d.AnchorIsVerb && SubjectPronoun(d.First, s.FirstToken) is int they && CoordinatedPeopleBefore(they) is { } people)
                    foreach (var person in people) MentionDraft.AddActor(d.Speakers, person);
                if (d.Speakers.Count == 0 && d.AnchorIsVerb && FallbackSpeaker(s, d) is { } speaker) d.Speakers.Add(speaker);
                if (d.Speakers.Count == 1 && d.AnchorIsVerb && InvertedConjunct(s, d, d.Speakers[0]) is { } conjunct) MentionDraft.AddActor(d.Speakers, conjunct);
                if (d.Speakers.Count == 0 && !d.AnchorIsVerb && Issuer(s, d) is { } issuer) d.Speakers.Add(issuer);
                if (d.Speakers.Count == 0 && d.AnchorIsVerb && SourcelessMessageSubject(s, d) is { } message) d.Speakers.Add(message);
                // "People familiar with the matter said": a speaker found only inside the modifier of the subject's head gives way to the whole phrase.
                if (d.AnchorIsVerb && !IsPassive(d.Anchor, s.FirstToken) && PostModifiedSubject(d.First, s) is { } whole
                    && d.Speakers.TrueForAll(a => _x.TokenRange(a.Span).First >= whole.ModifierStart))
                {
                    d.Speakers.Clear();
                    d.Speakers.Add(whole.Phrase);
                }
                if (SpeakingAside(s, d) is { } aside) ReadSpeakingAside(d, aside.First, aside.Close);
                // "The agency quoted X as saying ...": the object of the quoting verb speaks.
                // "An official was quoted by local media as saying": the passive quoting verb's subject speaks instead.
                int? quotingVerb = d.AnchorIsVerb ? QuotingVerbBeforeAs(s, d) : null;
                if (quotingVerb is int qv && QuotedAsSaying(qv, d) is { Count: > 0 } quoted)
                {
                    d.Speakers.Clear();
                    foreach (var a in quoted) MentionDraft.AddActor(d.Speakers, a);
                }
                else if (quotingVerb is int pv && d.Speakers.Count == 0 && PassiveQuotedSubject(s, pv) is { Count: > 0 } passive)
                    foreach (var a in passive) MentionDraft.AddActor(d.Speakers, a);
                // "Health Minister Priya Nair told parliament … The minister also announced": the titled person speaks.
                // The role phrase stays the mention (annotators give it as often as the name); the person named before
                // lends it the name, kind and country, so either reading of the same speaker agrees.
                for (int k = 0; k < d.Speakers.Count; k++)
                    if ((TitledAntecedent(d.Speakers[k]) ?? NationalRoleAntecedent(d.Speakers[k])) is { } titled && !d.Speakers.Contains(titled))
                        d.Speakers[k] = d.Speakers[k] with { Kind = titled.Kind, CountryCode = titled.CountryCode ?? d.Speakers[k].CountryCode, Canonical = titled.Canonical };
                // "A spokesman for the Chinese embassy said": an unnamed speaker with an owner phrase speaks for the owner's country;
                // "A spokesman for President Li said": the owner found as the speaker gives way to the spokesman.
                for (int k = 0; k < d.Speakers.Count; k++)
                    if ((OwnedSpeaker(d.Speakers[k]) ?? SpokespersonOf(d.Speakers[k])) is { } owned) d.Speakers[k] = owned;
                if (d.AnchorIsVerb && UnnamedFirstConjunct(s, d, d.Speakers) is { } coSpeaker) d.Speakers.Insert(0, coSpeaker);
                // "was criticised by several local farmers", "is said by one police officer to be": an unnamed "by" agent speaks.
                if (d.Speakers.Count == 0 && d.AnchorIsVerb && IsPassive(d.Anchor, s.FirstToken) && UnnamedByAgent(s, d) is { } agent) d.Speakers.Add(agent);
                if (d.Addressees.Count == 0 && d.AnchorIsVerb) ReadMessageAddressee(s, d);
                // '"…," he said, adding that …': a participle after a comma goes on with the speaker of the statement before it.
                if (d.Speakers.Count == 0 && d.AnchorIsVerb && IsCommaParticiple(s, d) && PreviousStatement(d, sentenceDrafts) is { } previous)
                    foreach (var a in previous.Speakers) MentionDraft.AddActor(d.Speakers, a);
                // "The United States and Britain urged both sides to …": one does not speak to oneself, so a reference
                // resolved to the speakers themselves is no addressee.
                d.Addressees.RemoveAll(a => d.Speakers.Exists(sp => sp.Span.Overlaps(a.Span) || string.Equals(sp.Canonical, a.Canonical, StringComparison.OrdinalIgnoreCase)));
                break;
            case EventType.Attack:
                ReadComitativeVictims(s, d);
                TidyTargets(s, d);
                TidyAttackers(s, d);
                d.AttackType = ReadAttackType(s, d);
                // "said it would strike Iraq": a pronoun subject stands for the party named before.
                if (d.AnchorIsVerb && d.Attackers.Count == 0 && !IsPassive(d.Anchor, s.FirstToken) && SubjectPronoun(d.First, s.FirstToken) is int pr
                    && ResolvePronoun(pr, s) is { } attacker) d.Attackers.Add(_x.Lower(pr) == "they" ? PartyBeforeSourceTail(attacker) ?? attacker : attacker);
                if (d.AnchorIsVerb && d.Targets.Count == 0 && ContactRelativeObject(s, d) is { } held) MentionDraft.AddActor(d.Targets, held);
                // "The group said it had carried out the attack": the pronoun subject of a perpetration verb governing the noun.
                // "Hezbollah has thousands of fighters. They have pursued attacks against …": outside a report, it stands
                // for the party named in a sentence before (one named earlier in its own sentence is as often a party named
                // in passing: "Varnia funds the Hezbollah and, through it, Islamic Jihad; it carried out attacks").
                if (!d.AnchorIsVerb && d.Attackers.Count == 0 && governing >= 0 && _c.PerpetrationVerbs.Contains(_x.Lower(governing)) && !IsPassive(governing, s.FirstToken)
                    && SubjectPronoun(governing, s.FirstToken) is var sp && (sp ?? StatePhrasePronoun(governing, s.FirstToken)) is int gp)
                {
                    // ("Officials say it is on the verge of launching": one reporting a state phrase claims nothing.)
                    if (sp is not null) foreach (var a in ReportedSelf(gp, s)) MentionDraft.AddActor(d.Attackers, a);
                    // ("The Tigers look as if they are about to launch …": the subject of the verb the "as if" clause describes.)
                    if (d.Attackers.Count == 0 && gp - 3 >= s.FirstToken && _x.Lower(gp - 1) is "if" or "though" && _x.Lower(gp - 2) == "as" && _x.IsVerb(gp - 3))
                        foreach (var a in SubjectBeforeAside(gp - 3, s.FirstToken) ?? LeftChain(gp - 3, s.FirstToken)) MentionDraft.AddActor(d.Attackers, a);
                    if (d.Attackers.Count == 0 && ResolvePronoun(gp, s) is { } doer && doer.Span.Start < _x.Span(s.FirstToken, s.FirstToken).Start) d.Attackers.Add(doer);
                }
                // "Iraq could widen the war by attacking Jordan": a means gerund shares the subject of its clause.
                if (d.AnchorIsVerb && d.Attackers.Count == 0 && MeansGerundVerb(s, d) is int clauseVerb)
                    foreach (var a in SubjectBeforeAside(clauseVerb, s.FirstToken) ?? LeftChain(clauseVerb, s.FirstToken)) MentionDraft.AddActor(d.Attackers, a);
                break;
        }
    }

    /// <summary>
    /// "Gunmen opened fire on shoppers, witnesses said. They then set fire to stalls": when the party a pronoun was
    /// resolved to only gives the source of its sentence ("…, witnesses said"), the subject of that sentence's first
    /// verb, a party of its own, is who went on acting. Null when <paramref name="resolved"/> is no such source.
    /// </summary>
    private Actor? PartyBeforeSourceTail(Actor resolved)
    {
        var (first, last) = _x.TokenRange(resolved.Span);
        if (first < 1 || last + 1 >= _x.Tokens.Count || _x.Lower(first - 1) != "," || !IsReportingVerb(last + 1)) return null;
        int sentenceFirst = _x.SentenceStartOf(first);
        if (FirstMainVerb(sentenceFirst, first - 1) is not int verb) return null;
        var subject = SubjectBeforeAside(verb, sentenceFirst) ?? LeftChain(verb, sentenceFirst);
        return subject is [{ Kind: ActorKind.Group or ActorKind.Organization or ActorKind.Country } party] ? party : null;
    }

    /// <summary>
    /// "called for Vacco to revive the unit": the parties between the "for" that ends or follows the trigger and a
    /// "to" before a verb; null when the trigger has no such "for" phrase.
    /// </summary>
    private List<Actor>? PartyAskedToAct(Sentence s, MentionDraft d, int scanEnd)
    {
        int f = _x.Lower(d.Last) == "for" && d.Last > d.First ? d.Last : d.Last + 1 < scanEnd && _x.Lower(d.Last + 1) == "for" ? d.Last + 1 : -1;
        if (f < 0) return null;
        var (chain, end) = RightChain(f + 1, scanEnd, allowPrepositionStart: true);
        return chain.Count > 0 && _x.UnitAt(f + 1) is not null && end + 1 < s.EndToken && _x.Lower(end) == "to" && _x.Pos(end + 1) == UniversalPos.VERB ? chain : null;
    }

    /// <summary>A verb of asking for something (addressee-from in content-markers.txt): "requested … from X".</summary>
    private bool AsksFrom(MentionDraft d) => d.AnchorIsVerb && _c.AddresseeFromVerbs.Contains(_x.Lower(d.Anchor));

    /// <summary>
    /// "requested $50 million in aid from the legislature", "sought assurances from the mayor": the "from" phrase after
    /// what is asked for (no verb or clause boundary between) names who is asked.
    /// </summary>
    private void ReadAskedFrom(Sentence s, MentionDraft d, int scanEnd)
    {
        for (int p = d.Last + 1; p < scanEnd && p - d.Last <= 12; p++)
        {
            if (_x.IsBoundary(p) || _x.IsQuote(p) || (_x.IsVerb(p) && _x.Pos(p) != UniversalPos.AUX) || _x.Lower(p) is "," or "that" or ";") return;
            if (_x.Lower(p) != "from") continue;
            var (chain, _) = RightChain(p + 1, scanEnd, allowPrepositionStart: true);
            foreach (var a in chain) d.AddAddresseeUnlessSpeaker(a);
            return;
        }
    }

    /// <summary>
    /// "The talks, which were brokered by Qatar, involved representatives of X and Y", "The summit brought together
    /// leaders from 20 countries": a meeting noun that is the subject of a verb of meeting-involvement-verbs.txt (past
    /// a comma-delimited aside or a short prepositional phrase, and auxiliaries) has the verb's object as its parties.
    /// </summary>
    private List<Actor> InvolvedParties(Sentence s, MentionDraft d)
    {
        var none = new List<Actor>();
        int k = d.Last + 1;
        if (k < s.EndToken && _x.Lower(k) == ",")
        {
            int close = -1;
            for (int j = k + 1; j < s.EndToken && j - k <= 20; j++)
                if (_x.Lower(j) == ",") { close = j; break; }
            if (close < 0) return none;
            k = close + 1;
        }
        else
        {
            // ("The talks in Doha involved": a short prepositional phrase with no verb.)
            for (int n = 0; k < s.EndToken && n < 6 && !_x.IsVerb(k) && _x.Pos(k) != UniversalPos.AUX && !_x.IsPunct(k) && !_x.IsBoundary(k); n++) k++;
        }
        while (k < s.EndToken && (_x.Pos(k) == UniversalPos.AUX || _x.IsAdverb(k))) k++;
        foreach (var verb in _c.MeetingInvolvementVerbs)
        {
            int end = _x.MatchAt(k, verb, s.EndToken);
            if (end < 0 || !_x.IsVerb(k)) continue;
            var (chain, _) = RightChain(end, s.EndToken, allowPrepositionStart: false);
            if (chain.Count > 0) return chain;
            return UnnamedPeople(end, s.EndToken) is { } people ? new List<Actor> { people.Actor } : none;
        }
        return none;
    }

    /// <summary>
    /// "Acas has invited both sides to fresh talks next week", "invited the two leaders to a summit": the object of an
    /// invitation verb (invitation-verbs.txt) right before "to" and the meeting noun (past determiners and adjectives)
    /// are its parties, and the one who invites hosts and takes part.
    /// </summary>
    private void InvitedToMeeting(Sentence s, MentionDraft d)
    {
        int to = d.First - 1;
        while (to > s.FirstToken && _x.UnitAt(to) is null && (_x.IsDeterminer(to) || _x.Pos(to) == UniversalPos.ADJ)) to--;
        if (to - 2 < s.FirstToken || _x.Lower(to) != "to" || _x.UnitAt(to - 1) is not { } last || last.Last != to - 1) return;
        int verb = -1;
        for (int k = last.First - 1; k >= s.FirstToken && last.First - k <= 12 && !_x.IsBoundary(k); k--)
            if (_c.InvitationVerbs.Contains(_x.Lower(k)) && _x.IsVerb(k)) { verb = k; break; }
        if (verb < 0) return;
        // ("invited Prime Minister Lars Holm and Chancellor Karl Weiss to talks": the whole list up to the "to".)
        var (invited, end) = RightChain(verb + 1, to, allowPrepositionStart: false);
        if (invited.Count == 0 || end != to) return;
        foreach (var a in invited) MentionDraft.AddActor(d.Participants, a);
        if (LeftChain(verb, s.FirstToken) is [var inviter, ..])
        {
            d.Host ??= inviter;
            MentionDraft.AddActor(d.Participants, inviter);
        }
    }

    /// <summary>
    /// Where the object of an attack verb starts and ends: after the trigger holding the verb anchor (and a trigger joined
    /// to it by "and", "shot and killed"), up to the next trigger of the mention ("bombed the embassy, killing a guard").
    /// </summary>
    private (int Start, int Limit) AttackObjectSpan(MentionDraft d, int scanEnd)
    {
        if (d.Triggers.Count == 1) return (d.Last + 1, scanEnd);
        int end = -1;
        foreach (var t in d.Triggers)
            if (d.Anchor >= t.FirstToken && d.Anchor < t.FirstToken + t.TokenCount) end = t.FirstToken + t.TokenCount;
        if (end < 0) return (d.Last + 1, scanEnd);
        bool grown = true;
        while (grown)
        {
            grown = false;
            foreach (var t in d.Triggers)
            {
                if (t.FirstToken < end) continue;
                if (t.FirstToken == end || (t.FirstToken == end + 1 && _x.Lower(end) is "and" or ","))
                {
                    end = t.FirstToken + t.TokenCount;
                    grown = true;
                }
            }
        }
        int limit = scanEnd;
        foreach (var t in d.Triggers)
            if (t.FirstToken >= end && t.FirstToken < limit) limit = t.FirstToken;
        return (end, limit);
    }

    /// <summary>
    /// Where the object of a meeting verb starts and ends: after the trigger holding the verb anchor, up to the next trigger
    /// of the mention ("met X in Warsaw for talks"); after the mention's last token when the verb trigger is its last or
    /// a later trigger is a verb of its own.
    /// </summary>
    private (int Start, int Limit) MeetingObjectSpan(MentionDraft d, int scanEnd)
    {
        if (d.Triggers.Count == 1) return (d.Last + 1, scanEnd);
        for (int k = 0; k + 1 < d.Triggers.Count; k++)
        {
            var t = d.Triggers[k];
            int end = t.FirstToken + t.TokenCount;
            if (d.Anchor < t.FirstToken || d.Anchor >= end) continue;
            int next = d.Triggers[k + 1].FirstToken;
            // ("visited Beijing, where he met Xi": a later meeting verb has the party met as its own object.)
            for (int j = k + 1; j < d.Triggers.Count; j++)
                for (int i = d.Triggers[j].FirstToken; i < d.Triggers[j].FirstToken + d.Triggers[j].TokenCount; i++)
                    if (_x.IsVerb(i) && _x.Pos(i) != UniversalPos.AUX) return (d.Last + 1, scanEnd);
            return next > end ? (end, Math.Min(next, scanEnd)) : (d.Last + 1, scanEnd);
        }
        return (d.Last + 1, scanEnd);
    }

    /// <summary>The first word of the verb group of the clause that "by &lt;attack gerund&gt;" modifies, or null.</summary>
    private int? MeansGerundVerb(Sentence s, MentionDraft d)
    {
        int by = d.First - 1;
        // ("killed the engineer after kidnapping him": a gerund of time, after "after"/"before", shares the subject too.)
        if (by - 1 < s.FirstToken || _x.Lower(by) is not ("by" or "after" or "before") || !_x.Lower(d.First).EndsWith("ing", StringComparison.Ordinal)) return null;
        int j = by - 1;
        while (j >= s.FirstToken && by - j <= 8 && !_x.IsVerb(j))
        {
            if (_x.IsBoundary(j) || _x.IsQuote(j) || (_x.IsPunct(j) && _x.Lower(j) != ",")) return null;
            j--;
        }
        if (j < s.FirstToken || by - j > 8) return null;
        while (j - 1 >= s.FirstToken && (_x.IsVerb(j - 1) || _x.IsAdverb(j - 1))) j--;
        return j;
    }

    /// <summary>True when <paramref name="a"/> starts within four words of <paramref name="start"/>, only a determiner and title words before it.</summary>
    private bool NamedRightAfter(Actor a, int start)
    {
        var (first, _) = _x.TokenRange(a.Span);
        if (first < start || first - start > 4) return false;
        for (int i = start; i < first; i++)
            if (!(_x.IsDeterminer(i) || _x.UnitAt(i) is not null || _x.Pos(i) is UniversalPos.PROPN or UniversalPos.ADJ)) return false;
        return true;
    }

    /// <summary>True when <paramref name="a"/> opens the object at <paramref name="objStart"/>, after at most a title ("killed Dr. Anna Berg").</summary>
    private bool StartsObject(Actor a, int objStart)
    {
        var (first, _) = _x.TokenRange(a.Span);
        if (first < objStart || first - objStart > 2) return false;
        for (int i = objStart; i < first; i++)
            if (_x.Pos(i) != UniversalPos.PROPN) return false;
        return true;
    }

    /// <summary>
    /// '"…," Toledo said', '"…," Florence said on Monday': a word the gazetteer knows as a town, alone between a quotation
    /// and its reporting verb, is someone's name (a town does not speak; a capital speaking for its government is an
    /// actor already). Null otherwise.
    /// </summary>
    private Actor? PlaceNamedSpeaker(Sentence s, MentionDraft d)
    {
        int i = d.First - 1;
        if (!d.AnchorIsVerb || i - 1 < s.FirstToken || !_x.IsQuote(i - 1) || _x.UnitAt(i) is not null) return null;
        if (_x.PlaceAt(i) is not { IsCountry: false } place || _x.TokenRange(place.Span) != (i, i)) return null;
        return _x.UnnamedActor(i, i) with { Kind = ActorKind.Person };
    }

    /// <summary>
    /// "In a statement to the ABC, the Church denied ...": a statement noun in a fronted prepositional phrase frames the
    /// reporting verb of the same sentence; both name one speech act. The noun joins the verb's mention and lends it
    /// the addressee of its "to" phrase; the verb's subject is the speaker.
    /// </summary>
    public void JoinFramingStatements(Sentence s, List<MentionDraft> drafts)
    {
        FoldQuotedFirstPersonActs(s, drafts);
        JoinPassiveQuotedAsSaying(s, drafts);
        AddressSubjectlessQuestions(s, drafts);
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
            int comma = CommaAfterFramingNoun(a, b.First);
            if (comma < 0) continue;
            bool subjectOnly = true;
            // (An appositive may set off the subject: "…, Malaysia's Prime Minister, Najib Razak said".)
            // (And "seemed to", "went on to" before the verb: "In a speech at the Pentagon, Bush seemed to suggest".)
            // ("In her speech, delivered in a crowded hall, Albright countered": a participle aside set off by commas
            // after the framing noun still describes it.)
            for (int i = ParticipleAsideEnd(comma, b.First) + 1; i < b.First && subjectOnly; i++)
                subjectOnly = !(_x.IsPunct(i) && _x.Lower(i) != ",") && !_x.IsQuote(i) && !_x.IsBoundary(i)
                    && !(_x.IsVerb(i) && _x.Pos(i) != UniversalPos.AUX && !(i + 2 == b.First && _x.Lower(i + 1) == "to" && _c.ImplicativeVerbs.Contains(_x.Lower(i))));
            if (!subjectOnly) continue;
            JoinFraming(a, b);
            drafts.RemoveAt(k);
        }
        SpeakFramingNouns(s, drafts);
        SpeakFrontedParticiples(s, drafts);
        JoinSubjectDocuments(drafts);
    }

    /// <summary>
    /// "The report, published by the WHO on Tuesday, warned that …": a statement noun with its own author that is the
    /// subject of a statement verb of its sentence is one speech act with it, spoken by the author, not by the document.
    /// </summary>
    private void JoinSubjectDocuments(List<MentionDraft> drafts)
    {
        for (int k = 0; k < drafts.Count; k++)
        {
            var a = drafts[k];
            if (a.Type != EventType.Statement || a.AnchorIsVerb || a.Speakers.Count == 0) continue;
            var noun = _x.Tokens.GetSpan(a.Anchor);
            var b = drafts.Find(o => o != a && o.Type == EventType.Statement && o.AnchorIsVerb && o.First > a.Last
                && o.Speakers is [var only] && only.Span.Overlaps(noun));
            if (b is null) continue;
            b.Speakers.Clear();
            foreach (var author in a.Speakers) b.Speakers.Add(author);
            JoinFraming(a, b);
            drafts.RemoveAt(k);
            k--;
        }
    }

    /// <summary>
    /// "Condemning the attack, the mayor said …", "Calling the ruling a disgrace, the union vowed to appeal": a statement
    /// participle opening the sentence (or right after an opening subordinator, "While insisting …") is spoken by the
    /// main clause's subject after the comma that closes the participle's clause: the speakers of the statement verb
    /// there, or else the named chain right before that verb.
    /// </summary>
    private void SpeakFrontedParticiples(Sentence s, List<MentionDraft> drafts)
    {
        foreach (var a in drafts)
        {
            if (a.Type != EventType.Statement || !a.AnchorIsVerb || a.Speakers.Count > 0 || !_x.Lower(a.First).EndsWith("ing", StringComparison.Ordinal) || IsAccordingTo(a)) continue;
            int open = s.FirstToken;
            if (open < a.First && _c.ClauseSubordinators.Contains(_x.Lower(open))) open++;
            if (a.First != open) continue;
            int comma = a.Last + 1;
            while (comma < s.EndToken && comma - a.Last <= 25 && _x.Lower(comma) != ",") comma++;
            if (comma >= s.EndToken || _x.Lower(comma) != ",") continue;
            int start = comma + 1 < s.EndToken && _x.IsQuote(comma + 1) ? comma + 2 : comma + 1;
            int v = start;
            while (v < s.EndToken && !(_x.Pos(v) == UniversalPos.VERB && _x.UnitAt(v) is null) && !_x.IsPunct(v) && !_x.IsQuote(v)) v++;
            if (v >= s.EndToken || _x.Pos(v) != UniversalPos.VERB || v == start) continue;
            if (drafts.Find(b => b != a && b.Type == EventType.Statement && b.AnchorIsVerb && b.First == v) is { Speakers.Count: > 0 } main)
            {
                foreach (var speaker in main.Speakers) MentionDraft.AddActor(a.Speakers, speaker);
                continue;
            }
            var (subject, end) = RightChain(start, s.EndToken, allowPrepositionStart: false);
            if (StepRightPast(end, v, PreVerbWords.Adverbs | PreVerbWords.Auxiliaries) == v) foreach (var speaker in subject) MentionDraft.AddActor(a.Speakers, speaker);
        }
    }

    /// <summary>
    /// "In a speech at the Pentagon, Biden seemed to hint that …": a statement noun in a fronted phrase that frames no
    /// reporting verb of its own (none is a trigger after it) was spoken by the subject right after the phrase's comma.
    /// </summary>
    private void SpeakFramingNouns(Sentence s, List<MentionDraft> drafts)
    {
        foreach (var a in drafts)
        {
            if (a.Type != EventType.Statement || a.AnchorIsVerb || a.Speakers.Count > 0 || !IsFrontedPhrase(s, a.First)) continue;
            if (drafts.Exists(b => b != a && b.Type == EventType.Statement && b.AnchorIsVerb && b.First > a.Last)) continue;
            int comma = CommaAfterFramingNoun(a, Math.Min(s.EndToken - 1, a.Last + 9));
            if (comma < 0) continue;
            var (subject, end) = RightChain(comma + 1, s.EndToken, allowPrepositionStart: false);
            int v = StepRightPast(end, s.EndToken, PreVerbWords.Adverbs | PreVerbWords.Auxiliaries);
            // Only a clause's subject: its verb right after it.
            if (subject.Count == 0 || v >= s.EndToken || _x.Pos(v) != UniversalPos.VERB) continue;
            foreach (var speaker in subject) MentionDraft.AddActor(a.Speakers, speaker);
        }
    }

    /// <summary>
    /// "X was quoted as saying …": a passive quoting verb (quoting-verbs.txt) and its "as saying" name one speech act of X.
    /// Not with a "by" agent between them ("was quoted by local media as saying"), who quotes X in an act of its own, and
    /// not the active "the agency quoted X as saying", where the agency speaks too.
    /// </summary>
    private void JoinPassiveQuotedAsSaying(Sentence s, List<MentionDraft> drafts)
    {
        for (int k = 0; k + 1 < drafts.Count; k++)
        {
            var a = drafts[k];
            var b = drafts[k + 1];
            if (a.Type != EventType.Statement || b.Type != EventType.Statement || !a.AnchorIsVerb || !b.AnchorIsVerb) continue;
            if (!_c.QuotingVerbs.Contains(_x.Lower(a.Anchor)) || !IsPassive(a.Anchor, s.FirstToken)) continue;
            if (b.First - 1 <= a.Last || _x.Lower(b.First - 1) != "as" || !_x.Lower(b.Anchor).StartsWith("say", StringComparison.Ordinal)) continue;
            bool plain = b.First - 1 - a.Last <= 6;
            for (int i = a.Last + 1; i < b.First - 1 && plain; i++)
                plain = _x.Lower(i) != "by" && !_x.IsQuote(i) && !_x.IsBoundary(i) && !(_x.IsVerb(i) && _x.Pos(i) != UniversalPos.AUX);
            if (!plain) continue;
            foreach (var speaker in b.Speakers) MentionDraft.AddActor(a.Speakers, speaker);
            foreach (var addressee in b.Addressees) a.AddAddresseeUnlessSpeaker(addressee);
            a.Content ??= b.Content;
            a.Quote ??= b.Quote;
            a.Location ??= b.Location;
            a.Absorb(b);
            drafts.RemoveAt(k + 1);
        }
    }

    /// <summary>
    /// "met with bombing victims at the hospital and with government officials": the parties of a second "with" phrase
    /// joined by "and" after the first one (past its own phrases, before any verb), and the token past them; or null.
    /// </summary>
    private (List<Actor> Actors, int End)? SecondWithPhrase(int from, int end)
    {
        for (int k = from; k + 2 < end; k++)
        {
            if (_x.IsVerb(k) || _x.IsQuote(k) || _x.IsBoundary(k)) return null;
            if (_x.Lower(k) != "and" || _x.Lower(k + 1) != "with") continue;
            if (UnnamedPeople(k + 2, end) is { } people) return (new List<Actor> { people.Actor }, people.End);
            return RightChain(k + 2, end, allowPrepositionStart: true) is { Actors.Count: > 0 } named ? named : null;
        }
        return null;
    }

    /// <summary>
    /// '"…," X said when asked about the offer', "When asked whether …, she frowned", "Asked about the sanctions, the
    /// president replied": a subjectless "asked"/"told" after a subordinator, or opening the sentence before the question
    /// put, was put to the main clause's subject, who is its addressee: the speaker of the sentence's other
    /// statement, else the name or pronoun right after the clause's comma.
    /// </summary>
    private void AddressSubjectlessQuestions(Sentence s, List<MentionDraft> drafts)
    {
        foreach (var d in drafts)
        {
            if (d.Type != EventType.Statement || !d.AnchorIsVerb || d.Addressees.Count > 0 || d.Speakers.Count > 0) continue;
            if (_x.Lower(d.Anchor) is not ("asked" or "told" or "questioned")) continue;
            // ("Asked about the sanctions, the president replied": a participle opening the sentence with the question put.)
            bool fronted = d.First == s.FirstToken && d.Last + 1 < s.EndToken && OpensQuestion(d.Last + 1);
            if (!fronted && (d.First - 1 < s.FirstToken || _x.Lower(d.First - 1) is not ("when" or "after" or "if" or "once" or "as" or "until"))) continue;
            int opener = fronted ? d.First : d.First - 1;
            List<Actor>? subject = null;
            foreach (var other in drafts)
                if (other != d && other.Type == EventType.Statement && other.AnchorIsVerb && other.Speakers.Count > 0) { subject = other.Speakers; break; }
            // (The comma whose next word is a clause's subject, its verb right after: not "the boy's father, Juan Gonzalez, was".)
            for (int comma = d.Last + 1; subject is null && opener == s.FirstToken && comma < s.EndToken && comma - d.Last <= 30 && !_x.IsQuote(comma); comma++)
            {
                int k = comma + 1;
                if (_x.Lower(comma) != "," || k >= s.EndToken) continue;
                int subjectLast = _x.UnitAt(k) is { Actors.Count: > 0 } named && named.First == k ? named.Last : _x.Lower(k) is "he" or "she" or "they" ? k : -1;
                if (subjectLast < 0) continue;
                int v = StepRightPast(subjectLast + 1, s.EndToken, PreVerbWords.Adverbs | PreVerbWords.Auxiliaries);
                if (v >= s.EndToken || _x.Pos(v) != UniversalPos.VERB) continue;
                subject = subjectLast == k && _x.UnitAt(k) is null ? (ResolvePronoun(k, s) is { } resolved ? new List<Actor> { resolved } : null) : _x.UnitAt(k)!.Actors;
                break;
            }
            if (subject is null) continue;
            foreach (var a in subject) d.AddAddresseeUnlessSpeaker(a);
        }
    }

    /// <summary>The reporting verb <paramref name="b"/> takes the framing mention <paramref name="a"/> with its addressees and place.</summary>
    private static void JoinFraming(MentionDraft a, MentionDraft b)
    {
        foreach (var addressee in a.Addressees) b.AddAddresseeUnlessSpeaker(addressee);
        b.Location ??= a.Location;
        b.Absorb(a);
    }

    /// <summary>
    /// The comma that closes the fronted phrase of statement noun <paramref name="a"/> before <paramref name="end"/>
    /// ("In a statement released on Tuesday, …"), past its own phrases; -1 when a quote, clause boundary or verb comes first.
    /// </summary>
    private int CommaAfterFramingNoun(MentionDraft a, int end)
    {
        for (int i = a.Last + 1; i < end; i++)
        {
            if (ModifiesStatementNoun(a, i)) continue;
            if (_x.IsQuote(i) || _x.IsBoundary(i) || (_x.IsVerb(i) && _x.Pos(i) != UniversalPos.AUX)) return -1;
            if (_x.Lower(i) == ",") return i;
        }
        return -1;
    }

    /// <summary>
    /// The comma closing a participle aside (", delivered in a crowded hall,") that opens right after the comma at
    /// <paramref name="comma"/> and closes before <paramref name="end"/>; <paramref name="comma"/> when there is none.
    /// </summary>
    private int ParticipleAsideEnd(int comma, int end)
    {
        int p = comma + 1;
        if (p >= end || _x.Pos(p) != UniversalPos.VERB || !_x.Lower(p).EndsWith("ed", StringComparison.Ordinal)) return comma;
        for (int i = p + 1; i < end; i++)
        {
            if (_x.IsQuote(i) || _x.IsBoundary(i) || _x.IsVerb(i)) return comma;
            if (_x.Lower(i) == ",") return i;
        }
        return comma;
    }

    /// <summary>"in a statement issued on Monday": a participle right after the statement noun modifies it.</summary>
    private bool ModifiesStatementNoun(MentionDraft a, int k) =>
        k == a.Last + 1 && _x.Pos(k) == UniversalPos.VERB && _x.Lower(k).EndsWith("ed", StringComparison.Ordinal);

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
        {
            if (ModifiesStatementNoun(a, k)) continue;
            if (_x.Lower(k) is "," or ";" or ":" or "." || _x.IsQuote(k) || _x.IsVerb(k) || _x.IsBoundary(k)) return false;
        }
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

    /// <summary>True when an auxiliary at <paramref name="next"/> makes the phrase before it a clause subject ("levels could rise").</summary>
    private bool OpensClause(int next, Sentence s) => next < s.EndToken && _x.Pos(next) == UniversalPos.AUX;

    /// <summary>
    /// "requested anonymity", "told a news conference": an unnamed object that is what was asked for or the occasion
    /// (its head, or the noun right after it, is a press event), not someone spoken to.
    /// </summary>
    private bool NamesNoAddressee(int head)
    {
        string w = _x.Lower(head);
        if (_c.NonAddresseeHeads.Contains(w) || _c.PressEventNouns.Contains(w)) return true;
        return head + 1 < _x.Tokens.Count && _c.PressEventNouns.Contains(_x.Lower(head + 1));
    }
    /// <summary>
    /// The person named in apposition after a short lowercase role phrase from <paramref name="from"/> ("her closest ally,
    /// President Luis Ferrer"), as a one-actor list with the token past it; null when no such phrase and person follow.
    /// </summary>
    private (List<Actor> Actors, int End)? NameAfterRolePhrase(int from, int end)
    {
        for (int i = from, n = 0; i < end && n < 4; i++, n++)
        {
            if (_x.UnitAt(i) is not null || _x.PlaceAt(i) is not null || _x.TimexAt(i) is not null) return null;
            if (_x.Lower(i) == ",")
            {
                if (n == 0) return null;
                var (list, listEnd) = RightChain(i + 1, end, allowPrepositionStart: false);
                return list is [{ Kind: ActorKind.Person }] ? (list, listEnd) : null;
            }
            if (_x.Tokens.GetKind(i) != TokenKind.Word || !char.IsLower(_x.Tokens.GetChars(i)[0]) || _x.IsVerb(i)) return null;
        }
        return null;
    }
}
