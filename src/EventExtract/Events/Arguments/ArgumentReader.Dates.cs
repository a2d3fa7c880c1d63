using EventExtract.Tagging;
using EventExtract.Text;
using EventExtract.Time;

namespace EventExtract.Events.Arguments;

// Event dates, and the reporting-clause bounds they and statements share.
internal sealed partial class ArgumentReader
{
    /// <summary>True when only "and"/"but" and then adverbs or auxiliaries lie from <paramref name="from"/> up to the verb at <paramref name="verb"/>.</summary>
    private bool IsCoordinatedVerbAfter(int from, int verb)
    {
        int i = StepLeftPast(verb - 1, from, PreVerbWords.Adverbs | PreVerbWords.Auxiliaries);
        return i >= from && i == from && _x.Lower(i) is "and" or "but";
    }

    /// <summary>True when a verb trigger of <paramref name="drafts"/> ends before token <paramref name="token"/>.</summary>
    private static bool VerbTriggerBefore(List<MentionDraft> drafts, int token)
    {
        foreach (var e in drafts)
            if (e.AnchorIsVerb && e.Last < token) return true;
        return false;
    }

    /// <summary>True when a date or time expression starts between tokens <paramref name="from"/> and <paramref name="end"/> (exclusive).</summary>
    private bool DateAfter(int from, int end)
    {
        for (int i = from; i < end; i++)
            if (_x.TimexAt(i) is { Type: TimexType.Date or TimexType.Time }) return true;
        return false;
    }

    /// <summary>True when noun mention <paramref name="d"/> opens a "for" phrase ("for talks", "for a summit"), only determiners and modifiers between.</summary>
    private bool IsForPurposeNoun(MentionDraft d, int sentenceFirst)
    {
        int i = d.First - 1;
        while (i >= sentenceFirst && (_x.IsDeterminer(i) || _x.Pos(i) is UniversalPos.ADJ or UniversalPos.NUM)) i--;
        return i >= sentenceFirst && _x.Lower(i) == "for";
    }

    /// <summary>Most tokens after a noun trigger that its own phrase ("talks with X at the White House on Monday") may run.</summary>
    private const int OwnPhraseReach = 12;

    /// <summary>True when a date follows noun mention <paramref name="d"/> within its own phrase: before any verb, comma or clause boundary.</summary>
    private bool OwnPhraseDateAfter(MentionDraft d, int end)
    {
        for (int i = d.Last + 1; i < end && i - d.Last <= OwnPhraseReach; i++)
        {
            if (_x.TimexAt(i) is { Type: TimexType.Date or TimexType.Time }) return true;
            if (_x.IsVerb(i) || _x.IsBoundary(i) || _x.IsPunct(i)) return false;
        }
        return false;
    }

    /// <summary>
    /// True when the past date of hypothetical mention <paramref name="d"/> is its own: after a modal perfect ("may have met
    /// him in October 2001", a past event in doubt) or inside its noun's own phrase ("a visit of the delegation in May").
    /// </summary>
    public bool OwnsPastDate(Sentence s, MentionDraft d)
    {
        if (!d.AnchorIsVerb) return OwnPhraseDateAfter(d, s.EndToken);
        int i = d.Anchor - 1;
        if (i > s.FirstToken && _x.Lower(i) == "been") i--;
        return i >= s.FirstToken && _x.Lower(i) == "have";
    }

