using EventExtract.Tagging;
using EventExtract.Text;

namespace EventExtract.Events.Arguments;

// Whether an event occurred, is planned, cancelled, negated or hypothetical.
internal sealed partial class ArgumentReader
{
    private static readonly EventStatus[] s_statusPriority = { EventStatus.Cancelled, EventStatus.Negated, EventStatus.Hypothetical, EventStatus.Planned };

    private bool IsAccordingTo(int first, int end)
    {
        foreach (var phrase in _c.AccordingTo)
            if (_x.MatchAt(first, phrase, end) > 0) return true;
        return false;
    }

    private EventStatus ReadStatus(Sentence s, MentionDraft d, List<MentionDraft> all)
    {
        // The statuses seen, one bit each: only membership matters, checked in priority order below.
        int found = 0;
        // ("the talks would focus on trade": a modal or planning cue before another verb, after a meeting noun; see IsPlannedByCourse.)
        bool plannedByCourse = false;
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
            // "Workers would not discuss the offer but said …": a verb coordinated by "but"/"and" after another verb has a
            // clause of its own; the first verb's negation or modal is not its status.
            if (d.AnchorIsVerb && CoordinatedVerbStart(tFirst, leftLimit) is int coordinated)
            {
                leftLimit = coordinated;
                clauseStart = Math.Max(clauseStart, coordinated);
            }
            // "The meeting was postponed after Belgrade objected": a subordinating word between a cue and a verb trigger opens
            // the trigger's own clause; the main clause's cue is not its status. So does one before a noun trigger: "The talks
            // were suspended after a deadly clash" (the clash happened).
            for (int k = tFirst - 1; k > leftLimit; k--)
                if (IsClauseSubordinator(k))
                {
                    leftLimit = k + 1;
                    clauseStart = Math.Max(clauseStart, k + 1);
                    break;
                }
            // "The two countries agreed to share patrol boats, according to a joint communique": the words before the comma
            // are what was said; the attribution itself was made.
            if (d.Type == EventType.Statement && tFirst - 1 >= s.FirstToken && _x.Lower(tFirst - 1) == "," && IsAccordingTo(tFirst, s.EndToken))
            {
                leftLimit = tFirst;
                clauseStart = tFirst;
            }
            // ("Bush, asked whether he was glad, replied": a reporting verb right after a comma closes an aside or a quoted
            // clause; an "if"/"whether" opening that is not the verb's own.)
            bool afterAside = d.Type == EventType.Statement && d.AnchorIsVerb && StepLeftPast(tFirst - 1, s.FirstToken, PreVerbWords.Adverbs) is int c
                && c > s.FirstToken && _x.Lower(c) == ",";
            foreach (var cue in _c.ClauseStatusCues)
                if (!afterAside && clauseStart - 1 >= s.FirstToken && _x.Lower(clauseStart - 1) == cue.Words[0]) found |= 1 << (int)cue.Status;
            // Only the statuses seen matter, so each position looks up the cues its word can start (as every cue
            // tried every position before).
            for (int p = leftLimit; p < tFirst; p++)
            {
                if (_x.TimexAt(p) is not null || InsideParty(p) || !_c.StatusCuesBefore.TryGetValue(_x.Lower(p), out var cues)) continue;
                foreach (var cue in cues)
                {
                    int matched = _x.MatchAt(p, cue.Words, tFirst);
                    if (matched <= 0) continue;
                    // ("did not name Beijing in the communique": a statement noun behind a preposition is where the verb
                    // was or was not done; the negation is the verb's, and the communique was issued.)
                    if (d.Type == EventType.Statement && !d.AnchorIsVerb && cue.Status == EventStatus.Negated && PrepositionBetween(matched, tFirst)) continue;
                    // ("No one was hurt in the blast", "nobody was killed in the attack": the negation is the toll's; the attack
                    // the casualties were spared "in" happened.)
                    if (d.Type == EventType.Attack && !d.AnchorIsVerb && cue.Status == EventStatus.Negated && InBetween(matched, tFirst)) continue;
                    found |= 1 << (int)MeetingWould(d, cue);
                }
            }
            // "would not divulge", "wouldn't specify": refusing to speak, said only of a speech act; "will not meet Y",
            // "would not hold talks": refusing to meet (not "would not attack", no refusal of an attack).
            var refusalCues = d.Type switch { EventType.Statement => _c.StatusCuesBeforeSpeech, EventType.Meeting => _c.StatusCuesBeforeMeeting, _ => null };
            if (refusalCues is not null)
                for (int p = leftLimit; p < tFirst; p++)
                {
                    if (InsideParty(p) || !refusalCues.TryGetValue(_x.Lower(p), out var cues)) continue;
                    foreach (var cue in cues)
                        if (_x.MatchAt(p, cue.Words, tFirst) > 0) found |= 1 << (int)cue.Status;
                }
            // "declined to discuss", "gave no reason": a statement phrase that holds its own cue, ending before its last word
            // (a one-word trigger such as "denied" is never its own cue).
            int tLast = tFirst + t.TokenCount - 1;
            if (d.Type == EventType.Statement)
                for (int p = tFirst; p < tLast; p++)
                {
                    if (!_c.StatusCuesBefore.TryGetValue(_x.Lower(p), out var cues)) continue;
                    foreach (var cue in cues)
                        if (_x.MatchAt(p, cue.Words, tLast) > 0) found |= 1 << (int)cue.Status;
                }
        }
        // After a noun trigger in subject position: "the talks were called off", "talks ... were scheduled to".
        var head = d.Triggers[0];
        int headLast = head.FirstToken + head.TokenCount - 1;
        int headClause = ClauseStart(head.FirstToken, s.FirstToken);
        bool headIsNoun = true;
        for (int i = head.FirstToken; i < head.FirstToken + head.TokenCount && headIsNoun; i++)
            if (_x.IsVerb(i) && _x.Pos(i) != UniversalPos.AUX) headIsNoun = false;
        // (A reporting verb right before the noun's phrase opens a new clause it is the subject of: "officials said talks
        // would resume"; not "said after the meeting she …", where the noun is behind a preposition.)
        bool verbBeforeHead = false;
        for (int i = headClause; i < head.FirstToken; i++)
        {
            // ("A planned summit between X and Y has been postponed": a participle between a determiner and the head modifies it.)
            if (i + 1 == head.FirstToken && i > headClause && _x.IsDeterminer(i - 1)) continue;
            if (_x.IsVerb(i)) verbBeforeHead = !_c.ReportingVerbs.Contains(_x.Lower(i)) || PrepositionBetween(i + 1, head.FirstToken);
        }
        if (headIsNoun && !verbBeforeHead)
        {
            int clauseEnd = ClauseEnd(headLast + 1, s.EndToken);
            // Twelve words after the head, a name or a time expression counting as one word ("the meeting between President
            // Joe Biden and President Xi Jinping was postponed", "a summit between South Korean President X and North Korean
            // leader Y has been postponed", "A summit of EU leaders planned for next week in Brussels was called off").
            int end = headLast + 1;
            for (int words = 0; end < clauseEnd && words < 12; words++)
                end = _x.UnitAt(end) is { } unit ? Math.Min(clauseEnd, unit.Last + 1)
                    : _x.TimexAt(end) is { } time ? Math.Min(clauseEnd, Math.Max(end, _x.TokenRange(time.Span).Last) + 1) : end + 1;
            int window = end;
            // ("The summit, she said, would produce …": a reporting aside between commas right after the head does not end
            // the head's predicate.)
            int asideEnd = ReportingAsideEnd(s, headLast + 1);
            foreach (var o in all)
                if (o != d && o.First > headLast && o.First < end && !(asideEnd > o.First)) end = o.First;
            // ("A report by the World Bank said growth would slow": the mention's own reporting verb ends its noun's
            // predicate; what follows is what was said.)
            for (int t = 1; t < d.Triggers.Count; t++)
                if (d.Triggers[t].FirstToken > headLast && d.Triggers[t].FirstToken < end && _x.IsVerb(d.Triggers[t].FirstToken)) end = d.Triggers[t].FirstToken;
            bool knownSubject = d.Type == EventType.Attack && IsDefiniteAttackSubject(s, d);
            for (int p = headLast + 1; p < end; p++)
            {
                if (!_c.StatusCuesAfter.TryGetValue(_x.Lower(p), out var cues)) continue;
                foreach (var cue in cues)
                {
                    // (A cue starts inside the window and may end past it: "a visit by Prime Minister X to Y is planned".)
                    int matched = _x.MatchAt(p, cue.Words, end < window ? end : Math.Max(end, Math.Min(clauseEnd, p + cue.Words.Length)));
                    if (matched <= 0) continue;
                    // "The bomb blast has not generated any hatred", "These bombings will not cause America to back down":
                    // a known attack as the subject of another predicate keeps its status; only "did not happen",
                    // "would take place" or a cancelling verb speak of the attack itself.
                    if (knownSubject && cue.Status != EventStatus.Cancelled && !OccurrenceVerbAt(matched, end)) continue;
                    // ("A meeting of EU foreign ministers failed to agree on sanctions", "the talks did not produce a deal": what
                    // the meeting did not achieve; it took place. Only "did not take place", "was not held" deny the meeting.)
                    if (d.Type == EventType.Meeting && cue.Status == EventStatus.Negated && OtherVerbAt(matched, end)) continue;
                    // ("The talks are expected to continue until Saturday", "the meeting would be followed by": the sequel of a
                    // meeting is planned, not the meeting.)
                    if (d.Type == EventType.Meeting && cue.Status is EventStatus.Planned or EventStatus.Hypothetical && IsSequelAt(matched, clauseEnd)) continue;
                    // ("The meeting was expected to produce a joint statement": a planning cue before "to" and such a verb too.)
                    if (d.Type == EventType.Meeting && MeetingWould(d, cue) == EventStatus.Planned
                        && (OtherVerbAt(matched, end) || (matched < end && _x.Lower(matched) == "to" && OtherVerbAt(matched + 1, end))))
                    {
                        plannedByCourse = true;
                        continue;
                    }
                    found |= 1 << (int)MeetingWould(d, cue);
                }
            }
        }
        // "called for an emergency conference", "demand negotiations with X": the verb governing a meeting noun holds a status
        // cue even when that verb is a trigger itself (so outside the window above).
        if (d.Type == EventType.Meeting && !d.AnchorIsVerb && GoverningVerb(d.First, s.FirstToken) is int gv && gv >= 0
            && _c.StatusCuesBefore.TryGetValue(_x.Lower(gv), out var governingCues))
            foreach (var cue in governingCues)
                if (_x.MatchAt(gv, cue.Words, d.First) > 0) found |= 1 << (int)cue.Status;
        // "called for an emergency Security Council meeting": the same past a name inside the noun phrase.
        if (d.Type == EventType.Meeting && !d.AnchorIsVerb)
            found |= CueBeforeNounPhrase(s, d);
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
        if (verb > s.FirstToken && _x.Lower(verb - 1) == "to" && _x.Pos(verb - 1) != UniversalPos.ADP && !knownAttack && !IsImplicativeBefore(verb - 1, s.FirstToken)
            && !(d.Type == EventType.Statement && IsPurposeOfPastAct(verb - 1, s.FirstToken))) found |= 1 << (int)EventStatus.Planned;
        else if (d.Type == EventType.Meeting && d.AnchorIsVerb && verb > s.FirstToken && IsCoordinatedInfinitive(verb, s.FirstToken)) found |= 1 << (int)EventStatus.Planned;
        // A purpose gerund ("pave the way for launching talks") is not yet real either.
        if (verb > s.FirstToken && _x.Lower(verb).EndsWith("ing", StringComparison.Ordinal) && _x.Lower(verb - 1) is "for" or "toward" or "towards" && !knownAttack) found |= 1 << (int)EventStatus.Planned;
        // "was scheduled to meet bombing victims", "plans to visit the bombed embassy": a known attack named in the
        // clause happened, whatever the clause's own modality (unless its own phrase says otherwise).
        if (d.ReferenceStart >= 0 && !HasStatusModifier(d, d.ReferenceStart))
            found &= ~((1 << (int)EventStatus.Planned) | (1 << (int)EventStatus.Hypothetical));
        if (IsOccasionOfFailure(s, d)) found &= ~((1 << (int)EventStatus.Planned) | (1 << (int)EventStatus.Negated));
        // "There was no immediate claim of responsibility for the bombing": the negation is the claim's; the attack happened.
        if (IsResponsibilityObject(s, d))
            found &= ~((1 << (int)EventStatus.Planned) | (1 << (int)EventStatus.Negated) | (1 << (int)EventStatus.Hypothetical));
        foreach (var status in s_statusPriority)
            if ((found & (1 << (int)status)) != 0) return status;
        // (Alone, it still makes a first mention planned: "officials said a summit would focus on trade".)
        d.IsPlannedByCourse = plannedByCourse;
        return plannedByCourse ? EventStatus.Planned : EventStatus.Occurred;
    }

    /// <summary>
    /// An attack noun that is the object of "responsibility for", "blamed for" (past determiners, adjectives, numbers and a
    /// possessive date: "for Tuesday's bombing").
    /// </summary>
    private bool IsResponsibilityObject(Sentence s, MentionDraft d)
    {
        if (d.Type != EventType.Attack || d.AnchorIsVerb) return false;
        int k = d.First - 1;
        while (k > s.FirstToken && (_x.IsDeterminer(k) || _x.Pos(k) is UniversalPos.ADJ or UniversalPos.NUM || _x.TimexAt(k) is not null || _x.Lower(k) is "'s" or "’s")) k--;
        return k > s.FirstToken && _x.Lower(k) == "for" && _c.ResponsibilityNouns.Contains(_x.Lower(k - 1));
    }

    /// <summary>
    /// "leaders failed to agree on a deal at a summit in Brussels": a meeting noun after "at" or "during" names the
    /// occasion on which the infinitive was tried and failed, so the meeting took place (neither planned nor negated).
    /// </summary>
    private bool IsOccasionOfFailure(Sentence s, MentionDraft d)
    {
        if (d.Type != EventType.Meeting || d.AnchorIsVerb) return false;
        int k = d.First - 1;
        while (k > s.FirstToken && (_x.IsDeterminer(k) || _x.Pos(k) is UniversalPos.ADJ or UniversalPos.NUM or UniversalPos.PROPN)) k--;
        if (k <= s.FirstToken || _x.Lower(k) is not ("at" or "during")) return false;
        for (int t = k - 1; t > s.FirstToken; t--)
            if (_x.Lower(t) == "to" && _x.Lower(t - 1) is "failed" or "fail" or "fails") return true;
        return false;
    }

    /// <summary>"Doctors Without Borders said": a word inside a party's name, past its first word, governs nothing.</summary>
    private bool InsideParty(int p) => _x.UnitAt(p) is { Kind: UnitKind.Actor } u && u.First < p;

    /// <summary>"managed to", "went on to", "was quick to": a word of implicative-verbs.txt before the "to" at <paramref name="to"/>.</summary>
    private bool IsImplicativeBefore(int to, int sentenceFirst)
    {
        int w = to - 1;
        if (w >= sentenceFirst && _x.Lower(w) == "on") w--;
        return w >= sentenceFirst && _c.ImplicativeVerbs.Contains(_x.Lower(w));
    }

    /// <summary>"to continue", "be followed": "to" or "be" and a verb of meeting-sequel-verbs.txt at <paramref name="i"/>.</summary>
    private bool IsSequelAt(int i, int end) =>
        i + 1 < end && _x.Lower(i) is "to" or "be" && _c.MeetingSequelVerbs.Contains(_x.Lower(i + 1));

    /// <summary>
    /// The token after a comma or a "but"/"and" that stands right before the verb at <paramref name="verb"/> (past adverbs;
    /// auxiliaries too after a comma), the "but"/"and" following another verb after <paramref name="from"/> ("would not
    /// discuss the offer but said"); else null.
    /// </summary>
    private int? CoordinatedVerbStart(int verb, int from)
    {
        // (Adverbs first, then auxiliaries and negation, and never onto "from" itself.)
        int i = StepLeftPast(verb - 1, from + 1, PreVerbWords.Adverbs);
        // ("Lena Vogt, an analyst who does not advise either side, said": an aside closed right before the verb and its
        // auxiliaries is no part of the verb's clause either.)
        int j = StepLeftPast(i, from + 1, PreVerbWords.Auxiliaries | PreVerbWords.Negation);
        if (j > from && _x.Lower(j) == "," && !_x.IsQuote(j - 1)) return j + 1;
        if (i <= from || _x.Lower(i) is not ("but" or "and")) return null;
        for (int k = i - 1; k >= from; k--)
            if (_x.Pos(k) == UniversalPos.VERB) return i + 1;
        return null;
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

    /// <summary>
    /// "said they would meet next month", "the summit, she said, would produce …": a meeting behind "would" alone is the
    /// future seen from a past report, so planned; "could", "might" and conditions ("if") keep it hypothetical.
    /// </summary>
    private static EventStatus MeetingWould(MentionDraft d, StatusCue cue) =>
        d.Type == EventType.Meeting && cue.Status == EventStatus.Hypothetical && cue.Words is ["would"] ? EventStatus.Planned : cue.Status;

    /// <summary>
    /// The status bits of a cue that ends right before the noun phrase of a meeting noun ("called for | an emergency
    /// Security Council meeting", "demanded | new talks"), looked for past determiners, adjectives, nouns and names.
    /// </summary>
    private int CueBeforeNounPhrase(Sentence s, MentionDraft d)
    {
        int p = d.First - 1;
        for (int n = 0; p >= s.FirstToken && n < 7; n++, p--)
        {
            if (_x.UnitAt(p) is { } unit) { p = unit.First; continue; }
            if (!(_x.IsDeterminer(p) || _x.Pos(p) is UniversalPos.ADJ or UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.NUM)) break;
        }
        if (p < s.FirstToken || p == d.First - 1) return 0;
        int found = 0;
        for (int start = Math.Max(s.FirstToken, p - 2); start <= p; start++)
        {
            if (!_c.StatusCuesBefore.TryGetValue(_x.Lower(start), out var cues)) continue;
            foreach (var cue in cues)
                if (_x.MatchAt(start, cue.Words, p + 1) == p + 1) found |= 1 << (int)cue.Status;
        }
        return found;
    }

    /// <summary>
    /// The token after a reporting aside that opens at <paramref name="comma"/>: ", she said," or ", officials said,"
    /// (a comma, at most three words of subject, a reporting verb, a comma); else -1.
    /// </summary>
    private int ReportingAsideEnd(Sentence s, int comma)
    {
        if (comma >= s.EndToken || _x.Lower(comma) != ",") return -1;
        for (int i = comma + 1; i < s.EndToken && i <= comma + 5; i++)
        {
            if (_x.Lower(i) == ",") return -1;
            if (!_c.ReportingVerbs.Contains(_x.Lower(i))) continue;
            int close = i + 1;
            return close < s.EndToken && _x.Lower(close) == "," ? close + 1 : -1;
        }
        return -1;
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

    /// <summary>
    /// "rallied in a plaza on Friday to demand his return", "flew to Washington to appeal to Reno", "used her speech to
    /// articulate a vision": an infinitive of purpose, after a complete phrase (a noun, name or adverb right before the
    /// "to" at <paramref name="to"/>), of a clause whose verb is in the past with no modal; saying something is done as
    /// soon as one sets out to, so the statement happened. Not "agreed to demand", "plans to say" (the "to" right after
    /// the verb), "will fly to Washington to appeal" nor "scheduled a news conference to announce".
    /// </summary>
    private bool IsPurposeOfPastAct(int to, int sentenceFirst)
    {
        if (to - 1 < sentenceFirst || _x.Pos(to - 1) is not (UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.ADV)) return false;
        for (int v = to - 2; v >= sentenceFirst && to - v <= InfinitiveListWindow; v--)
        {
            if (_x.IsBoundary(v) || _x.IsQuote(v) || _x.Lower(v) is "," or ";" or ":" || (_x.Lower(v) == "to" && _x.Pos(v) != UniversalPos.ADP)) return false;
            if (_x.Pos(v) == UniversalPos.AUX) return false;
            if (_x.Pos(v) != UniversalPos.VERB) continue;
            string w = _x.Lower(v);
            if (!LooksPast(w)) return false;
            // ("has scheduled a news conference Thursday to announce": a verb of planning puts what it serves ahead.)
            if (_c.PlanToMeetWords.Contains(w)) return false;
            // ("was put in front of a camera to say", "has flown to Washington to appeal": a past or perfect auxiliary keeps it past.)
            int before = v - 1;
            while (before >= sentenceFirst && _x.IsAdverb(before)) before--;
            return !(before >= sentenceFirst && _x.Pos(before) == UniversalPos.AUX && _x.Lower(before) is not ("was" or "were" or "had" or "has" or "have" or "been"));
        }
        return false;
    }

    /// <summary>A verb form that reads as past: a regular "-ed" form or one of irregular-past-forms.txt, same-form-past-verbs.txt.</summary>
    private bool LooksPast(string w) => w.EndsWith("ed", StringComparison.Ordinal) || _c.IrregularPastForms.Contains(w) || _c.SameFormPastVerbs.Contains(w);

    /// <summary>How many words back a list of infinitives may open before the verb it ends with.</summary>
    private const int InfinitiveListWindow = 20;

    /// <summary>
    /// "was scheduled to tour the port, visit a school and meet with X", "was due to lay a wreath and then hold talks":
    /// a base-form verb after "and" or a list comma that ends a list of verbs opened by "to" is under that "to" too.
    /// Not "went to Paris and met Macron" (no verb right after the "to"; "met" is past anyway).
    /// </summary>
    private bool IsCoordinatedInfinitive(int verb, int sentenceFirst)
    {
        string w = _x.Lower(verb);
        if (LooksPast(w) || w.EndsWith("ing", StringComparison.Ordinal)) return false;
        int c = StepLeftPast(verb - 1, sentenceFirst, PreVerbWords.Adverbs);
        if (c <= sentenceFirst || _x.Lower(c) is not ("and" or "or" or ",")) return false;
        for (int v = c - 1; v > sentenceFirst && c - v <= InfinitiveListWindow; v--)
        {
            if (_x.IsBoundary(v) || _x.IsQuote(v) || _x.Pos(v) == UniversalPos.AUX) return false;
            if (_x.Pos(v) != UniversalPos.VERB) continue;
            if (_x.Lower(v - 1) == "to" && _x.Pos(v - 1) != UniversalPos.ADP) return !IsImplicativeBefore(v - 1, sentenceFirst);
            // (An earlier verb of the same list, "tour the port, visit a school", stands after a list comma or "and".)
            int b = StepLeftPast(v - 1, sentenceFirst, PreVerbWords.Adverbs);
            if (b <= sentenceFirst || _x.Lower(b) is not ("and" or ",")) return false;
            v = b;
        }
        return false;
    }
}