    /// <summary>
    /// Gives each mention the time expression attached to it: a dated expression goes to the nearest trigger
    /// in the sentence; a fronted one ("In early September, ...") dates every trigger without its own.
    /// </summary>
    public void AssignDates(Sentence s, List<MentionDraft> drafts)
    {
        if (drafts.Count == 0) return;
        Timex? fronted = null;
        int frontedEnd = -1; // last token of a fronted date ("Last month, ..."); -1 for none or a dateline's
        // Indexed like drafts (an identity dictionary cost more in first-time object hashing than the dating itself);
        // most sentences hold no time expression.
        (Timex? T, int Dist)[]? owned = null;
        var timexes = _x.TimexesByStart;
        for (int k = _x.FirstTimexFrom(s.Span.Start); k < timexes.Length && timexes[k].Span.Start < s.Span.End; k++)
        {
            var t = timexes[k];
            if (t.Span.End > s.Span.End) continue;
            // ("said recently", "a few days ago": a vague past dates its event as PAST_REF; "now" and "soon" mostly qualify a
            // state or a prediction rather than date an act.)
            if (t.Type is not (TimexType.Date or TimexType.Time) || (t.Value.EndsWith("_REF", StringComparison.Ordinal) && t.Value != "PAST_REF") || t.Value.Length == 0) continue;
            var (first, last) = _x.TokenRange(t.Span);
            if (first > last) continue;
            // "since 1993", "until Tuesday": a period's bound is not when an event happened.
            if (first > s.FirstToken && _c.PeriodBounds.Contains(_x.Lower(first - 1))) continue;
            // ("shootings dating to 1994", "dating from the 1980s".)
            if (OpensPeriod(s, first)) continue;
            // ("between 1994 and 1997": the second bound too.)
            if (first - 2 > s.FirstToken && _x.Lower(first - 1) == "and" && _x.TimexAt(first - 2) is { } bound
                && _x.TokenRange(bound.Span).First is int b && b > s.FirstToken && _c.PeriodBounds.Contains(_x.Lower(b - 1))) continue;
            // ("COPENHAGEN, June 12 (Reuters) - A cyberattack ... on Wednesday": a dateline's date is when the story was
            // filed; it dates only what has no date of its own, like a fronted one.)
            if (IsFronted(s, first, last)) { fronted ??= t; frontedEnd = last; continue; }
            if (last < PastDateline(s.FirstToken, s.EndToken)) { fronted ??= t; continue; }
            // "said last month's discovery of a rifle was a breakthrough": a possessive date dates only the noun it
            // modifies ("Tuesday's attack"), never another event of the sentence.
            bool possessive = last + 1 < s.EndToken && _x.Lower(last + 1) is "'s" or "’s";
            if (DatesOtherNoun(s, first, last, drafts)) continue;
            var relative = RelativeClauseAround(s, first, last);
            // "said a version of the letter, dated Feb. 4", "a memo dated June 3 said": the date of the message that carries
            // a statement dates the nearest statement only.
            bool dated = first - 1 > s.FirstToken && _x.Lower(first - 1) == "dated";
            int best = -1;
            int bestDist = int.MaxValue;
            for (int di = 0; di < drafts.Count; di++)
            {
                var d = drafts[di];
                if (possessive && !(d.First > last + 1 && d.First - last <= 4)) continue;
                // "Powell, who returned from Europe on Wednesday, told reporters the meeting went well": a date in a relative
                // clause set off by commas dates that clause's own events, or its antecedent ("The talks, which opened
                // on Monday, …"), not the main clause's.
                if (relative is { } rc && (d.First < rc.Open || d.First > rc.Close) && d.Last != rc.Open - 2) continue;
                // "Police on Tuesday arrested a man who stabbed three people", "The soldiers who shot the protesters were
                // arrested on Sunday": a restrictive relative clause tells an earlier act to say who its noun is; a date
                // outside it dates the main clause.
                if (d.AnchorIsVerb && RestrictiveRelativeOpener(s, d) is int opener
                    && (last < opener || (first > d.Last && VerbBetween(d.Last + 1, first) is not null))) continue;
                if (dated)
                {
                    if (d.Type != EventType.Statement) continue;
                    int gap = d.First > last ? d.First - last : first - d.Last;
                    if (gap < bestDist) { best = di; bestDist = gap; }
                    continue;
                }
                // A date inside what was said ("said the talks would start in May") does not date the saying.
                // ('called the plan "a failure" on Thursday': right after the quotation closes, the date is the saying's again.)
                bool sourceDate = ClosesSourcePhrase(s, d, first, last) || ClosesNounObject(s, d, first, last);
                if (d.Type == EventType.Statement && d.AnchorIsVerb && !sourceDate && (first < ReportingClauseStart(s, d) || first >= ReportingClauseEnd(s, d))
                    && !(first > d.Last && (ClosesQuotation(s, first - 1) || (_x.IsPreposition(first - 1) && ClosesQuotation(s, first - 2))))) continue;
                // "according to a statement today": only a date right after the statement noun dates it, or one inside the
                // source's own noun phrase ("according to a 2019 survey by X").
                if (IsAccordingTo(d) && !(d.Last > d.First && first == d.Last + 1 && !_x.IsPreposition(d.Last)) && !DatesSourceNoun(d, first, last, s.EndToken)
                    && !sourceDate) continue;
                // "the envoy will visit Baghdad, X said today": a date after a reporting verb does not date what it reports.
                if (d.Type != EventType.Statement && first > d.Last && ReportingVerbBetween(drafts, d.Last, first)) continue;
                // "told reporters in Kabul on Monday that the attack was planned": a date inside a reporting verb's own clause
                // does not date an event in what it reports.
                if (d.Type != EventType.Statement && last < d.First && InReportingClauseBefore(s, drafts, first, d.First)) continue;
                // '"We will resume work next month," Mohamed told reporters after the talks', "told reporters after the talks
                // that work would resume next month": nor does a date in what is reported date a noun in the reporting clause.
                if (NounInReportingClause(s, drafts, d, first, last)) continue;
                // "said at a news briefing today": the press event is where the statement was made; the date is the statement's.
                if (d.Type == EventType.Meeting && IsAddressedPressEvent(d)) continue;
                // "paid tribute Tuesday to bombing victims", "On Sept. 2, police searched for a suspect in the bombings": the
                // clause's date is its own verb's, not that of the known attack it names.
                if (d.ReferenceStart >= 0 && !DatesReference(d, d.ReferenceStart, first, last)) continue;
                // "found a truck bomb Monday in a village near ... on the eve of the new round of talks": a date far
                // before a noun trigger, across another verb, belongs to that verb's clause, unless the verb governs the
                // noun ("on Sunday attended the talks").
                // ("Ruto on Monday welcomed Prime Minister Abiy Ahmed to State House for talks": a purpose "for" phrase of the only
                // verb between them is dated by that verb's date, however long its object.)
                if (!d.AnchorIsVerb && d.First - last > 8 && VerbBetween(last + 1, d.First) is int v && v != GoverningVerb(d.First, s.FirstToken)
                    && !(IsForPurposeNoun(d, s.FirstToken) && VerbBetween(v + 1, d.First) is null)) continue;
                // "The talks, the first since a truce collapsed last month, …": a date after a noun trigger, inside a clause a
                // subordinating word opens (clause-subordinators.txt) with a verb of its own, dates that clause.
                if (!d.AnchorIsVerb && first > d.Last && SubordinateVerbBetween(d.Last + 1, first)) continue;
                // "will fly to Washington on Sunday for talks with Trump on Monday": a purpose "for" phrase with a date of
                // its own is dated by that date, not by the travel's.
                if (!d.AnchorIsVerb && last < d.First && IsForPurposeNoun(d, s.FirstToken) && OwnPhraseDateAfter(d, s.EndToken)) continue;
                // "attended a Sunday night service ... one year after he was killed": a date before an attack verb's
                // subordinate clause belongs to the main clause.
                if (d.Type == EventType.Attack && d.AnchorIsVerb && last < d.First && SubordinateClauseBetween(last + 1, d.First)) continue;
                // "met Wardak on Monday and later held talks with Nazari on Tuesday": a date before "and" and a verb trigger
                // closes the clause before, whose verb it dates when that verb is a trigger too; the coordinated verb takes
                // its own date or shares that one (below; not a passive, "were attacked on Monday and were killed", which
                // shares none and keeps the nearest). ("landed in Kabul on Tuesday and met X": a first verb that is no event
                // leaves the date to the one after "and", unless that one has a date of its own after it, "after touring
                // the capital Thursday and meeting with police leaders Friday".)
                if (d.AnchorIsVerb && last < d.First && IsCoordinatedVerbAfter(last + 1, d.First) && !IsPassive(d.Anchor, s.FirstToken)
                    && (VerbTriggerBefore(drafts, first) || DateAfter(d.Last + 1, s.EndToken))) continue;
                int dist = Distance(d, first, last);
                if (first > d.Last) dist = first - d.Last; // after the trigger: preferred on ties
                else if (last < d.First) dist = d.First - last + 1;
                // "said the Jan. 5 bombing was planned", "condemned the 2019 attack": a date that modifies a trigger noun
                // dates that noun, not a verb just as near.
                if (ModifiesTriggerNoun(s, first, last, d)) dist = 0;
                if (dist < bestDist) { best = di; bestDist = dist; }
            }
            if (best < 0) continue;
            owned ??= new (Timex?, int)[drafts.Count];
            if (owned[best].T is null || bestDist < owned[best].Dist) owned[best] = (t, bestDist);
        }
        for (int di = 0; di < drafts.Count; di++)
        {
            var d = drafts[di];
            d.Date = owned is not null && owned[di].T is { } o ? o
                : IsAccordingTo(d) || d.ReferenceStart >= 0 || (frontedEnd >= 0 && FollowsWhatItReports(s, d, frontedEnd))
                  || (frontedEnd >= 0 && InReportedWords(s, drafts, d, frontedEnd)) ? null : fronted;
        }
        DateOffsetClauses(s, drafts);
        DateTrailingParticiples(s, drafts);
        DateWhenClauses(s, drafts);
        DateFromSpeakingAsides(s, drafts);
        DateAfterSubjectDates(s, drafts);
        // "met Dubois on the sidelines of the G20 summit in Rome on Saturday": a meeting held at a gathering named right
        // after it, with no date of its own, is dated by that gathering.
        // ("met Lavrov in Munich on Saturday on the sidelines of a security conference" in a story filed on Monday: the
        // conference's own date over the dateline's or a fronted one.)
        for (int di = 0; di < drafts.Count; di++)
        {
            var d = drafts[di];
            if (d.Type == EventType.Meeting && (d.Date is null || (d.Date == fronted && owned?[di].T is null))
                && OccasionOf(d, drafts, o => o.Date is not null && o.Date != fronted) is { } o) d.Date = o.Date;
        }
        // "Chile Tuesday condemned the shooting ... and offered condolences": a coordinated verb shares its subject's date.
        for (int k = 0; k < drafts.Count; k++)
        {
            var d = drafts[k];
            if (d.Date is not null || !d.AnchorIsVerb) continue;
            int i = StepLeftPast(d.First - 1, s.FirstToken, PreVerbWords.Adverbs | PreVerbWords.Auxiliaries);
            // ("praised the volunteers but he urged …": a pronoun subject repeats the first clause's speaker; only a statement
            // after a statement, as "met this week with X, but he told reporters" may be another occasion.)
            bool pronounSubject = d.Type == EventType.Statement && i > s.FirstToken && _x.Lower(i) is "he" or "she" or "they" && _x.Lower(i - 1) is "and" or "but";
            if (pronounSubject) i--;
            if (i < s.FirstToken) continue;
            string link = _x.Lower(i);
            // "today sought peace … by promising to withdraw": a statement made by way of the main act shares its date.
            bool byGerund = link == "by" && d.Type == EventType.Statement && _x.Lower(d.Anchor).EndsWith("ing", StringComparison.Ordinal);
            if (link != "and" && !(link == "but" && d.Type == EventType.Statement) && !byGerund) continue;
            MentionDraft? previous = null;
            for (int p = k - 1; p >= 0 && previous is null; p--)
                if (drafts[p].AnchorIsVerb) previous = drafts[p];
            // (A passive attack verb, "were attacked on Monday and were killed", may tell of a later day; a statement made to
            // the subject, "asked for a visa Thursday but was told by officials that", answers on the occasion of the first verb.)
            if ((IsPassive(d.Anchor, s.FirstToken) && d.Type != EventType.Statement) || (pronounSubject && previous?.Type != EventType.Statement)) continue;
            if (previous?.Date is { } date) d.Date = date;
            // "Bush today denounced the plan and said …" (the first verb no trigger): the date next to the sentence's first main verb.
            else if (previous is null && d.Type == EventType.Statement && (FirstVerbDate(s, i) ?? DateClosingClause(s, i)) is { } own) d.Date = own;
        }
    }

    /// <summary>
    /// A main clause and its "when" clause tell of one occasion: "Bush said so yesterday when reporters asked …" dates the
    /// asking by the main clause's date (the last one before "when"), and "Holder said when asked Thursday …" dates the saying
    /// by the date a few words into the "when" clause right after it. Only for verb mentions with no date of their own.
    /// </summary>
    private void DateWhenClauses(Sentence s, List<MentionDraft> drafts)
    {
        foreach (var d in drafts)
        {
            if (d.Date is not null || !d.AnchorIsVerb || d.ReferenceStart >= 0 || IsAccordingTo(d)) continue;
            // Inside the "when" clause: "when" within a few words before the trigger, no other boundary between.
            for (int w = d.First - 1; w > s.FirstToken && d.First - w <= 7; w--)
            {
                if (_x.Lower(w) == "when")
                {
                    for (int k = w - 1; k >= s.FirstToken && w - k <= 10 && d.Date is null; k--)
                    {
                        if (_x.IsQuote(k) || (_x.IsBoundary(k) && _x.Lower(k) != ",")) break;
                        // (A period's bound dates the "when" clause that describes it: "have grown since early March, when the
                        // governor promised …".)
                        if (_x.TimexAt(k) is { Type: TimexType.Date or TimexType.Time } t && !t.Value.EndsWith("_REF", StringComparison.Ordinal)
                            && !(k > s.FirstToken && _x.TokenRange(t.Span) is var (tf, tl) && tf > s.FirstToken && _c.PeriodBounds.Contains(_x.Lower(tf - 1))
                                 && !(tl + 1 == w || (tl + 2 == w && _x.Lower(tl + 1) == ","))))
                            d.Date = t;
                    }
                    break;
                }
                if (_x.IsBoundary(w) || _x.IsQuote(w) || _x.IsVerb(w)) break;
            }
            if (d.Date is not null) continue;
            // Before it: "said when asked Thursday about …".
            int after = d.Last + 1;
            if (after < s.EndToken && _x.Lower(after) == "when")
                for (int k = after + 1; k < s.EndToken && k - after <= 4; k++)
                {
                    if (_x.IsQuote(k) || _x.Lower(k) == ",") break;
                    if (_x.TimexAt(k) is { Type: TimexType.Date or TimexType.Time } t && !t.Value.EndsWith("_REF", StringComparison.Ordinal)) { d.Date = t; break; }
                }
        }
    }

    /// <summary>
    /// "Biden on Monday, speaking to reporters, said …", "Bush yesterday, asked whether …, replied: …": a date right after
    /// the subject, before a comma-set participle aside, dates the aside and the verb after it (the comma closing the
    /// date ends no reported words, since nothing before it has a verb). Only for verb mentions with no date of their own.
    /// </summary>
    private void DateAfterSubjectDates(Sentence s, List<MentionDraft> drafts)
    {
        foreach (var d in drafts)
        {
            if (d.Date is not null || !d.AnchorIsVerb || d.ReferenceStart >= 0) continue;
            int c = StepLeftPast(d.First - 1, s.FirstToken, PreVerbWords.Adverbs | PreVerbWords.Auxiliaries);
            if (c <= s.FirstToken || _x.Lower(c) != ",") continue;
            if (SubjectDateBefore(s, c) is { } own) { d.Date = own; continue; } // the aside's own verb
            // The main verb after the aside: the aside opens with a verb right after the subject's date and its comma.
            int o = c - 1;
            while (o > s.FirstToken && c - o <= 30 && _x.Lower(o) != "," && !_x.IsQuote(o)) o--;
            if (o > s.FirstToken && o + 1 < c && _x.Lower(o) == "," && _x.Pos(o + 1) == UniversalPos.VERB && SubjectDateBefore(s, o) is { } t) d.Date = t;
        }
    }

    /// <summary>The date ending right before the comma at <paramref name="comma"/> when only a verbless subject precedes it in its clause ("Bush yesterday,"); else null.</summary>
    private Timex? SubjectDateBefore(Sentence s, int comma)
    {
        if (_x.TimexAt(comma - 1) is not { Type: TimexType.Date or TimexType.Time } t || t.Value.Length == 0 || t.Value.EndsWith("_REF", StringComparison.Ordinal)) return null;
        var (first, last) = _x.TokenRange(t.Span);
        if (last != comma - 1) return null;
        int start = ClauseStart(first, s.FirstToken);
        bool noun = false;
        for (int i = start; i < first; i++)
        {
            if (_x.IsVerb(i) || _x.IsQuote(i) || _x.IsPunct(i)) return null;
            noun |= _x.Pos(i) is UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.PRON;
        }
        return noun ? t : null;
    }

    /// <summary>
    /// "Addressing parliament on Tuesday, the prime minister said": a statement verb with no date of its own takes the date
    /// inside its speaking aside, which sets the occasion of the saying (even when the aside is a statement trigger of its own).
    /// </summary>
    private void DateFromSpeakingAsides(Sentence s, List<MentionDraft> drafts)
    {
        foreach (var d in drafts)
        {
            if (d.Date is not null || d.Type != EventType.Statement || SpeakingAside(s, d) is not { } aside) continue;
            for (int i = aside.First; i < aside.Close && d.Date is null; i++)
                if (_x.TimexAt(i) is { Type: TimexType.Date or TimexType.Time } t && t.Value.Length > 0 && !t.Value.EndsWith("_REF", StringComparison.Ordinal))
                    d.Date = t;
        }
    }

    /// <summary>
    /// The "who" or "that" right before verb mention <paramref name="d"/> (past adverbs and auxiliaries) that opens a
    /// relative clause on the noun before it, with no comma ("the gunman who had attacked"); null otherwise.
    /// </summary>
    private int? RestrictiveRelativeOpener(Sentence s, MentionDraft d)
    {
        int i = StepLeftPast(d.First - 1, s.FirstToken, PreVerbWords.Adverbs | PreVerbWords.Auxiliaries);
        return i > s.FirstToken && _x.Lower(i) is "who" or "that" && _x.Pos(i - 1) is UniversalPos.NOUN or UniversalPos.PROPN ? i : null;
    }

    /// <summary>The "who"/"which" after a comma that opens a relative clause around [<paramref name="first"/>, <paramref name="last"/>] and the comma that closes it, or null.</summary>
    private (int Open, int Close)? RelativeClauseAround(Sentence s, int first, int last)
    {
        int open = first - 1;
        for (; open > s.FirstToken && _x.Lower(open) is not ("who" or "which"); open--)
            if (_x.Lower(open) == "," || _x.IsQuote(open) || _x.IsBoundary(open)) return null;
        if (open <= s.FirstToken || _x.Lower(open - 1) != ",") return null;
        int close = last + 1;
        for (; close < s.EndToken && _x.Lower(close) != ","; close++)
            if (_x.IsQuote(close)) return null;
        return close < s.EndToken ? (open, close) : null;
    }

    /// <summary>True when a period opener (period-openers.txt) ends right before the date starting at <paramref name="first"/>, or before its article.</summary>
    private bool OpensPeriod(Sentence s, int first)
    {
        int end = first > s.FirstToken && _x.IsDeterminer(first - 1) ? first - 1 : first;
        foreach (var phrase in _c.PeriodOpeners)
        {
            int start = end - phrase.Length;
            if (start >= s.FirstToken && _x.MatchAt(start, phrase, end) == end) return true;
        }
        return false;
    }

    /// <summary>True when token <paramref name="q"/> is a quotation mark that closes a quotation opened earlier in the sentence.</summary>
    private bool ClosesQuotation(Sentence s, int q) => q >= s.FirstToken && _x.IsQuote(q) && InsideQuote(q);

    /// <summary>
    /// "Protesters marched in Denver on Friday night, waving flags and chanting slogans": a participle clause after the
    /// main clause, with no trigger before it in the sentence, shares the main clause's date (the nearest one before it).
    /// </summary>
    private void DateTrailingParticiples(Sentence s, List<MentionDraft> drafts)
    {
        foreach (var d in drafts)
        {
            if (d.Date is not null || !IsTrailingParticiple(s, d) || drafts.Any(o => o != d && o.First < d.First)) continue;
            for (int i = d.First - 1; i >= s.FirstToken; i--)
            {
                if (_x.IsQuote(i)) break;
                if (_x.TimexAt(i) is { Type: TimexType.Date or TimexType.Time } t && t.Value.Length > 0 && !t.Value.EndsWith("_REF", StringComparison.Ordinal))
                {
                    var (_, last) = _x.TokenRange(t.Span);
                    if (!(last + 1 < s.EndToken && _x.Lower(last + 1) is "'s" or "’s")) d.Date = t;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// True when verb mention <paramref name="d"/> is a present participle opening a clause after a comma that follows a
    /// main clause ("…, demanding that …", "…, waving flags and chanting …"); not a fronted participle ("Speaking in X, …").
    /// </summary>
    private bool IsTrailingParticiple(Sentence s, MentionDraft d)
    {
        if (!d.AnchorIsVerb || !_x.Lower(d.Anchor).EndsWith("ing", StringComparison.Ordinal) || d.First <= s.FirstToken || IsAccordingTo(d)) return false;
        int comma = d.First - 1;
        if (_x.Lower(comma) == "and")
        {
            // "waving flags and chanting": back over an earlier participle phrase to its comma.
            int k = comma - 1;
            while (k > s.FirstToken && comma - k <= 8 && _x.Lower(k) != "," && !_x.IsQuote(k)) k--;
            if (k <= s.FirstToken || _x.Lower(k) != "," || !_x.Lower(k + 1).EndsWith("ing", StringComparison.Ordinal)) return false;
            comma = k;
        }
        if (_x.Lower(comma) != ",") return false;
        for (int i = s.FirstToken; i < comma; i++)
        {
            if (_x.IsQuote(i)) return false;
            if (_x.Pos(i) == UniversalPos.VERB && !_x.Lower(i).EndsWith("ing", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>
    /// "Also on Friday, the foreign minister said the talks had failed": a fronted date dates the saying after it, not
    /// an event (no statement) in what the saying reports, after the reporting verb's own clause.
    /// </summary>
    private bool InReportedWords(Sentence s, List<MentionDraft> drafts, MentionDraft d, int frontedEnd)
    {
        if (d.Type == EventType.Statement) return false;
        foreach (var r in drafts)
            if (r.Type == EventType.Statement && r.AnchorIsVerb && r.First > frontedEnd && r.Last < d.First && !IsAccordingTo(r)
                && d.First >= Math.Min(ReportingClauseEnd(s, r), ContentStart(s, r))) return true;
        return false;
    }

    /// <summary>
    /// "The bank left its key rate unchanged on Wednesday and signaled that …": a date ending right before the "and" (or
    /// "but") at <paramref name="link"/> that closes a clause with a verb of its own; null otherwise.
    /// </summary>
    private Timex? DateClosingClause(Sentence s, int link)
    {
        int k = link - 1;
        if (k > s.FirstToken && _x.Lower(k) == ",") k--;
        if (k <= s.FirstToken || _x.TimexAt(k) is not { Type: TimexType.Date or TimexType.Time } t || t.Value.Length == 0 || t.Value.EndsWith("_REF", StringComparison.Ordinal)) return null;
        int first = _x.TokenRange(t.Span).First;
        if (first - 1 >= s.FirstToken && _c.PeriodBounds.Contains(_x.Lower(first - 1))) return null;
        return _x.HasVerbIn(s.FirstToken, first) ? t : null;
    }

    /// <summary>
    /// A date or time expression right before ("X today denounced") or right after ("denounced Monday", "paid tribute
    /// Tuesday") the first main verb of the sentence before token <paramref name="end"/>, or null.
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
            // ("paid tribute Tuesday": after a bare noun object too.)
            int after = v + 1;
            if (after < end && _x.Pos(after) is UniversalPos.NOUN or UniversalPos.VERB && _x.TimexAt(after) is null) after++;
            foreach (int k in new[] { b, v + 1, after })
                if (k >= s.FirstToken && k < end && _x.TimexAt(k) is { Type: TimexType.Date or TimexType.Time } t && t.Value.Length > 0 && !t.Value.EndsWith("_REF", StringComparison.Ordinal))
                    return t;
            return null;
        }
        return null;
    }

    /// <summary>
    /// True when the date at [<paramref name="first"/>, <paramref name="last"/>] modifies a noun that is no event of the
    /// sentence ("rejected in peace talks following the August 1988 cease-fire", "gave no reason for the Jan. 14 deadline"):
    /// it dates that noun only. Not after a frame preposition (date-frame-prepositions.txt: "said in a 2017 interview",
    /// "told voters during the 2002 campaign"), nor when the noun is a trigger ("the Oct. 23 slaying") or the subject of
    /// a trigger verb ("a 1970 evaluation said").
    /// </summary>
    private bool DatesOtherNoun(Sentence s, int first, int last, List<MentionDraft> drafts)
    {
        int det = first - 1;
        if (!IsDeterminerOfDatedNoun(det, s.FirstToken)) return false;
        int k = last + 1;
        bool noun = false;
        while (k < s.EndToken && k - last <= 4 && _x.TimexAt(k) is null
               && (_x.Pos(k) is UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.ADJ || _x.Tokens.GetKind(k) == TokenKind.Dash))
        {
            if (_x.Pos(k) == UniversalPos.NOUN) noun = true;
            k++;
        }
        if (!noun) return false;
        // ("A 1970 evaluation said …": the noun that is the subject of a trigger verb right after it is that act's source.)
        int verb = k;
        // ("a 2016 report that said …": through a relative pronoun too.)
        if (verb < s.EndToken && _x.Lower(verb) is "that" or "which") verb++;
        while (verb < s.EndToken && verb - k < 4 && (_x.IsAdverb(verb) || _x.Pos(verb) == UniversalPos.AUX || _x.IsQuote(verb))) verb++;
        // ("according to a 2019 survey": the source's noun, see DatesSourceNoun.)
        foreach (var d in drafts)
            if ((d.First > last && d.First < k) || (d.AnchorIsVerb && d.First == verb) || DatesSourceNoun(d, first, last, s.EndToken)) return false;
        int before = det - 1;
        if (_x.Lower(det) is "'s" or "’s")
            while (before >= s.FirstToken && _x.Pos(before) is UniversalPos.PROPN or UniversalPos.NOUN or UniversalPos.DET) before--;
        return before < s.FirstToken || !_c.DateFramePrepositions.Contains(_x.Lower(before));
    }

    /// <summary>A determiner, possessive pronoun or possessive "'s" at <paramref name="det"/> (in the sentence) that opens a noun phrase a date premodifies.</summary>
    private bool IsDeterminerOfDatedNoun(int det, int sentenceFirst) =>
        det >= sentenceFirst && (_x.IsDeterminer(det) || _x.Lower(det) is "his" or "her" or "its" or "their" or "our" or "'s" or "’s");

    /// <summary>
    /// True when the date at [<paramref name="first"/>, <paramref name="last"/>], after a determiner or possessive, premodifies
    /// the noun trigger of <paramref name="d"/> with at most two adjectives or nouns between ("the Jan. 5 suicide bombing").
    /// </summary>
    private bool ModifiesTriggerNoun(Sentence s, int first, int last, MentionDraft d)
    {
        if (d.AnchorIsVerb || d.First <= last || d.First - last > 3) return false;
        int det = first - 1;
        if (!IsDeterminerOfDatedNoun(det, s.FirstToken)) return false;
        for (int k = last + 1; k < d.First; k++)
            if (_x.TimexAt(k) is not null || _x.Pos(k) is not (UniversalPos.ADJ or UniversalPos.NOUN)) return false;
        return true;
    }

    /// <summary>
    /// True when token <paramref name="first"/> lies inside the reporting clause of a statement verb of <paramref name="drafts"/>
    /// (after the verb, before its complementizer, quote or comma), and that clause ends before token <paramref name="before"/>.
    /// </summary>
    private bool InReportingClauseBefore(Sentence s, List<MentionDraft> drafts, int first, int before)
    {
        foreach (var r in drafts)
        {
            if (r.Type != EventType.Statement || !r.AnchorIsVerb || r.Last >= first) continue;
            int end = ReportingClauseEnd(s, r);
            if (first < end && end <= before && IsReportEnd(end)) return true;
        }
        return false;
    }

    /// <summary>
    /// True when the noun trigger of <paramref name="d"/> lies in the reporting clause of a statement verb before it, and the
    /// date at [<paramref name="first"/>, <paramref name="last"/>] lies in what that verb reports: after the clause's end
    /// (a complementizer, quote or comma), or before the quote or comma that opens the clause.
    /// </summary>
    private bool NounInReportingClause(Sentence s, List<MentionDraft> drafts, MentionDraft d, int first, int last)
    {
        if (d.AnchorIsVerb || d.Type == EventType.Statement) return false;
        foreach (var r in drafts)
        {
            if (r.Type != EventType.Statement || !r.AnchorIsVerb || r.Last >= d.First) continue;
            int end = ReportingClauseEnd(s, r);
            if (d.Last >= end) continue;
            if ((first >= end && IsReportEnd(end)) || last < ReportingClauseStart(s, r) - 1) return true;
        }
        return false;
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

    /// <summary>
    /// True when the date at [<paramref name="first"/>, <paramref name="last"/>] modifies the noun naming the source right
    /// after "according to" ("according to a 2019 survey", "according to the 2020 census"): only determiners before it and
    /// a noun (or a name of the source) after it.
    /// </summary>
    private bool DatesSourceNoun(MentionDraft d, int first, int last, int end)
    {
        if (!IsAccordingTo(d) || !_x.IsPreposition(d.Last) || first <= d.Last) return false;
        for (int i = d.Last + 1; i < first; i++)
            if (!_x.IsDeterminer(i)) return false;
        return last + 1 < end && _x.TimexAt(last + 1) is null && _x.Pos(last + 1) is UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.ADJ;
    }

    /// <summary>
    /// "according to a report issued by the institute in December 2004", "according to the minister in 2004.": a date that
    /// closes the source's own phrase (only its nouns, prepositions and one issuing participle before it; a comma or the
    /// sentence's end after it) tells when the source spoke; what was said lies outside that phrase.
    /// </summary>
    private bool ClosesSourcePhrase(Sentence s, MentionDraft d, int first, int last)
    {
        // (The trigger may run on to the source's noun: "according to a report".)
        if (!IsAccordingTo(d) || first <= d.Last + (_x.IsPreposition(d.Last) ? 1 : 0)) return false;
        bool participle = false;
        for (int i = d.Last + 1; i < first; i++)
        {
            if (!participle && _x.Pos(i) == UniversalPos.VERB && _c.IssuingVerbs.Contains(_x.Lower(i))) { participle = true; continue; }
            // ("the Center for Strategic and International Studies": a name's "and" too.)
            if (!(_x.IsDeterminer(i) || _x.IsPreposition(i) || _x.IsNounLike(i) || _x.Lower(i) is "'s" or "’s" or "and" or "&")) return false;
        }
        int after = last + 1;
        return after >= s.EndToken || _x.Lower(after) == "," || (after == s.EndToken - 1 && _x.IsPunct(after));
    }

    /// <summary>
    /// "The union rejected the company's latest contract offer on Thursday.": after a statement verb whose object is a
    /// plain noun phrase (no verb, quote, comma or complementizer before the date), a date closing the clause (the
    /// sentence's end, a comma, "and" or "but" after it) dates the act; a noun phrase reports no dated proposition.
    /// </summary>
    private bool ClosesNounObject(Sentence s, MentionDraft d, int first, int last)
    {
        if (!d.AnchorIsVerb || first <= d.Last + 1 || first - d.Last > OwnPhraseReach) return false;
        for (int i = d.Last + 1; i < first; i++)
            if (_x.IsVerb(i) || _x.IsQuote(i) || _x.IsPunct(i) || IsReportEnd(i) || _x.IsBoundary(i)) return false;
        int after = last + 1;
        return after >= s.EndToken || (after == s.EndToken - 1 && _x.IsPunct(after)) || _x.Lower(after) is "," or "and" or "but";
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

    /// <summary>
    /// "Last month, attackers set fire to two trucks, police said": a reporting clause after what it reports, past a
    /// clause with a verb of its own after the fronted date ending at <paramref name="frontedEnd"/>; the fronted date
    /// dates what was reported, not the saying.
    /// </summary>
    private bool FollowsWhatItReports(Sentence s, MentionDraft d, int frontedEnd)
    {
        if (d.Type != EventType.Statement || !d.AnchorIsVerb || _x.Lower(d.Anchor).EndsWith("ing", StringComparison.Ordinal)) return false;
        // (Only a clause closing the sentence: "…, saying he had told the boy …" reports something of its own.)
        int end = ReportingClauseEnd(s, d);
        if (end < s.EndToken - 1 || (end == s.EndToken - 1 && !_x.IsPunct(end))) return false;
        int start = ReportingClauseStart(s, d);
        // ("In June, before the floods came, the president said": a subordinate clause after the fronted date sets the
        // time of the main clause; it is not what was reported.)
        int opener = frontedEnd + 1 < s.EndToken && _x.Lower(frontedEnd + 1) == "," ? frontedEnd + 2 : frontedEnd + 1;
        if (opener < start && _c.ClauseSubordinators.Contains(_x.Lower(opener))) return false;
        return start > frontedEnd + 2 && _x.HasVerbIn(frontedEnd + 1, start);
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
        // ('"…," said X, the firm's treasurer, at a news conference in Y': the phrases after an inverted speaker.)
        int k = AfterInvertedSpeaker(s, d);
        int end = Math.Min(s.EndToken, d.Last + 5);
        for (int i = d.Last + 1; i < end && k == d.Last + 1; i++)
            if (IsReportEnd(i)) return i;
        // "said at a news conference in Bergamo on Monday that", "told reporters in Rome on Friday that": prepositional
        // phrases right after the verb (or after the addressee of "told") that run up to a complementizer, quote or
        // comma are still the reporting clause.
        // ("said Thursday from her home in X:": a date or adverb may come first.)
        int first = k;
        while (first < s.EndToken && first - k < 4 && (_x.TimexAt(first) is not null || _x.IsAdverb(first))) first++;
        if (first >= s.EndToken || !(_x.IsPreposition(first) || (first == d.Last + 1 && IsAddresseeVerb(d, s)))) return end;
        bool preposition = false, infinitive = false;
        bool addressee = IsAddresseeVerb(d, s);
        // (Up to the sentence's closing punctuation: "said at a regular news briefing today.")
        for (; k < s.EndToken && k - d.Last <= 24 && !IsReportEnd(k) && !(k == s.EndToken - 1 && _x.IsPunct(k)); k++)
        {
            // "urged residents in a televised address on Monday to stay indoors": the infinitive after the addressee's
            // phrases opens what was said.
            // ('told Republicans during the 2002 midterms to "run on the war"': a quote may open the infinitive.)
            if (addressee && _x.Lower(k) == "to" && OpensInfinitive(k + 1 < s.EndToken && _x.IsQuote(k + 1) ? k + 2 : k + 1, s.EndToken)) { infinitive = true; break; }
            if (_x.IsPreposition(k)) { preposition = true; continue; }
            // ("said on its website late on Friday that": a possessive, and an adverb before a date, inside the phrases too.)
            if (!(_x.IsDeterminer(k) || _x.UnitAt(k) is not null || _x.PlaceAt(k) is not null || _x.TimexAt(k) is not null
                  || (_x.IsAdverb(k) && k + 2 < s.EndToken && (_x.TimexAt(k + 1) is not null || (_x.IsPreposition(k + 1) && _x.TimexAt(k + 2) is not null)))
                  || _x.Lower(k) is "its" or "his" or "her" or "their" or "our"
                  // ("in a televised address": a participle between an article and its noun.)
                  || (_x.Pos(k) == UniversalPos.VERB && _x.IsDeterminer(k - 1) && k + 1 < s.EndToken && _x.Pos(k + 1) == UniversalPos.NOUN)
                  || _x.Pos(k) is UniversalPos.ADJ or UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.NUM)) return end;
        }
        bool closes = infinitive || k >= s.EndToken || IsReportEnd(k) || (k == s.EndToken - 1 && _x.IsPunct(k));
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
        for (int k = AfterInvertedSpeaker(s, d); k < s.EndToken; k++)
        {
            if (_x.TimexAt(k) is not null || _x.IsAdverb(k)) continue;
            // ("appealed for a ceasefire in Gaza", "warned of strikes in the north": the phrase right after such a verb is
            // what was said; its place is the content's.)
            if (k == d.Last + 1 && (_x.Lower(k) == "for" && _c.ForContentVerbs.Contains(_x.Lower(d.Last)) || _x.Lower(k) == "of" && _c.OfContentVerbs.Contains(_x.Lower(d.Last)))) return k;
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

    /// <summary>
    /// The token after a speaker that follows its reporting verb after a quote ('"…," said Anne Cole, the firm's
    /// treasurer, at …'), with an appositive set off by commas; the token after the verb when there is no such speaker.
    /// </summary>
    private int AfterInvertedSpeaker(Sentence s, MentionDraft d)
    {
        int k = d.Last + 1;
        if (k >= s.EndToken || _x.UnitAt(k) is not { } u || u.First != k || !d.Speakers.Any(a => a.Span.Overlaps(_x.Span(u.First, u.Last)))) return k;
        int before = d.First - 1;
        while (before >= s.FirstToken && _x.Lower(before) == ",") before--;
        if (before < s.FirstToken || !_x.IsQuote(before)) return k;
        k = u.Last + 1;
        if (k < s.EndToken && _x.Lower(k) == ",")
        {
            // An appositive: a short noun phrase closed by a second comma.
            int close = k + 1;
            while (close < s.EndToken && close - k <= 8 && _x.Lower(close) != "," && !_x.IsVerb(close) && !_x.IsQuote(close)) close++;
            if (close < s.EndToken && _x.Lower(close) == "," && AppositiveStart(close) == k) k = close + 1;
        }
        return k;
    }

    /// <summary>The opening comma of a short appositive noun phrase closed by the comma at <paramref name="close"/> (", the firm's treasurer,"), or null.</summary>
    private int? AppositiveStart(int close)
    {
        for (int i = close - 1; i >= 0 && close - i <= 8; i--)
        {
            if (_x.Lower(i) == ",") return i < close - 1 && !_x.IsPreposition(i + 1) ? i : null;
            if (_x.IsVerb(i) || _x.IsQuote(i)) return null;
        }
        return null;
    }

    private bool OpensInfinitive(int i, int end) => i < end && _x.Pos(i) == UniversalPos.VERB;

    private bool IsReportEnd(int i) => _x.IsQuote(i) || _x.Lower(i) is "that" or ":" or "," or "“" || _c.ComplementMarkers.Contains(_x.Lower(i));

    private bool IsAddresseeVerb(MentionDraft d, Sentence s) => OpensAddresseeVerb(d.Anchor, s.EndToken);

    /// <summary>True when a verb of speaking to someone (content-markers.txt: "asked", "urged", "told") starts at <paramref name="i"/>.</summary>
    private bool OpensAddresseeVerb(int i, int end)
    {
        foreach (var phrase in _c.AddresseeToVerbs)
            if (_x.MatchAt(i, phrase, end) > 0) return true;
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
        if (i == first) return last + 1 < s.EndToken && _x.Lower(last + 1) == ",";
        // "In an interview published on Sunday, the general said": the date of the message that frames the sentence.
        return IsFramingMessageDate(s, first, last);
    }

    /// <summary>
    /// True when the date [<paramref name="first"/>, <paramref name="last"/>] ends, before its comma, a fronted "in" phrase
    /// of a message noun (address-nouns.txt: interview, letter, speech, …) with at most a participle and a preposition
    /// between, and an adverb before the preposition ("In a televised address on Monday,", "In an interview broadcast
    /// Sunday,", "In a speech late on Friday,").
    /// </summary>
    private bool IsFramingMessageDate(Sentence s, int first, int last)
    {
        if (last + 1 >= s.EndToken || _x.Lower(last + 1) != "," || _x.Lower(s.FirstToken) != "in") return false;
        int i = s.FirstToken + 1;
        while (i < first && (_x.IsDeterminer(i) || _x.Pos(i) == UniversalPos.ADJ || (_x.Pos(i) == UniversalPos.VERB && _x.Lower(i).EndsWith("ed", StringComparison.Ordinal)))) i++;
        if (i >= first || !_c.AddressNouns.Contains(_x.Lower(i))) return false;
        i++;
        if (i < first && _x.Pos(i) == UniversalPos.VERB) i++;
        // ("In a televised address late on Monday,": a time-of-day adverb before the date's preposition.)
        if (i < first && _x.IsAdverb(i)) i++;
        if (i < first && _x.IsPreposition(i)) i++;
        return i == first;
    }

    /// <summary>
    /// "detained him on Tuesday, two days after he addressed a rally", "resigned on Friday, a day after she met the
    /// king": an "after"/"before" clause led by a count of days or weeks, right after a day's date, tells of an event
    /// that many days before or after that day. Its mentions take the day counted from the main clause's date (not the
    /// main clause's or the dateline's date, which the nearest-date rule gave them), or no date when the count is vague
    /// ("days after") or the main date is no single day.
    /// </summary>
    private void DateOffsetClauses(Sentence s, List<MentionDraft> drafts)
    {
        for (int link = s.FirstToken + 2; link < s.EndToken - 1; link++)
        {
            if (_x.Lower(link) is not ("after" or "before")) continue;
            // The count: a duration ("two days", "a week") or a vague plural unit ("days") right before the link word.
            var t = _x.TimexAt(link - 1) is { Type: TimexType.Duration } d0 ? d0 : null;
            if (t is null && !_c.VagueOffsetUnits.Contains(_x.Lower(link - 1))) continue;
            int first = t is null ? link - 1 : _x.TokenRange(t.Span).First;
            int mainLast = first - 1 >= s.FirstToken && _x.Lower(first - 1) is "," or "—" or "–" ? first - 2 : first - 1;
            if (mainLast < s.FirstToken || _x.TimexAt(mainLast) is not { Type: TimexType.Date } main) continue;
            // (The clause ends at its comma: ", his spokesman said" is the main clause again.)
            int clauseEnd = link + 1;
            while (clauseEnd < s.EndToken && _x.Lower(clauseEnd) != "," && !_x.IsBoundary(clauseEnd) && !_x.IsQuote(clauseEnd)) clauseEnd++;
            Timex? offset = null;
            if (TimexCalendar.TryParseDay(main.Value, out var day) && main.Value.Length == 10 && t is not null && DurationDays(t.Value) is int days)
            {
                var at = day.AddDays(_x.Lower(link) == "after" ? -days : days);
                var span = new TextSpan(main.Span.Start, _x.Span(link, link).End);
                offset = main with { Span = span, Text = span.GetText(_x.Text), Value = at.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };
            }
            // (A date inside the clause is its own: "two days after he spoke in Kisumu on Sunday".)
            foreach (var d in drafts)
                if (d.First > link && d.First < clauseEnd && !(d.Date is { } own && _x.TokenRange(own.Span).First > link && _x.TokenRange(own.Span).First < clauseEnd)) d.Date = offset;
        }
    }

    /// <summary>The whole days a duration value counts ("P2D" 2, "P1W" 7); null for vague or other units ("PXD", "PT5H").</summary>
    private static int? DurationDays(string value)
    {
        if (value.Length < 3 || value[0] != 'P' || value[^1] is not ('D' or 'W')) return null;
        if (!int.TryParse(value.AsSpan(1, value.Length - 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) || n > 366) return null;
        return value[^1] == 'W' ? n * 7 : n;
    }
}
