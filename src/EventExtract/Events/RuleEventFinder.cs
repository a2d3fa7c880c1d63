using System.Runtime.InteropServices;
using EventExtract.Events.Arguments;
using EventExtract.Places;
using EventExtract.Tagging;
using EventExtract.Time;

namespace EventExtract.Events;

/// <summary>
/// Turns trigger candidates into complete typed events with rules over the tagged text.
/// </summary>
/// <remarks>
/// <para>For each body sentence, in text order: references such as "the four countries" or "participants"
/// are resolved to actors named earlier; the sentence's triggers become mentions (same-type triggers that
/// name one event, such as "visited Moscow for a meeting" or "a statement said", are joined); each mention
/// gets its arguments from the words around it (subjects, objects, "with"/"between" phrases, "in"/"to"
/// places, the time expression attached to it, status cues such as "refused to" or "were scheduled to",
/// statement content and quotes, casualty counts and attack-type cues). All cue words live in
/// Resources/Events/*.txt.</para>
/// <para>Mentions are then linked across the document: a definite description with no arguments of its own
/// ("The meeting took place on October 28") joins the first compatible event of its type in the nearest of
/// the three previous sentences and lends it its date and place; other meeting and attack mentions join
/// earlier events of the same type and status whose dates and places are compatible and that share two
/// parties, or one party and the same date or place. Each reported speech act stays its own statement.</para>
/// <para>Confidence = trigger confidence × (0.55 + 0.45 × completeness), where completeness is the share of the
/// type's core arguments found (meeting: two participants, date, place; statement: speaker, content;
/// attack: date, place, casualties/attacker/type), taking the best mention and adding 0.05 per extra mention.</para>
/// <para>Immutable and thread-safe if the trigger detector is.</para>
/// </remarks>
public sealed class RuleEventFinder : IEventFinder
{
    private readonly ITriggerDetector _triggers;
    private readonly CueLexicon _cues;

    /// <summary>Creates a finder over the triggers that <paramref name="triggers"/> detects.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="triggers"/> is null.</exception>
    public RuleEventFinder(ITriggerDetector triggers)
    {
        ArgumentNullException.ThrowIfNull(triggers);
        _triggers = triggers;
        _cues = CueLexicon.Default;
    }

    /// <inheritdoc />
    public IReadOnlyList<ExtractedEvent> Find(AnalyzedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var candidates = new List<TriggerCandidate>(16);
        _triggers.Detect(document, candidates);
        // Keep the candidates of body sentences, grouped by sentence in detection order (a stable sort by sentence;
        // detectors emit them in sentence order, so usually nothing moves), instead of a dictionary of lists.
        candidates.RemoveAll(c => c.Sentence < 0 || c.Sentence >= document.Sentences.Count || !document.IsBodySentence(c.Sentence));
        if (candidates.Count == 0) return Array.Empty<ExtractedEvent>();
        StableSortBySentence(candidates);

        using var index = new DocumentIndex(document, _cues);
        var reader = new ArgumentReader(index);
        var resolver = new ReferenceResolver(index, reader);
        // Each candidate makes at most one event, so these lists never regrow.
        var clusters = new List<EventCluster>(candidates.Count);
        // Linking looks back over a bounded window of sentences, so that work stays linear on huge inputs;
        // an article's coreferent mentions sit far closer together than this.
        var active = new List<EventCluster>(candidates.Count);
        var bodySentences = new List<int>(document.Sentences.Count);
        for (int i = 0; i < document.Sentences.Count; i++)
            if (document.IsBodySentence(i)) bodySentences.Add(i);
        var repeatOf = RepeatedSentences(document, bodySentences);
        int resolving = 0; // the sentence whose references are being resolved
        IReadOnlyList<Actor> LastMeeting(int minParties) => LastMeetingParticipants(active, minParties, resolving);
        Func<int, IReadOnlyList<Actor>> lastMeeting = LastMeeting; // one delegate per document, not per sentence

        int next = 0;
        for (int b = 0; b < bodySentences.Count; b++)
        {
            int si = bodySentences[b];
            if (b >= LinkWindowSentences)
            {
                int oldest = bodySentences[b - LinkWindowSentences];
                RemoveEndedBefore(active, oldest);
            }
            resolving = si;
            resolver.Resolve(si, lastMeeting);
            while (next < candidates.Count && candidates[next].Sentence < si) next++;
            int from = next;
            while (next < candidates.Count && candidates[next].Sentence == si) next++;
            if (next == from)
            {
                AttributeBlame(b, bodySentences, active, index);
                AttributeJoiners(b, bodySentences, active, index, reader);
                AttributeClaim(b, bodySentences, active, index);
                UpdateToll(b, bodySentences, active, reader, index);
                continue;
            }
            var sentence = document.Sentences[si];
            var drafts = reader.BuildDrafts(sentence, CollectionsMarshal.AsSpan(candidates)[from..next]);
            foreach (var d in drafts) reader.ReadArguments(sentence, d, drafts);
            reader.ShareQuotedSpeakers(sentence, drafts);
            reader.ShareOccasionPlaces(drafts);
            reader.ShareCoordinatedAttackParties(sentence, drafts);
            reader.JoinFramingStatements(sentence, drafts);
            reader.AssignDates(sentence, drafts);
            reader.AssignCasualties(sentence, drafts);
            // (A label describing a later attack of the sentence is linked after it, so that it can join its event.)
            var linkOrder = drafts.Exists(static d => d.Describes is not null)
                ? drafts.Where(static d => d.Describes is null).Concat(drafts.Where(static d => d.Describes is not null)).ToList()
                : drafts;
            foreach (var d in linkOrder)
            {
                // "Hussein met Saddam on Monday. It was their third meeting": "they"/"their" that named no party stands for
                // the parties of the meeting mentioned last (two at least; one alone is no "they").
                if (reader.HasOnlyPluralPronounParty(sentence, d) && LastMeetingParticipants(active) is { Count: > 1 } met)
                    foreach (var a in met) MentionDraft.AddActor(d.Participants, a);
                if (reader.IsUnanchoredAttack(d) || reader.IsUnanchoredMeeting(d) || IsGenericClaim(d, index))
                {
                    // ("condemned the killing": a killing noun too weak to report an attack may still name the one reported before.)
                    if (reader.IsUnanchoredAttack(d) && reader.IsKnownKillingReference(d) && Coreferent(d, active, index, heldThere: null) is { } known)
                    {
                        known.Mentions.Add(d);
                        known.Mentions.Sort((p, q) => p.First.CompareTo(q.First));
                        continue;
                    }
                    d.Dropped = true;
                    continue;
                }
                // A dated event still to come is planned; a past-tense verb ("were killed on Friday") says the date was misread instead.
                if (d.Status == EventStatus.Occurred && IsAfter(d.Date, document.Document.Published))
                {
                    if (!IsPastTense(d, index)) d.Status = EventStatus.Planned;
                    else if (d.Type != EventType.Statement && WeekEarlier(d.Date!, document.Document.Published) is { } past) d.Date = past;
                    // ("said rates could fall next year": a later date after a past reporting verb is in what was said.)
                    else if (d.Type == EventType.Statement) d.Date = null;
                }
                // "said the summit would be held on April 24", "can take part in the summit in April": a dated meeting still
                // to come behind a future-in-the-past or ability modal is planned; a doubt ("could", "if") keeps it hypothetical.
                else if (d.Type == EventType.Meeting && d.Status == EventStatus.Hypothetical && IsAfter(d.Date, document.Document.Published) && !HasDoubt(sentence, index))
                    d.Status = EventStatus.Planned;
                // "Also Thursday, Saudi Arabia called for an emergency meeting", "Earlier that day, doctors were warned that one
                // of them might be targeted": an event that may never happen did not happen on a day already past; that day
                // is the act's that speaks of it. (A day still to come stays: "might meet the union leaders on Friday".)
                else if (d.Status == EventStatus.Hypothetical && d.Date is not null && document.Document.Published is not null
                    && !IsAfter(d.Date, document.Document.Published) && !reader.OwnsPastDate(sentence, d))
                    d.Date = null;
                if (d.Type == EventType.Statement && d.IsJointStatement && d.Speakers.Count == 0)
                    foreach (var a in LastMeetingParticipants(active)) MentionDraft.AddActor(d.Speakers, a);
                if (d.Type == EventType.Meeting && d.IsAnaphoric && !reader.NamesNoNewParties(sentence, d)) d.IsAnaphoric = false;
                // (After the clock time's day is dropped: "The attackers arrived at around 10 a.m. and fired into the crowd" tells of
                // the attack reported before, not of a new one that day.)
                // "Slepian ... was shot to death at 10 p.m.": a clock time alone took its day from the publication date; when an
                // attack of another day was reported before, it is that attack's hour, not a new day.
                if (d.Type == EventType.Attack && d.Date is { DayAssumed: true } clock && HasAttackOfOtherDay(active, clock)) d.Date = null;
                if (d.Type == EventType.Attack && !d.IsAnaphoric && d.Describes is null && reader.HasOnlyKnownAttackers(d)) d.IsAnaphoric = true;
                // "He was charged Thursday with murder": the date is the charge's, not the crime's.
                // (Not "charged with murder in the 1995 shooting": a date after the crime noun dates the crime.)
                // ("charged with murder Thursday": a bare date right after the crime noun is the charge's too.)
                // ("charged with murder on Monday": so is one after "on".)
                // ("charged with murder Thursday in the slaying of ...": after the crime noun, whichever trigger of the mention it is.)
                if (d.Type == EventType.Attack && d.Date is { } charge && (charge.Span.Start < index.Span(d.First, d.First).Start || DateRightAfterTrigger(d, charge, index))
                    && IsChargedCrime(d, index)) d.Date = null;
                // A sentence repeated word for word (a blog's lead excerpt, a pull-quote) tells the same events again.
                if (repeatOf[b] >= 0 && SameMentionIn(clusters, document.Sentences[repeatOf[b]], sentence, d) is { } repeated)
                {
                    repeated.Mentions.Add(d);
                    repeated.Mentions.Sort((p, q) => p.First.CompareTo(q.First));
                    continue;
                }
                // "Hours later, a roadside bomb struck a convoy": the day of the latest dated event told before.
                if (d.Date is null && OpensSameDay(sentence, index) && LatestOccurredDay(active) is { } day) d.Date = day;
                // "Two days later, the envoys met again": the day of the latest dated event told before, plus the offset.
                if (d.Date is null && OpeningOffsetDays(sentence, index) is { } offset && LatestOccurredDay(active) is { } before)
                    d.Date = ShiftedDay(before, offset);
                // ("The envoys met again two days later in Vienna": so does one right after a verb trigger, in its clause.)
                if (d.Date is null && d.AnchorIsVerb && OffsetDaysAfter(d, sentence, index) is { } after && LatestOccurredDay(active) is { } earlier)
                    d.Date = ShiftedDay(earlier, after);
                Link(d, active, clusters, bodySentences, b, index);
            }
            AttributeBlame(b, bodySentences, active, index);
            AttributeClaim(b, bodySentences, active, index);
            UpdateToll(b, bodySentences, active, reader, index);
        }

        JoinLedeReferences(clusters, index);
        var dateline = DatelinePlace.Find(document.Document);
        return clusters
            .Where(c => !IsUnvoicedUnrealStatement(c) && !IsWritersImperative(c, index))
            .OrderBy(c => c.Mentions.Min(m => m.First))
            .Select(c => Build(c, index, dateline))
            .ToArray();
    }

    /// <summary>
    /// How many body sentences come before the event's first mention, counted up to <paramref name="atMost"/> + 1 only (so
    /// that asking it of every attack of a huge text stays linear).
    /// </summary>
    private static int LedeSentence(EventCluster c, DocumentIndex x, int atMost)
    {
        int n = 0;
        for (int i = 0; i < c.Mentions[0].Sentence && n <= atMost; i++) if (x.Document.IsBodySentence(i)) n++;
        return n;
    }

    /// <summary>
    /// "Petrovic said Serbia had nothing to do with the attack ... About 30 gunmen stormed the village on Sunday": a reaction
    /// lede names the attack with "the" before the story tells it. An attack event of the first two body sentences made only of
    /// definite nouns naming no party or toll is the attack told within three sentences after it whose status, date, place
    /// and kind agree, when there is exactly one (linking runs in text order, so it could not join it there).
    /// </summary>
    private static void JoinLedeReferences(List<EventCluster> clusters, DocumentIndex x)
    {
        for (int i = clusters.Count - 1; i >= 0; i--)
        {
            var early = clusters[i];
            if (early.Type != EventType.Attack || LedeSentence(early, x, atMost: 1) > 1 || !early.Mentions.TrueForAll(m => m.IsDefinite && !m.AnchorIsVerb && m.Attackers.Count == 0 && m.Targets.Count == 0 && !m.HasCasualties))
                continue;
            int start = early.Mentions[0].First, earlyKinds = AttackFamilies(early);
            EventCluster? told = null;
            int found = 0;
            foreach (var c in clusters)
            {
                if (c == early || c.Type != EventType.Attack || c.Status != early.Status || c.Mentions[0].First <= start) continue;
                // (Told soon after: a lede's reference reaches the next paragraphs, not an attack recalled deep in the story.)
                if (c.Mentions[0].Sentence - early.Mentions[0].Sentence > 3) continue;
                if (!EventCluster.DatesCompatible(c.Date, early.Date) || !EventCluster.PlacesCompatible(c.Location, early.Location)) continue;
                int kinds = AttackFamilies(c);
                if (earlyKinds != 0 && kinds != 0 && (earlyKinds & kinds) == 0) continue;
                told = c;
                found++;
            }
            if (found != 1 || told!.Mentions.Count + early.Mentions.Count > MaxMentionsPerEvent) continue;
            told.Mentions.AddRange(early.Mentions);
            told.Mentions.Sort((a, b) => a.First.CompareTo(b.First));
            clusters.RemoveAt(i);
        }
    }

    /// <summary>
    /// "encourage your recipients to forward this", "some try to explain it away", "could tell us something about":
    /// a statement that was not made (planned or hypothetical) and that nobody in the text is said to make is talk in
    /// general, not a reported statement; news rarely reports one without its speaker.
    /// </summary>
    private static bool IsUnvoicedUnrealStatement(EventCluster c) =>
        c.Type == EventType.Statement && c.Status is (EventStatus.Planned or EventStatus.Hypothetical) && !HasSpeaker(c);

    /// <summary>
    /// "Dialogue is the only way forward", "Talks are no substitute for action": a meeting or attack noun with no article,
    /// possessive or number before it and no party of its own, the subject of a present "is"/"are" and a noun phrase, makes
    /// a claim about such events in general; it tells of none that took place.
    /// </summary>
    private static bool IsGenericClaim(MentionDraft m, DocumentIndex x)
    {
        int be = m.Last + 1;
        return m.Type != EventType.Statement && !m.AnchorIsVerb && be + 1 < x.Document.Sentences[m.Sentence].EndToken && x.Lower(be) is "is" or "are"
            && x.IsDeterminer(be + 1) && IsBareNoun(m, x) && m.Participants.Count + m.Attackers.Count + m.Targets.Count == 0;
    }

    private static bool HasSpeaker(EventCluster c)
    {
        foreach (var m in c.Mentions)
            if (m.Speakers.Count > 0) return true;
        return false;
    }

    /// <summary>
    /// "Please encourage your friends to forward this", "Also tell your neighbours": a sentence that opens with the
    /// statement verb's base form (after at most an interjection or adverb) is the writer asking the reader to speak,
    /// not a statement the text reports.
    /// </summary>
    private static bool IsWritersImperative(EventCluster c, DocumentIndex index)
    {
        if (c.Type != EventType.Statement || HasSpeaker(c)) return false;
        var m = c.Mentions[0];
        int verb = m.Triggers[0].FirstToken;
        if (index.Pos(verb) != UniversalPos.VERB) return false;
        var w = index.Lower(verb);
        if (w.EndsWith('s') || w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal)) return false;
        for (int i = index.Document.Sentences[m.Sentence].FirstToken; i < verb; i++)
            if (index.Pos(i) is not (UniversalPos.INTJ or UniversalPos.ADV or UniversalPos.PUNCT or UniversalPos.NUM))
                return false;
        return true;
    }

    /// <summary>A repeated sentence has at least this many tokens ("He said no." may be said twice of two things).</summary>
    private const int MinRepeatedSentenceTokens = 8;

    /// <summary>
    /// For each body sentence (by position in <paramref name="bodySentences"/>), the earlier body sentence with exactly the
    /// same text (a blog's lead excerpt repeated in the story, a pull-quote), or -1.
    /// </summary>
    private static int[] RepeatedSentences(AnalyzedDocument document, List<int> bodySentences)
    {
        var repeatOf = new int[bodySentences.Count];
        Array.Fill(repeatOf, -1);
        // Sentences by a hash of their text (no copy of it); a hash shared by different texts is told apart by comparing them.
        Dictionary<int, List<int>>? seen = null;
        var text = document.Text.AsSpan();
        for (int b = 0; b < bodySentences.Count; b++)
        {
            var sentence = document.Sentences[bodySentences[b]];
            if (sentence.TokenCount < MinRepeatedSentenceTokens) continue;
            seen ??= new Dictionary<int, List<int>>(bodySentences.Count - b); // sized once: regrowing it cost more than the hashing
            var words = text.Slice(sentence.Span.Start, sentence.Span.Length);
            int hash = string.GetHashCode(words, StringComparison.Ordinal);
            if (!seen.TryGetValue(hash, out var same)) seen[hash] = same = new List<int>(1);
            foreach (var earlier in same)
            {
                var e = document.Sentences[earlier].Span;
                if (text.Slice(e.Start, e.Length).SequenceEqual(words)) { repeatOf[b] = earlier; break; }
            }
            if (repeatOf[b] < 0) same.Add(bodySentences[b]);
        }
        return repeatOf;
    }

    /// <summary>The event with a mention of <paramref name="d"/>'s type at the same place in the earlier copy
    /// <paramref name="original"/> of <paramref name="copy"/>; null when that copy's trigger made no such event.</summary>
    private static EventCluster? SameMentionIn(List<EventCluster> clusters, Text.Sentence original, Text.Sentence copy, MentionDraft d)
    {
        int first = original.FirstToken + (d.First - copy.FirstToken);
        foreach (var c in clusters)
        {
            if (c.Type != d.Type || c.Mentions.Count >= MaxMentionsPerEvent) continue;
            foreach (var m in c.Mentions)
                if (m.First == first) return c;
        }
        return null;
    }

    /// <summary>
    /// "The leaders of Chad and Niger held a summit in Niamey. Mali's president joined them by video link.": in a sentence
    /// with no trigger, the subject of a joining verb (meeting-joining-verbs.txt) whose object is "them" or "the" and a
    /// meeting noun is a party of the latest occurred meeting of the sentence before; so is the subject of an attending
    /// verb that ends the sentence ("Leaders of Kazakhstan, Uzbekistan and Kyrgyzstan attended.").
    /// </summary>
    private static void AttributeJoiners(int bodyIndex, List<int> bodySentences, List<EventCluster> active, DocumentIndex x, ArgumentReader reader)
    {
        if (bodyIndex == 0) return;
        int si = bodySentences[bodyIndex];
        int previous = bodySentences[bodyIndex - 1];
        var s = x.Document.Sentences[si];
        // (The meeting is found before the verb: most sentences follow none, and then none of their words is read.)
        EventCluster? meeting = null;
        foreach (var c in active)
            if (c.Type == EventType.Meeting && c.Status == EventStatus.Occurred && c.LastSentence == previous
                && (meeting is null || LastMentionStart(c) > LastMentionStart(meeting))) meeting = c;
        if (meeting is null) return;
        for (int t = s.FirstToken + 1; t + 1 < s.EndToken; t++)
        {
            // "Leaders of Kazakhstan and Uzbekistan attended.": an attending verb with nothing after it but the sentence's end.
            if (IsAttendingVerbEnding(t, s, x))
            {
                var mention = meeting.Mentions[^1];
                foreach (var a in reader.LeftChain(t, s.FirstToken)) MentionDraft.AddActor(mention.Participants, a);
                return;
            }
            if (!x.Cues.MeetingJoiningVerbs.Contains(x.Lower(t)) || x.Pos(t) != UniversalPos.VERB) continue;
            bool joinsMeeting = x.Lower(t + 1) == "them"
                || (x.Lower(t + 1) == "the" && t + 2 < s.EndToken && (x.Cues.GenericMeetingNouns.Contains(x.Lower(t + 2)) || x.Lower(t + 2) is "call" or "summit" or "conference"));
            if (!joinsMeeting) continue;
            var last = meeting.Mentions[^1];
            foreach (var a in reader.LeftChain(t, s.FirstToken)) MentionDraft.AddActor(last.Participants, a);
            return;
        }
    }

    /// <summary>
    /// True when an attending verb (meeting-attending-verbs.txt: "attended", "took part") starts at <paramref name="t"/> and
    /// only the sentence's closing punctuation follows it ("attended the funeral" has its own object).
    /// </summary>
    private static bool IsAttendingVerbEnding(int t, Text.Sentence s, DocumentIndex x)
    {
        foreach (var phrase in x.Cues.MeetingAttendingVerbs)
        {
            int end = x.MatchAt(t, phrase, s.EndToken);
            if (end <= t) continue;
            if (end == s.EndToken - 1 && x.Pos(end) == UniversalPos.PUNCT && x.Pos(t) is UniversalPos.VERB or UniversalPos.AUX) return true;
        }
        return false;
    }

    /// <summary>
    /// "Gunmen stormed a base ... Officials blamed the Macina Liberation Front.", "Authorities suspect the Pakistani
    /// Taliban.", "The assault was blamed on Boko Haram.": the party named right after a blame verb
    /// (attack-blame-verbs.txt), or after its "on", is an attacker of the attack reported in that sentence or, failing
    /// one, of the latest attack of the two sentences before.
    /// </summary>
    private static void AttributeBlame(int bodyIndex, List<int> bodySentences, List<EventCluster> active, DocumentIndex x)
    {
        int si = bodySentences[bodyIndex];
        var s = x.Document.Sentences[si];
        int oldest = bodySentences[Math.Max(0, bodyIndex - 2)];
        // (The attack is found before the blame: most sentences have none to blame, and then none of their words is read.)
        EventCluster? attack = null;
        int bestSentence = -1, bestStart = -1;
        foreach (var c in active)
        {
            if (c.Type != EventType.Attack || c.Status != EventStatus.Occurred) continue;
            foreach (var m in c.Mentions)
            {
                if (m.Sentence < oldest || m.Sentence > si) continue;
                // The attack of the blame's own sentence first, then the latest one before it.
                if (m.Sentence > bestSentence || (m.Sentence == bestSentence && m.Sentence < si && m.First > bestStart))
                {
                    attack = c;
                    bestSentence = m.Sentence;
                    bestStart = m.First;
                }
            }
        }
        if (attack is null) return;
        for (int i = s.FirstToken + 1; i + 1 < s.EndToken; i++)
        {
            if (!x.Cues.AttackBlameVerbs.Contains(x.Lower(i)) || !x.IsVerb(i) || x.IsDeterminer(i - 1)) continue;
            // "killed two suspected militants", "by suspected rebels", "said suspected gunmen planted it": a participle after a
            // count, a preposition or another verb describes the people of its noun phrase (often the victims); it blames no one.
            if (x.Pos(i - 1) is UniversalPos.NUM or UniversalPos.ADP || (x.Pos(i - 1) == UniversalPos.VERB)) continue;
            int p = i + 1;
            if (x.Lower(p) == "on" && p + 1 < s.EndToken) p++;
            if (x.IsDeterminer(p) && p + 1 < s.EndToken) p++;
            // (A party the index marked as a unit starting right there: "blamed Lashkar-e-Jhangvi", "suspect the rebels".)
            if (x.UnitAt(p) is not { Actors.Count: > 0 } u || u.First != p) continue;
            // "blamed the minister for the delay": blame for something other than an attack of this sentence names no attacker.
            if (u.Last + 1 < s.EndToken && x.Lower(u.Last + 1) == "for" && !(bestSentence == si && bestStart > u.Last)) return;
            var last = attack.Mentions[^1];
            foreach (var a in u.Actors)
            {
                // (Not a party the attack hit: "blamed the police" after an attack on the police names no attacker.)
                bool hit = false;
                foreach (var m in attack.Mentions)
                    foreach (var t in m.Targets)
                        if (t.Span.Overlaps(a.Span) || string.Equals(t.Text, a.Text, StringComparison.OrdinalIgnoreCase)) hit = true;
                if (!hit) MentionDraft.AddActor(last.Attackers, a);
            }
            return;
        }
    }

    /// <summary>
    /// "A ransomware attack crippled ... A gang calling itself Black Harbor claimed responsibility on its website.": the
    /// named party right before a responsibility claim (responsibility-claims.txt) in a sentence with no attack of its
    /// own is an attacker of the latest attack of the two sentences before.
    /// </summary>
    private static void AttributeClaim(int bodyIndex, List<int> bodySentences, List<EventCluster> active, DocumentIndex x)
    {
        int si = bodySentences[bodyIndex];
        var s = x.Document.Sentences[si];
        int oldest = bodySentences[Math.Max(0, bodyIndex - 2)];
        // (Found before the claim: most sentences have no attack to give it to, and then none of their words is read.)
        if (LatestAttackMentionBefore(si, oldest, active) is not { } latest) return;
        for (int i = s.FirstToken + 1; i < s.EndToken; i++)
        {
            bool claim = false;
            foreach (var phrase in x.Cues.ResponsibilityClaims)
                if (x.MatchAt(i, phrase, s.EndToken) > 0) { claim = true; break; }
            if (!claim) continue;
            // ("claimed responsibility for the attack": the attack of this clause reads its own attacker.)
            if (x.UnitAt(i - 1) is not { Actors.Count: > 0 } u || u.Last != i - 1) return;
            // ("No group has claimed responsibility": a denial names no one.)
            if (x.Lower(u.First) is "no" or "none" or "nobody" or "neither") return;
            foreach (var a in u.Actors) MentionDraft.AddActor(latest.Attackers, a);
            return;
        }
    }

    /// <summary>
    /// The last mention of an attack that happened, in sentences <paramref name="oldest"/> up to (not including)
    /// <paramref name="si"/>; null when there is none or when sentence <paramref name="si"/> reports an attack of its own.
    /// </summary>
    private static MentionDraft? LatestAttackMentionBefore(int si, int oldest, List<EventCluster> active)
    {
        MentionDraft? latest = null;
        foreach (var c in active)
        {
            if (c.Type != EventType.Attack || c.Status != EventStatus.Occurred) continue;
            foreach (var m in c.Mentions)
            {
                if (m.Sentence == si) return null;
                if (m.Sentence >= oldest && m.Sentence < si && (latest is null || m.First > latest.First)) latest = m;
            }
        }
        return latest;
    }

    /// <summary>
    /// "A car bomb exploded outside a hotel ... The death toll rose to 20 on Sunday": a toll update (death-toll-updates.txt)
    /// in a sentence with no attack of its own raises the killed figure of the latest attack of the two sentences before.
    /// </summary>
    private static void UpdateToll(int bodyIndex, List<int> bodySentences, List<EventCluster> active, ArgumentReader reader, DocumentIndex x)
    {
        int si = bodySentences[bodyIndex];
        int oldest = bodySentences[Math.Max(0, bodyIndex - 2)];
        if (LatestAttackMentionBefore(si, oldest, active) is not { } latest || reader.TollUpdate(x.Document.Sentences[si]) is not { } toll) return;
        if (latest.Killed is null || latest.Killed < toll) latest.Killed = toll;
    }

    /// <summary>True when <paramref name="date"/> follows one of the mention's triggers directly or after "on".</summary>
    private static bool DateRightAfterTrigger(MentionDraft d, Timex date, DocumentIndex index)
    {
        foreach (var t in d.Triggers)
        {
            int end = t.FirstToken + t.TokenCount;
            if (end < index.Tokens.Count && index.TimexAt(end) == date) return true;
            if (end + 1 < index.Tokens.Count && index.Lower(end) == "on" && index.TimexAt(end + 1) == date) return true;
        }
        return false;
    }

    /// <summary>True when an attack already reported is dated to a day other than <paramref name="clock"/>'s.</summary>
    private static bool HasAttackOfOtherDay(List<EventCluster> active, Timex clock)
    {
        foreach (var c in active)
            if (c.Type == EventType.Attack && c.Date is { } date && date.Value.Length >= 7 && !clock.Value.StartsWith(date.Value.Length >= 10 ? date.Value[..10] : date.Value, StringComparison.Ordinal))
                return true;
        return false;
    }

    /// <summary>Stable sort by sentence (insertion sort: the list is normally sorted already).</summary>
    private static void StableSortBySentence(List<TriggerCandidate> candidates)
    {
        var span = CollectionsMarshal.AsSpan(candidates);
        for (int i = 1; i < span.Length; i++)
        {
            var item = span[i];
            int j = i - 1;
            while (j >= 0 && span[j].Sentence > item.Sentence) { span[j + 1] = span[j]; j--; }
            span[j + 1] = item;
        }
    }

    /// <summary>Drops the events last mentioned before sentence <paramref name="oldest"/>, keeping the order of the rest.</summary>
    private static void RemoveEndedBefore(List<EventCluster> active, int oldest)
    {
        int kept = 0;
        for (int i = 0; i < active.Count; i++)
            if (active[i].LastSentence >= oldest) active[kept++] = active[i];
        if (kept < active.Count) active.RemoveRange(kept, active.Count - kept);
    }

    /// <summary>How many sentences back a reference may pass over a meeting of fewer parties than it counts.</summary>
    private const int CountedMeetingReach = 3;

    /// <summary>
    /// The parties of the meeting mentioned last that has at least <paramref name="minParties"/> of them: "the two sides"
    /// are those of the talks between two a few sentences back (<see cref="CountedMeetingReach"/> from sentence
    /// <paramref name="sentence"/>), not of a one-party mention since ("the company remained committed to negotiations").
    /// Farther back, the sides of a dispute spoken of are seldom those of old talks.
    /// </summary>
    private static IReadOnlyList<Actor> LastMeetingParticipants(List<EventCluster> clusters, int minParties = 1, int sentence = -1)
    {
        bool passed = false;
        // The meeting mentioned last, not the one created last.
        foreach (var c in clusters.Where(c => c.Type == EventType.Meeting && c.Status == EventStatus.Occurred).OrderByDescending(c => c.Mentions.Max(m => m.First)))
        {
            var p = c.Participants;
            if (p.Count == 0) continue;
            if (p.Count >= minParties && !(passed && sentence - c.LastSentence > CountedMeetingReach)) return p;
            if (p.Count >= minParties) break;
            passed = true;
        }
        if (passed) return Array.Empty<Actor>();
        // "X will visit Brasilia for talks with Y ... The two leaders last met in November": with no meeting held yet, the
        // parties of the latest meeting to come (or called off) are the ones meant.
        foreach (var c in clusters.Where(c => c.Type == EventType.Meeting && c.Status is EventStatus.Planned or EventStatus.Cancelled).OrderByDescending(c => c.Mentions.Max(m => m.First)))
        {
            var p = c.Participants;
            if (p.Count >= minParties && p.Count > 0) return p;
        }
        return Array.Empty<Actor>();
    }

    /// <summary>True when a word of doubt, wish or offer (doubt-words.txt) is in the mention's sentence.</summary>
    private bool HasDoubt(Text.Sentence s, DocumentIndex x)
    {
        for (int i = s.FirstToken; i < s.EndToken; i++)
            if (_cues.DoubtWords.Contains(x.Lower(i))) return true;
        return false;
    }

    /// <summary>A trigger verb in a regular past form ("killed", "attacked").</summary>
    private static bool IsPastTense(MentionDraft d, DocumentIndex x)
    {
        // Any trigger of the mention: "the blasts ... have been killed" joins a casualty verb to its attack noun.
        foreach (var t in d.Triggers)
            for (int i = t.FirstToken; i < t.FirstToken + t.TokenCount; i++)
                if (x.Pos(i) == UniversalPos.VERB && (x.Lower(i).EndsWith("ed", StringComparison.Ordinal) || x.Cues.IrregularPastForms.Contains(x.Lower(i)))) return true;
        return false;
    }

    /// <summary>
    /// "were killed ... Friday morning" in a Sunday report: a day in the coming week that dates a past event is the
    /// same weekday of the week before (the time tagger read it as still to come). Null when the date is not a day
    /// at most a week after publication.
    /// </summary>
    private static Timex? WeekEarlier(Timex date, DateOnly? published)
    {
        string v = date.Value;
        if (published is not { } dct || !TimexCalendar.TryParseDay(v, out var day)) return null;
        int ahead = day.DayNumber - dct.DayNumber;
        if (ahead is < 1 or > 7) return null;
        string earlier = day.AddDays(-7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return date with { Value = earlier + v[10..] };
    }

    /// <summary>True when the date starts after the publication date (a dated event still to come).</summary>
    private static bool IsAfter(Timex? date, DateOnly? published)
    {
        if (date is null || published is not { } dct) return false;
        string v = date.Value;
        if (v.Length < 4 || !int.TryParse(v.AsSpan(0, 4), out int year)) return false;
        // "next week" (2023-W12, 2023-W12-WE): a week still to come starts after the publication date.
        if (v.Length >= 8 && v[4] == '-' && v[5] == 'W')
            return int.TryParse(v.AsSpan(6, 2), out int week) && week is >= 1 and <= 53 && week <= System.Globalization.ISOWeek.GetWeeksInYear(year)
                && DateOnly.FromDateTime(System.Globalization.ISOWeek.ToDateTime(year, week, DayOfWeek.Monday)) > dct;
        int month = 1, day = 1;
        if (v.Length >= 7 && v[4] == '-' && !int.TryParse(v.AsSpan(5, 2), out month)) return false;
        if (v.Length >= 10 && v[7] == '-' && !int.TryParse(v.AsSpan(8, 2), out day)) return false;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        return new DateOnly(year, month, day) > dct;
    }

    /// <summary>Adds a mention to the event it refers to, or starts a new event.</summary>
    /// <summary>How many body sentences back a mention may link to an earlier event.</summary>
    private const int LinkWindowSentences = 60;

    /// <summary>An event stops absorbing mentions past this many (no article repeats one event more), which bounds linking work.</summary>
    private const int MaxMentionsPerEvent = 32;

    private static void Link(MentionDraft d, List<EventCluster> clusters, List<EventCluster> all, List<int> bodySentences, int bodyIndex, DocumentIndex x)
    {
        // A label describing an attack of its sentence is a mention of that attack's event (linked before it: see Find).
        if (d.Describes is { } described && clusters.Find(c => c.Mentions.Contains(described)) is { } host && host.Mentions.Count < MaxMentionsPerEvent)
        {
            host.Mentions.Add(d);
            host.Mentions.Sort((a, b) => a.First.CompareTo(b.First));
            return;
        }
        if (FramedMainMeeting(d, clusters, x) is { } main)
        {
            main.Mentions.Add(d);
            main.Mentions.Sort((a, b) => a.First.CompareTo(b.First));
            return;
        }
        if (d.IsAnaphoric)
        {
            // The nearest previous sentence holding a compatible event of the type; its first such event.
            for (int back = d.IsOccasion ? 1 : 0; back <= 3 && bodyIndex - back >= 0; back++)
            {
                int si = bodySentences[bodyIndex - back];
                // The compatible event whose first mention in that sentence comes first (the earliest listed on ties).
                EventCluster? found = null;
                int foundFirst = int.MaxValue;
                foreach (var c in clusters)
                {
                    if (!HasMentionIn(c, si, back > 0 ? int.MaxValue : d.First) || !RefersBackTo(c)) continue;
                    int first = FirstMentionIn(c, si);
                    if (first < foundFirst) { found = c; foundFirst = first; }
                }
                if (found is not null)
                {
                    // "Turkish air strikes hit Zakho ... The PKK fired rockets at Hakkari ... Two shepherds were killed in the
                    // air strikes": a toll goes to an earlier attack in reach whose noun it repeats, where the nearest does not.
                    if (d.Type == EventType.Attack && d.HasCasualties && !RepeatsNoun(found, d, x)
                        && clusters.FindLast(c => c != found && RepeatsNoun(c, d, x) && SentencesApart(c, d) <= 3 && RefersBackTo(c)) is { } echoed)
                        found = echoed;
                    // "A suicide bomber killed 12 people on Monday ... Last month, a convoy was ambushed ... The government
                    // condemned the attack": a bare attack noun after a background attack dated before the story's first
                    // attack is the story's attack (not when it repeats the background attack's own noun: "the ambush").
                    if (d.Type == EventType.Attack && StoryAttackPast(found) is { } story) found = story;
                    found.Mentions.Add(d);
                    return;
                }
            }
        }
        // ("held talks with Suzuki on the sidelines of the meeting": the meeting is not the talks held before it in its sentence.)
        var heldThere = d.IsOccasion ? clusters.Find(c => c.Type == EventType.Meeting && HasMentionIn(c, d.Sentence, d.First)) : null;
        if (d.Type != EventType.Statement && !d.IsDistinct)
        {
            var matches = new List<(EventCluster Cluster, int Score)>();
            var who = Who(d);
            var theirs = new List<Actor>(); // reused for every cluster
            foreach (var c in clusters)
            {
                if (c.Type != d.Type || c.Status != d.Status || c.Mentions.Count >= MaxMentionsPerEvent || c == heldThere) continue;
                if (!EventCluster.DatesCompatible(c.Date, d.Date) || !EventCluster.PlacesCompatible(c.Location, d.Location)) continue;
                // ("The Mahdi Army attacked a police station in Basra ... A roadside bomb killed two soldiers in Basra": a town
                // shared by a raid and a bombing does not make them one attack; kinds that conflict keep them apart here as in Coreferent.)
                if (d.Type == EventType.Attack && (!CountsCompatible(c, d) || PluralForSingleVictim(c, d, x) || IsCoordinatedAct(c, d, x) || ExchangeConflict(c, d, x) || AbductionConflict(c, d, x) || RolesDisagree(c, d) || KindsConflict(AttackFamily(d.AttackType), AttackFamilies(c)))) continue;
                if (d.Type == EventType.Meeting && MeetsOtherPartyInSentence(c, d)) continue;
                int shared = d.Type == EventType.Attack ? SharedAttackParties(UnionWho(c, theirs), who) : EventCluster.SharedParties(UnionWho(c, theirs), who);
                bool sameWhen = EventCluster.DatesEqual(c.Date, d.Date);
                bool sameWhere = EventCluster.PlacesEqual(c.Location, d.Location);
                bool evidence = d.Type == EventType.Attack
                    ? (sameWhere && (sameWhen || ((c.Date is null || d.Date is null) && !(shared == 0 && StrangersApart(c, d, who, theirs, x))))) || (sameWhen && shared > 0)
                    : shared >= 2 || (shared >= 1 && (sameWhen || sameWhere || NamesCounterpart(c, d, theirs)));
                if (evidence) matches.Add((c, shared + (sameWhen ? 4 : 0) + (sameWhere ? 2 : 0)));
            }
            if (matches.Count > 0)
            {
                // The best supported event takes the mention; others join it when everything still agrees.
                var ordered = matches.OrderByDescending(m => m.Score).Select(m => m.Cluster).ToList();
                var target = ordered[0];
                target.Mentions.Add(d);
                foreach (var other in ordered.Skip(1))
                {
                    if (!EventCluster.DatesCompatible(target.Date, other.Date) || !EventCluster.PlacesCompatible(target.Location, other.Location)) continue;
                    // ("killed a party member after kidnapping him in Mosul ... the bombings": the killing and the kidnapping it
                    // followed stay two attacks even when a later mention matches both.)
                    if (d.Type == EventType.Attack && other.Mentions.Exists(m => AbductionConflict(target, m, x))) continue;
                    target.Mentions.AddRange(other.Mentions);
                    clusters.Remove(other);
                    all.Remove(other);
                }
                target.Mentions.Sort((a, b) => a.First.CompareTo(b.First));
                return;
            }
        }
        if (d.Type != EventType.Statement && !d.IsDistinct && Coreferent(d, clusters, x, heldThere) is { } same)
        {
            // ("The father criticized how the meeting was handled": a critic met nobody, see OnlyClauseParties. Not "Peru's
            // Ortega signed an accord after the talks" of Peru and Chile: parties of the meeting's countries are its own.)
            if (d.Type == EventType.Meeting && Who(d) is { Count: > 0 } mine && UnionWho(same, new List<Actor>()) is var theirs
                && EventCluster.SharedParties(theirs, mine) == 0 && !IsNearRepeat(d, same, mine) && !AllFromCountriesOf(mine, theirs, x) && OnlyClauseParties(d, mine, x)
                // ("Burns was also expected to attend the talks": the subject of an occasion word before the noun takes part.)
                && !AfterOccasionFrame(d, x))
                d.Participants.Clear();
            same.Mentions.Add(d);
            same.Mentions.Sort((a, b) => a.First.CompareTo(b.First));
            return;
        }
        if (d.Type == EventType.Attack && d.Attackers.Count == 0 && IsExchange(d, x))
        {
            // "The exchange of fire": both sides are the attackers of the attacks just reported.
            foreach (var c in clusters)
                if (c.Type == EventType.Attack && SentencesApart(c, d) <= 3)
                    foreach (var m in c.Mentions)
                        foreach (var a in m.Attackers) MentionDraft.AddActor(d.Attackers, a);
        }
        var created = new EventCluster(d);
        clusters.Add(created);
        all.Add(created);

        // The story's first attack, when the bare definite attack noun would refer back to a background attack dated before
        // it (and not by that attack's own word); else null.
        EventCluster? StoryAttackPast(EventCluster background)
        {
            if (d.AnchorIsVerb || !d.IsDefinite || d.Date is not null || d.Location is not null || d.HasCasualties || d.Attackers.Count > 0 || d.Targets.Count > 0
                || background.Date is not { } backgroundDate || SharesStem(background)) return null;
            EventCluster? first = null;
            int firstStart = int.MaxValue;
            foreach (var c in clusters)
                if (c.Type == EventType.Attack && c.Mentions[0].First < firstStart) { first = c; firstStart = c.Mentions[0].First; }
            return first is not null && first != background && first.Date is { } storyDate && !EventCluster.DatesCompatible(backgroundDate, storyDate)
                && string.CompareOrdinal(backgroundDate.Value, storyDate.Value) < 0 && RefersBackTo(first) ? first : null;
        }

        // ("ambushed ... the ambush": a word of the background attack that starts with the mention's head noun.)
        bool SharesStem(EventCluster c)
        {
            string head = HeadNoun(d, x);
            foreach (var m in c.Mentions)
                foreach (var tr in m.Triggers)
                    if (x.Lower(tr.FirstToken + tr.TokenCount - 1).StartsWith(head, StringComparison.Ordinal)) return true;
            return false;
        }

        bool RefersBackTo(EventCluster c)
        {
            if (c.Type != d.Type || c.Mentions.Count >= MaxMentionsPerEvent) return false;
            if (!EventCluster.DatesCompatible(c.Date, d.Date) || !EventCluster.PlacesCompatible(c.Location, d.Location)) return false;
            if (c.Status != d.Status && d.Status == EventStatus.Occurred) return false;
            // ("X did not meet Y ... the meeting would be followed by": no meeting that did not happen is referred back to.)
            if (c.Status == EventStatus.Negated && d.Status != EventStatus.Negated) return false;
            // "the blast" does not refer back to a raid: attack kinds must not conflict.
            return !(d.Type == EventType.Attack && (KindsConflict(AttackFamily(d.AttackType), AttackFamilies(c)) || SpecificKindsDiffer(c, d) || ExchangeConflict(c, d, x) || AbductionConflict(c, d, x) || PluralForSingleVictim(c, d, x)));
        }
    }

    /// <summary>
    /// "Qureshi met Wardak on Monday and later held talks with Nazari", "Ross met Netanyahu and then drove to Gaza for
    /// talks with Arafat": two meeting mentions of one sentence, at least one a verb, each with a party the other lacks,
    /// are two meetings of the party they share, however their dates agree. (A meeting verb and the noun of its own
    /// "for" phrase were joined before, within the sentence.)
    /// </summary>
    private static bool MeetsOtherPartyInSentence(EventCluster c, MentionDraft d)
    {
        if (d.Participants.Count < 2) return false;
        foreach (var m in c.Mentions)
        {
            if (m.Sentence != d.Sentence || !(m.AnchorIsVerb || d.AnchorIsVerb) || m.Participants.Count < 2) continue;
            int shared = EventCluster.SharedParties(m.Participants, d.Participants);
            if (shared < m.Participants.Count && shared < d.Participants.Count) return true;
        }
        return false;
    }

    /// <summary>
    /// "Zarif will visit Ankara next week ... Zarif is expected to meet his Turkish counterpart", "Jeffrey was in Ankara
    /// for talks ... Jeffrey met Deputy Foreign Minister Onal": a meeting mention right after a meeting of one party alone
    /// (a visit, a trip for talks), naming that party, someone else and no time or place of its own, names whom the
    /// traveller met there. (Not after a meeting of two: "X met Y ... X also met Z" are two meetings.)
    /// </summary>
    private static bool NamesCounterpart(EventCluster c, MentionDraft d, List<Actor> theirs) =>
        d.Type == EventType.Meeting && theirs.Count == 1 && d.Participants.Count >= 2 && d.Date is null && d.Location is null
        && SentencesApart(c, d) <= 1;

    /// <summary>"were killed in the strikes": a noun trigger of the mention (not only its first) opened by "the"/"this" past its modifiers.</summary>
    private static bool HasDefiniteNounTrigger(MentionDraft d, DocumentIndex x)
    {
        var s = x.Document.Sentences[d.Sentence];
        foreach (var t in d.Triggers)
        {
            if (x.IsVerb(t.FirstToken)) continue;
            int i = t.FirstToken - 1;
            for (int n = 0; i >= s.FirstToken && n < 3 && x.Pos(i) is UniversalPos.ADJ or UniversalPos.NOUN; n++) i--;
            if (i >= s.FirstToken && x.Pos(i) == UniversalPos.DET && x.Cues.AnaphoricDeterminers.Contains(x.Lower(i))) return true;
        }
        return false;
    }

    /// <summary>True when <paramref name="c"/> has a mention in sentence <paramref name="si"/> ending before token <paramref name="before"/>.</summary>
    private static bool HasMentionIn(EventCluster c, int si, int before)
    {
        foreach (var m in c.Mentions)
            if (m.Sentence == si && m.Last < before) return true;
        return false;
    }

    /// <summary>The first token of <paramref name="c"/>'s first mention in sentence <paramref name="si"/>.</summary>
    private static int FirstMentionIn(EventCluster c, int si)
    {
        int first = int.MaxValue;
        foreach (var m in c.Mentions)
            if (m.Sentence == si) first = Math.Min(first, m.First);
        return first;
    }

    /// <summary>Bit set of the attack families (see <see cref="AttackFamily"/>) of a cluster's mentions, unknown left out.</summary>
    private static int AttackFamilies(EventCluster c)
    {
        int families = 0;
        foreach (var m in c.Mentions)
            if (AttackFamily(m.AttackType) is var k and not 0) families |= 1 << k;
        return families;
    }

    /// <summary>"A sniper shot a doctor ... a nurse injured in the clinic bombing": a shooting and a bombing are two attacks unless something else ties them.</summary>
    private static bool SpecificKindsDiffer(EventCluster c, MentionDraft d)
    {
        if (d.AttackType is not (AttackType.Bombing or AttackType.Shooting)) return false;
        bool same = false, other = false;
        foreach (var m in c.Mentions)
        {
            if (m.AttackType == d.AttackType) same = true;
            else if (m.AttackType is AttackType.Bombing or AttackType.Shooting) other = true;
        }
        return other && !same;
    }

    /// <summary>True when a mention's attack family and a cluster's families (<see cref="AttackFamilies"/>) are both known and share nothing.</summary>
    private static bool KindsConflict(int kind, int clusterKinds) => kind != 0 && clusterKinds != 0 && (clusterKinds & (1 << kind)) == 0;

    /// <summary>
    /// "The meeting comes amid tensions over trade": a definite meeting noun naming no party, date or place of its own, before
    /// a framing phrase (framing-phrases.txt), is the article's main meeting, the first one reported (whatever its status),
    /// not the latest, which is often a past meeting told as background. Null when the mention is not so framed.
    /// </summary>
    private static EventCluster? FramedMainMeeting(MentionDraft d, List<EventCluster> clusters, DocumentIndex x)
    {
        if (d.Type != EventType.Meeting) return null;
        if (d.AnchorIsVerb || !d.IsDefinite || d.Date is not null || d.Location is not null || d.Participants.Count > 0) return null;
        if (!AnyPhraseAt(x.Cues.FramingPhrases, d.Last + 1, x.Document.Sentences[d.Sentence].EndToken, x)) return null;
        EventCluster? first = null;
        int firstStart = int.MaxValue;
        foreach (var c in clusters)
        {
            if (c.Type != EventType.Meeting || c.Mentions.Count >= MaxMentionsPerEvent) continue;
            foreach (var m in c.Mentions)
                if (m.First < firstStart) { firstStart = m.First; first = c; }
        }
        return first;
    }

    /// <summary>True when sentence <paramref name="s"/> opens with a same-day opener ("Hours later", same-day-openers.txt).</summary>
    private static bool OpensSameDay(Text.Sentence s, DocumentIndex x) => AnyPhraseAt(x.Cues.SameDayOpeners, s.FirstToken, s.EndToken, x);

    /// <summary>
    /// The days a sentence-opening "N days later" / "a week later" puts after the event told before (a DURATION timex
    /// "P2D" or "P1W" ending in "later"), or null when the sentence opens otherwise.
    /// </summary>
    private static (int Days, Timex Opener)? OpeningOffsetDays(Text.Sentence s, DocumentIndex x)
    {
        if (x.TimexAt(s.FirstToken) is not { Type: TimexType.Duration } t || x.Span(s.FirstToken, s.FirstToken).Start != t.Span.Start) return null;
        return t.Text.EndsWith("later", StringComparison.OrdinalIgnoreCase) ? OffsetDays(t) : null;
    }

    /// <summary>The whole days (1 to <see cref="MaxOffsetDays"/>) duration <paramref name="t"/> counts ("P2D", "P1W"), with the timex; null otherwise.</summary>
    private static (int Days, Timex Opener)? OffsetDays(Timex t)
    {
        var v = t.Value.AsSpan();
        if (v.Length < 3 || v[0] != 'P' || !int.TryParse(v[1..^1], System.Globalization.NumberStyles.None, null, out int n)) return null;
        int days = v[^1] switch { 'D' => n, 'W' => 7 * n, _ => -1 };
        return days is >= 1 and <= MaxOffsetDays ? (days, t) : null;
    }

    /// <summary>
    /// The days an "N days later" / "a week later" right after verb mention <paramref name="d"/> (within a few words of its
    /// clause, before any comma, quote or other verb) puts after the event told before, or null.
    /// </summary>
    private static (int Days, Timex Opener)? OffsetDaysAfter(MentionDraft d, Text.Sentence s, DocumentIndex x)
    {
        for (int k = d.Last + 1; k < s.EndToken && k - d.Last <= 6; k++)
        {
            if (x.TimexAt(k) is { Type: TimexType.Duration } t && x.Span(k, k).Start == t.Span.Start)
                return t.Text.EndsWith("later", StringComparison.OrdinalIgnoreCase) ? OffsetDays(t) : null;
            if (x.IsPunct(k) || x.IsQuote(k) || x.IsBoundary(k) || (x.IsVerb(k) && x.Pos(k) != UniversalPos.AUX)) return null;
        }
        return null;
    }

    /// <summary>The longest "N days later" offset read as a calendar day (beyond it, "months later" is a vaguer span).</summary>
    private const int MaxOffsetDays = 31;

    /// <summary>The day <paramref name="offset"/> days after <paramref name="from"/> (a yyyy-MM-dd date), dated at the opener's text.</summary>
    private static Timex? ShiftedDay(Timex from, (int Days, Timex Opener) offset)
    {
        if (!DateOnly.TryParseExact(from.Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)) return null;
        var o = offset.Opener;
        return new Timex(o.Span, o.Text, TimexType.Date, day.AddDays(offset.Days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), TimexMod.None, o.Sentence);
    }

    /// <summary>True when one of <paramref name="phrases"/> starts at token <paramref name="at"/> and ends before <paramref name="end"/>.</summary>
    private static bool AnyPhraseAt(List<string[]> phrases, int at, int end, DocumentIndex x)
    {
        foreach (var phrase in phrases)
            if (x.MatchAt(at, phrase, end) > 0) return true;
        return false;
    }

    /// <summary>The calendar day (yyyy-MM-dd) of the occurred event mentioned last among <paramref name="clusters"/> that has one, or null.</summary>
    private static Timex? LatestOccurredDay(List<EventCluster> clusters)
    {
        Timex? day = null;
        int latest = int.MinValue;
        foreach (var c in clusters)
            if (c.Status == EventStatus.Occurred && c.Date is { Type: TimexType.Date } t && t.Value.Length == 10 && char.IsDigit(t.Value[9])
                && LastMentionStart(c) is var start && start > latest) { day = t; latest = start; }
        return day;
    }

    /// <summary>The mention of <paramref name="c"/> that starts last (a cluster always holds one).</summary>
    private static MentionDraft LastMention(EventCluster c)
    {
        var last = c.Mentions[0];
        foreach (var m in c.Mentions)
            if (m.First > last.First) last = m;
        return last;
    }

    /// <summary>How many attack events have a mention in sentence <paramref name="si"/>.</summary>
    private static int AttacksInSentence(List<EventCluster> clusters, int si)
    {
        int n = 0;
        foreach (var c in clusters)
            if (c.Type == EventType.Attack && HasMentionIn(c, si, int.MaxValue)) n++;
        return n;
    }

    /// <summary>The first token of the mention of <paramref name="c"/> that starts last.</summary>
    private static int LastMentionStart(EventCluster c) => LastMention(c).First;

    private static int CountAttacks(List<EventCluster> clusters)
    {
        int n = 0;
        foreach (var c in clusters) if (c.Type == EventType.Attack) n++;
        return n;
    }

    /// <summary>
    /// A later mention that names no new party, time or place of its own usually repeats the event already being
    /// reported ("the bombing", "the talks", "were killed"): an attack mention joins the most recent attack of a
    /// compatible kind (bombing and terrorist attack vs. military strike vs. cyber-attack) whose date, place and
    /// parties do not disagree, when both name a place, the same date or parties, or the mention is a definite description naming nothing ("the bombing"); a noun meeting mention ("the talks") joins the most recent meeting named by
    /// the same noun whose date, place and parties do not disagree, whatever its status ("resuming talks" are the
    /// talks "cut off" earlier). Verb meeting mentions ("met", "visited") are new events unless the overlap rules
    /// above link them.
    /// </summary>
    private static EventCluster? Coreferent(MentionDraft d, List<EventCluster> clusters, DocumentIndex x, EventCluster? heldThere)
    {
        EventCluster? best = null;
        EventCluster? lone = null; // an attack the mention could repeat though nothing ties them
        int candidates = 0;
        int bestScore = int.MinValue, bestRecent = -1;
        IReadOnlyList<Actor>? mine = null; // the mention's own parties, read once and only when a cluster needs them
        IReadOnlyList<Actor>? tying = null; // those of them that can tie it to an attack (see TyingParties)
        string? head = null;
        List<Actor>? buffer = null;
        // The attack mentioned last: a definite weapon's impact right after it is its fire landing (see "weaponLanded").
        EventCluster? newestAttack = null;
        if (d.Type == EventType.Attack)
        {
            int newestStart = int.MinValue;
            foreach (var c in clusters)
                if (c.Type == EventType.Attack && LastMentionStart(c) is var start && start > newestStart) { newestAttack = c; newestStart = start; }
        }
        // ("Warplanes struck targets after rebels fired rockets ... The air raids destroyed a depot": with two attacks in
        // the latest attack's sentence, "the" attack noun may be either.)
        // "The shelling hit …" (see "attackLanded"), read once for the mention, not per cluster.
        bool impact = d.Type == EventType.Attack && d.Date is null && IsDefiniteAttackImpact(d, x);
        bool newestAlone = impact && newestAttack is not null && AttacksInSentence(clusters, LastMention(newestAttack).Sentence) == 1;
        // The same attack, when a definite casualty report right after it counts its dead or a fight noun goes on from it
        // (see "toll" and "ensuing" below).
        bool fightNoun = d.Type == EventType.Attack && !d.AnchorIsVerb && x.Cues.MutualCombatWords.Contains(HeadNoun(d, x));
        var latestAttack = d.Type == EventType.Attack && ((d.HasCasualties && (d.IsDefinite || HasDefiniteNounTrigger(d, x))) || fightNoun) ? newestAttack : null;
        foreach (var c in clusters)
        {
            if (c.Type != d.Type || c.Mentions.Count >= MaxMentionsPerEvent || c == heldThere) continue;
            if (!EventCluster.DatesCompatible(c.Date, d.Date) || !EventCluster.PlacesCompatible(c.Location, d.Location)) continue;
            mine ??= Who(d);
            tying ??= TyingParties(d, mine, x);
            var theirs = UnionWho(c, buffer ??= new List<Actor>());
            // "Solheim blamed the collapse of the talks", "Holt, who brokered the meeting": a definite generic meeting noun
            // naming at most one party, right after a meeting reported in other words, is that meeting.
            if (d.Type == EventType.Meeting && (IsBackReference(d, c, mine, x) || JoinsMeeting(d, c, x)))
            {
                int recentBack = LastMentionStart(c);
                // (Below a meeting named by the same noun, which scores 0.)
                if (-1 > bestScore || (-1 == bestScore && recentBack > bestRecent)) { best = c; bestScore = -1; bestRecent = recentBack; }
                continue;
            }
            // (An attacker named for an attack whose attacker was unknown shares nothing with its targets, yet adds to it.)
            bool onlyNewAttacker = d.Type == EventType.Attack && d.Targets.Count == 0 && !HasAttackers(c);
            // "Gunmen opened fire ... A group claimed responsibility for the attack": a definite mention naming the
            // attacker of a recent attack whose attackers were unnamed ("gunmen", "militants").
            bool namesUnnamed = d.Type == EventType.Attack && d.IsDefinite && d.Targets.Count == 0 && !HasNamedAttackers(c, x);
            // "Rebels fired a missile at a Saudi city ... The missile struck a power station": "the" weapon that hit something,
            // right after the latest attack, is that attack's fire landing, whatever new target it names.
            bool weaponLanded = d.Type == EventType.Attack && c == newestAttack && SentencesApart(c, d) <= 1 && IsDefiniteWeaponImpact(d, x);
            // "Russian forces shelled Kharkiv ... The shelling hit a residential district": "the" attack noun opening the next
            // sentence with an impact verb tells what the latest attack hit, not a new attack.
            bool attackLanded = impact && c == newestAttack && newestAlone && SentencesApart(c, d) <= 1;
            weaponLanded |= attackLanded;
            // "A car bomb exploded outside a hotel ... Gunmen then stormed the building": the next step of the latest attack.
            bool sequel = d.Type == EventType.Attack && c == newestAttack && SentencesApart(c, d) <= 1 && d.Date is null && d.Location is null && IsSequelVerb(d, x);
            if (mine.Count > 0 && theirs.Count > 0 && !weaponLanded && !sequel
                && (d.Type == EventType.Attack ? SharedAttackParties(theirs, tying) : EventCluster.SharedParties(theirs, mine)) == 0 && !onlyNewAttacker && !namesUnnamed
                && !(d.Type == EventType.Attack && RolesApart(c, d)) && !IsDefiniteRepeat(d, c, mine, x)) continue;
            int score;
            if (d.Type == EventType.Attack)
            {
                // ("If he were convicted on murder charges": the crime a charge names happened, whatever the charge's mood.)
                if (c.Status != d.Status && !d.IsAnaphoric && !(c.Status == EventStatus.Occurred && IsChargedCrime(d, x))) continue;
                if (IsCoordinatedAct(c, d, x) || ExchangeConflict(c, d, x) || AbductionConflict(c, d, x) || PluralForSingleVictim(c, d, x) || OtherSide(c, d, x)
                    || ClashOfStrangers(c, d, tying, theirs, x)) continue;
                // Counts are not compared: later mentions often count a subset ("twelve Americans were killed") or an updated toll.
                var kind = AttackFamily(d.AttackType);
                int clusterKinds = AttackFamilies(c);
                bool sharesKind = kind != 0 && (clusterKinds & (1 << kind)) != 0;
                // ("Troops killed three gunmen in a raid … Abbas condemned the raid": a noun the attack was already named by ties
                // it whatever kind each mention was read as.)
                if (KindsConflict(kind, clusterKinds) && !(d.IsDefinite && !d.AnchorIsVerb && NamedBySameNoun(c, d, x)) && !attackLanded) continue;
                // Something ties them, or the mention adds nothing that could set it apart ("the bombing").
                bool bare = d.IsDefinite && mine.Count == 0 && d.Date is null && d.Location is null && !d.HasCasualties;
                // "Al-Shabaab claimed responsibility for the attack": a definite mention that only adds the attacker of a
                // recent attack whose attacker was unknown.
                bool claimed = d.IsDefinite && (onlyNewAttacker || namesUnnamed) && d.Date is null && d.Location is null && !d.HasCasualties && SentencesApart(c, d) <= 2;
                // (Two places tie only when one is the other or holds it: "Mosul" and "Suwayrah" are two towns, even where the
                // gazetteer gives one of them no country. A city and its suburb neither tie nor differ: parties must tie them.)
                // Parties tie when one is shared, or when one mention names only the attacker and the other only the target,
                // close by and not set in two places ("Talal Husain was assassinated in the Salikh district" five sentences
                // after "Guerrillas killed a party member in Mosul" is another attack).
                bool placesDiffer = d.Location is not null && c.Location is not null && !PlacesTie(c.Location, d.Location) && !EventCluster.WithinSuburbReach(c.Location, d.Location);
                // (Not a mention that introduces its attack with "a"/"an": "Taliban fighters launched an offensive ... A
                // roadside bomb hit a police vehicle" reports another attack. In two places, a party the mention introduces with
                // "a"/"an" ties nothing: "their patrol near Ramadi" and "a British patrol in Basra" are two patrols.)
                // An attack introduced with "a"/"an" in a place of its own, after one reported with none ("the Israeli
                // assassination of Yassin in March ... An Israeli air strike on a car in Gaza City killed two militants"), is
                // a new scene: a shared attacker or an equal toll does not make it the earlier attack. (Nor does a toll
                // counted in another place: "shot dead two militants near Jenin ... A bomb killed two children in Baghdad".)
                bool newScene = d.Location is not null && c.Location is null && IsIndefinite(d, x);
                bool partiesTie = tying.Count > 0 && theirs.Count > 0 && !namesUnnamed && !newScene
                    && (SharedInRole(c, d, tying, newcomersTie: !placesDiffer) || (RolesApart(c, d) && !placesDiffer && SentencesApart(c, d) <= 3 && !IsIndefinite(d, x) && !NamesNewVictim(d)));
                bool tied = PlacesTie(c.Location, d.Location) || EventCluster.DatesEqual(c.Date, d.Date) || partiesTie || (SameToll(c, d) && !newScene && !placesDiffer);
                // Two mentions of one specific kind (two cyber-attack or two bombing mentions) a few sentences apart.
                // (Not when each names a place and the places differ: "two car bombs were found in Suwayrah" after bombings in Mosul.)
                // (Nor an attack noun naming a new victim, after an attack that named only its attackers: see NamesNewVictim.
                // A verb may tell where that attack's fire landed: "Militants launched rockets ... A rocket hit a school".)
                bool sameKind = sharesKind && SentencesApart(c, d) <= 3 && !SpecificKindsDiffer(c, d) && !placesDiffer
                    && !(!d.AnchorIsVerb && RolesApart(c, d) && NamesNewVictim(d));
                // A casualty report ("40 people were reported killed in riots") naming nothing that sets it apart is the
                // toll of the article's only attack so far. (Not any bare mention: each side's fire in an exchange is its own attack.)
                bool only = mine.Count == 0 && d.Date is null && d.Location is null && ReportsCasualties(d, x)
                    && CountAttacks(clusters) == 1;
                // "He was charged with murder": the crime a charge names is an attack already reported.
                bool charged = mine.Count == 0 && d.Date is null && d.Location is null && !d.HasCasualties && IsChargedCrime(d, x);
                // "a possible raid on the rebels ... can expect air raids": a threatened or planned attack that names
                // nothing of its own, a few sentences after one of the same status, is that attack again.
                bool pending = d.Status is EventStatus.Hypothetical or EventStatus.Planned && c.Status == d.Status && mine.Count == 0
                    && d.Date is null && d.Location is null && !d.HasCasualties && SentencesApart(c, d) <= 3;
                // "denounced the killing of X", "mourned the bombing victims": a known attack named inside another clause,
                // whose parties do not disagree, is the attack already reported.
                // (A place of its own must be the attack's: "the Tanzania blast" is not the Nairobi bombing.)
                bool known = d.ReferenceStart >= 0 && d.IsDefinite && d.Date is null && CountsCompatible(c, d)
                    && (d.Location is null || EventCluster.PlacesEqual(c.Location, d.Location))
                    && (mine.Count == 0 || theirs.Count == 0 || SharedInRole(c, d, mine));
                // "Israeli jets struck back ... A boy was killed and three people were wounded in the strikes": a definite
                // mention counting casualties, naming no attacker, date or place of its own, in the sentence after the
                // latest attack, is that attack's toll (not an earlier attack of the same kind).
                bool toll = c == latestAttack && d.Attackers.Count == 0 && d.Date is null && d.Location is null && SentencesApart(c, d) <= 1;
                // "Israeli strikes hit Khiam ... Hezbollah fired rockets at Metula ... two civilians were killed in the strikes":
                // a toll that repeats the noun of an earlier attack, and not the latest one's, is the earlier attack's.
                bool echo = latestAttack is not null && c != latestAttack && d.Attackers.Count == 0 && d.Date is null && d.Location is null
                    && SentencesApart(c, d) <= 2 && RepeatsNoun(c, d, x) && !RepeatsNoun(latestAttack, d, x);
                // "Gunmen opened fire on a checkpoint ... the attackers fled after a two-hour gunfight": a fight noun naming
                // no party, date, place or toll of its own, soon after an attack, is how that attack went on.
                bool ensuing = fightNoun && c == latestAttack && mine.Count == 0 && d.Date is null && d.Location is null && !d.HasCasualties
                    && SentencesApart(c, d) <= 2;
                if (!bare && !tied && !sameKind && !only && !claimed && !charged && !pending && !known && !toll && !ensuing && !echo && !sequel && !attackLanded)
                {
                    // An attack the mention could repeat though nothing ties them (see the end). (A place or date the attack
                    // lacks may be another attack's: "the Tanzania blast" after an undated, unplaced bombing.)
                    // (Nor one brought in by an attacker of its own, named only by a common noun: "Guerrillas killed an engineer"
                    // after an assassination reports another killing.)
                    if (!SpecificKindsDiffer(c, d) && !(d.Location is not null && c.Location is null) && !(d.Date is not null && c.Date is null)
                        && tying.Count == mine.Count && LoneReach(c, d, mine, x))
                    {
                        lone = c;
                        candidates++;
                    }
                    continue;
                }
                score = echo ? 3 : toll || ensuing || sequel || attackLanded ? 2 : sharesKind ? 1 : 0;
            }
            else
            {
                if (d.AnchorIsVerb) return null;
                head ??= HeadNoun(d, x);
                if (!HasNounMention(c, head, x)) continue;
                // "In July 1997, at a summit in Madrid": an indefinite noun with its own date or place introduces a
                // new meeting; it does not repeat the summit reported before.
                if ((d.Date is not null || d.Location is not null) && IsIndefinite(d, x)) continue;
                // "Balasingham and Solheim held closed-door talks ... the current peace talks": a whole compound repeated
                // names the earlier "peace talks", not the latest event whose noun only shares the head.
                score = RepeatsCompound(c, d, x) ? 1 : 0;
            }
            // Same kind first, then the most recently mentioned event.
            int recent = LastMentionStart(c);
            if (score > bestScore || (score == bestScore && recent > bestRecent)) { best = c; bestScore = score; bestRecent = recent; }
        }
        // "Slepian was killed by a sniper ... Slepian was shot to death at his home": a later mention whose date, place,
        // parties and kind disagree with one reported attack only (all checked above), and that does not set itself apart
        // as a new one ("a second shooting"), is that attack again. (Not a plural noun: "violent attacks against doctors"
        // are more than one attack; nor a bare noun naming no party: "residents worry about attempted murder" speaks of a
        // kind of crime.)
        if (best is null && candidates == 1 && d.Type == EventType.Attack && !IsIndefinite(d, x)
            && (d.AnchorIsVerb || (!IsBareNoun(d, x) && !DocumentIndex.LooksPlural(HeadNoun(d, x)))))
            return lone;
        return best;
    }

    /// <summary>
    /// "Leaders of Ghana and Togo held a summit in Lome ... Benin's president told the summit that": the meeting's own noun
    /// after "the", with one party and no date or place of its own, in the sentence of that meeting or the two after it,
    /// is that meeting again, the party one more of it. So is such a noun anywhere later, of the meeting's status, whose
    /// parties are all the subject of another act (<see cref="OnlyClauseParties"/>).
    /// </summary>
    private static bool IsDefiniteRepeat(MentionDraft d, EventCluster c, IReadOnlyList<Actor> mine, DocumentIndex x) =>
        d.Type == EventType.Meeting && !d.AnchorIsVerb && d.IsDefinite && d.Date is null && d.Location is null
        && (IsNearRepeat(d, c, mine) || (c.Status == d.Status && OnlyClauseParties(d, mine, x))) && HasNounMention(c, HeadNoun(d, x), x);

    private static bool IsNearRepeat(MentionDraft d, EventCluster c, IReadOnlyList<Actor> mine) => mine.Count == 1 && SentencesApart(c, d) <= 2;

    /// <summary>
    /// "Gunmen then stormed the building": a verb mention whose verb (past its auxiliaries) follows a sequel adverb
    /// (sequel-adverbs.txt).
    /// </summary>
    private static bool IsSequelVerb(MentionDraft d, DocumentIndex x)
    {
        if (!d.AnchorIsVerb) return false;
        int first = x.Document.Sentences[d.Sentence].FirstToken;
        int i = d.Anchor - 1;
        while (i > first && x.Pos(i) == UniversalPos.AUX) i--;
        return i > first && x.Cues.SequelAdverbs.Contains(x.Lower(i));
    }

    /// <summary>
    /// "The missile struck a power station", "The shells hit a school": an impact verb (attack-impact-verbs.txt) opening
    /// the sentence's clause with a subject of "the" and nouns that name no party and no one who attacks.
    /// </summary>
    private static bool IsDefiniteWeaponImpact(MentionDraft d, DocumentIndex x)
    {
        if (!d.AnchorIsVerb || d.Attackers.Count > 0 || d.Triggers.Count != 1 || d.Triggers[0].TokenCount != 1) return false;
        string verb = x.Lower(d.First);
        if (!x.Cues.AttackImpactVerbs.Exists(v => v.Length == 1 && v[0] == verb)) return false;
        var s = x.Document.Sentences[d.Sentence];
        int i = d.First - 1;
        if (i < s.FirstToken || x.Pos(i) != UniversalPos.NOUN || x.UnitAt(i) is not null) return false;
        while (i > s.FirstToken && x.Pos(i - 1) is UniversalPos.NOUN or UniversalPos.ADJ && x.UnitAt(i - 1) is null) i--;
        return i - 1 == s.FirstToken && x.Cues.AnaphoricDeterminers.Contains(x.Lower(i - 1));
    }

    /// <summary>
    /// "The shelling hit a residential district", "The air strike targeted a rocket-launching cell": an attack noun mention
    /// naming no attacker, after "the" (and its modifiers) opening the sentence, right before an impact verb
    /// (attack-impact-verbs.txt).
    /// </summary>
    private static bool IsDefiniteAttackImpact(MentionDraft d, DocumentIndex x)
    {
        if (d.AnchorIsVerb || d.Attackers.Count > 0 || d.Triggers.Count != 1) return false;
        var t = d.Triggers[0];
        int last = t.FirstToken + t.TokenCount - 1;
        var s = x.Document.Sentences[d.Sentence];
        if (last + 1 >= s.EndToken || x.Pos(last) != UniversalPos.NOUN) return false;
        string verb = x.Lower(last + 1);
        if (!x.Cues.AttackImpactVerbs.Exists(v => v.Length == 1 && v[0] == verb)) return false;
        int i = t.FirstToken;
        while (i > s.FirstToken && x.Pos(i - 1) is UniversalPos.NOUN or UniversalPos.ADJ && x.UnitAt(i - 1) is null) i--;
        return i - 1 == s.FirstToken && x.Cues.AnaphoricDeterminers.Contains(x.Lower(i - 1));
    }

    /// <summary>
    /// "The father criticized how the meeting was handled", "India can influence the current peace talks": parties that
    /// all stand before the meeting noun with a verb between are the subject of another act (who judges, revives or
    /// sways the meeting), not who meets, so they do not set a definite "the meeting" apart from the one reported
    /// earlier, however far back. ("The Abbas-Olmert meeting", "the talks between X and Y" name their own parties.)
    /// </summary>
    private static bool OnlyClauseParties(MentionDraft d, IReadOnlyList<Actor> mine, DocumentIndex x)
    {
        foreach (var a in mine)
        {
            var (_, last) = x.TokenRange(a.Span);
            if (last >= d.First) return false;
            bool verbBetween = false;
            for (int i = last + 1; i < d.First && !verbBetween; i++) verbBetween = x.IsVerb(i) && x.Pos(i) != UniversalPos.AUX;
            if (!verbBetween) return false;
        }
        return true;
    }

    /// <summary>
    /// True when a phrase of meeting-occasion-frames.txt ("attend", "at the end of") ends right before the noun phrase of the
    /// meeting noun <paramref name="d"/> (past its determiner, adjectives and noun modifiers).
    /// </summary>
    private static bool AfterOccasionFrame(MentionDraft d, DocumentIndex x)
    {
        int first = x.Document.Sentences[d.Sentence].FirstToken;
        int i = d.First - 1;
        for (int n = 0; i > first && n < 4 && (x.IsDeterminer(i) || x.Pos(i) is UniversalPos.ADJ or UniversalPos.NOUN or UniversalPos.NUM); n++) i--;
        return x.PhraseEndingAt(x.Cues.MeetingOccasionFrames, i, first) >= 0;
    }

    /// <summary>
    /// True when every actor of <paramref name="mine"/> has a country code that one of <paramref name="theirs"/> has (an actor's
    /// country is its own code or, for "Iran's Hossein Amirabdollahian", that of the country named before "'s").
    /// </summary>
    private static bool AllFromCountriesOf(IReadOnlyList<Actor> mine, IReadOnlyList<Actor> theirs, DocumentIndex x)
    {
        foreach (var a in mine)
        {
            string? code = a.CountryCode;
            var (first, _) = x.TokenRange(a.Span);
            if (code is null && first >= 2 && x.Lower(first - 1) is "'s" or "’s" && x.UnitAt(first - 2) is { Actors: [{ Kind: ActorKind.Country } owner, ..] })
                code = owner.CountryCode;
            if (code is null || !theirs.Any(b => b.CountryCode == code)) return false;
        }
        return true;
    }

    /// <summary>
    /// "the talks", "the meeting" (generic-meeting-nouns.txt) naming at most one party (or only parties of the meeting's
    /// countries), with no date or place of its own,
    /// in the sentence of the occurred meeting <paramref name="c"/> or the two after it, which it does not repeat by noun.
    /// </summary>
    private static bool IsBackReference(MentionDraft d, EventCluster c, IReadOnlyList<Actor> mine, DocumentIndex x)
    {
        if (d.AnchorIsVerb || !d.IsDefinite || d.Date is not null || d.Location is not null) return false;
        if (c.Status != EventStatus.Occurred || d.Status != EventStatus.Occurred || SentencesApart(c, d) > 2) return false;
        // ("Iran's X and Saudi Arabia's Y signed a statement after the talks", after "the ministers of Iran and Saudi Arabia met":
        // parties who each belong to a country of the meeting are its parties named again.)
        if (mine.Count > 1 && !AllFromCountriesOf(mine, UnionWho(c, new List<Actor>()), x)) return false;
        var head = HeadNoun(d, x);
        return x.Cues.GenericMeetingNouns.Contains(head) && !HasNounMention(c, head, x);
    }

    /// <summary>
    /// "Benin's president joined the summit from Cotonou": "the" and a meeting noun right after a joining verb
    /// (meeting-joining-verbs.txt), with no date or place of its own, in the sentence after the occurred meeting
    /// <paramref name="c"/> or in its own, names that meeting; its subject is one more party.
    /// </summary>
    private static bool JoinsMeeting(MentionDraft d, EventCluster c, DocumentIndex x)
    {
        if (d.AnchorIsVerb || d.Date is not null || d.Location is not null || c.Status != EventStatus.Occurred || SentencesApart(c, d) > 1) return false;
        int the = d.First - 1;
        return the - 1 >= 0 && x.Lower(the) == "the" && x.Cues.MeetingJoiningVerbs.Contains(x.Lower(the - 1));
    }

    /// <summary>
    /// "worry about attempted murder", "victims of terrorism": a noun trigger with nothing before it but adjectives or
    /// participles (no determiner, possessive, number or modifying noun).
    /// </summary>
    private static bool IsBareNoun(MentionDraft d, DocumentIndex x)
    {
        var s = x.Document.Sentences[d.Sentence];
        int i = d.First - 1;
        while (i >= s.FirstToken && (x.Pos(i) == UniversalPos.ADJ || x.Lower(i) is "attempted")) i--;
        if (i < s.FirstToken) return true;
        return !(x.IsDeterminer(i) || x.Lower(i) is "'s" or "’s" or "'" || x.Pos(i) is UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.NUM or UniversalPos.PRON);
    }

    /// <summary>"a summit", "an emergency meeting", "a three-day conference": "a"/"an" opens the trigger's noun phrase.</summary>
    private static bool IsIndefinite(MentionDraft d, DocumentIndex x)
    {
        var s = x.Document.Sentences[d.Sentence];
        int i = d.First - 1;
        for (int n = 0; i >= s.FirstToken && n < 4 && (x.Pos(i) is UniversalPos.ADJ or UniversalPos.NUM or UniversalPos.NOUN || x.TimexAt(i) is not null || x.Lower(i) == "-"); n++) i--;
        return i >= s.FirstToken && x.Lower(i) is "a" or "an";
    }

    /// <summary>
    /// "Extremists bombed two towns and fired mortar shells at a police station": two attack verbs of one sentence
    /// that the sentence reading kept apart are two acts, however many parties they share.
    /// </summary>
    private static bool IsCoordinatedAct(EventCluster c, MentionDraft d, DocumentIndex x)
    {
        // Casualty verbs are results, not acts: "killed three soldiers and wounded six others" is one attack.
        if (!d.AnchorIsVerb || ReportsCasualties(d, x)) return false;
        foreach (var m in c.Mentions)
            if (m.Sentence == d.Sentence && m.AnchorIsVerb && !ReportsCasualties(m, x)) return true;
        return false;
    }

    /// <summary>
    /// A kidnapping is an attack of its own beside the killing of its victim ("kidnapped and presumed killed", "was
    /// abducted … his body was found; he had been shot"): a mention made only of kidnapping words (abduction-words.txt)
    /// does not join an event reported only as a killing or a bombing, nor a killing an event reported only as a kidnapping.
    /// </summary>
    private static bool AbductionConflict(EventCluster c, MentionDraft d, DocumentIndex x)
    {
        var mine = ActKind(d, x);
        if (mine == MentionAct.Other) return false;
        bool abduction = false, killing = false, bombing = false;
        foreach (var m in c.Mentions)
        {
            var act = ActKind(m, x);
            if (act == MentionAct.Abduction) abduction = true;
            else if (act == MentionAct.Killing) killing = true;
            bombing |= m.AttackType == AttackType.Bombing;
        }
        // ("A bomb exploded on a minibus ... two engineers were kidnapped last month": no one is kidnapped by a blast.)
        return mine == MentionAct.Abduction ? (killing || bombing) && !abduction : abduction && !killing;
    }

    private enum MentionAct { Other, Abduction, Killing }

    private static MentionAct ActKind(MentionDraft d, DocumentIndex x)
    {
        bool allAbduction = true, allKilling = true;
        foreach (var t in d.Triggers)
        {
            if (!(t.TokenCount == 1 && x.Cues.AbductionWords.Contains(x.Lower(t.FirstToken)))) allAbduction = false;
            bool casualty = false;
            for (int i = t.FirstToken; i < t.FirstToken + t.TokenCount; i++)
                if (x.Cues.CasualtyWords.TryGetValue(x.Lower(i), out var kind) && kind.Kind == CasualtyKind.Killed) casualty = true;
            if (!casualty) allKilling = false;
        }
        return allAbduction ? MentionAct.Abduction : allKilling ? MentionAct.Killing : MentionAct.Other;
    }

    /// <summary>
    /// An exchange of fire is an attack of its own beside each side's fire: an exchange mention joins only an exchange,
    /// and a one-sided mention joins an exchange only as a plural ("the attacks", "the clashes").
    /// </summary>
    private static bool ExchangeConflict(EventCluster c, MentionDraft d, DocumentIndex x)
    {
        bool cluster = false;
        foreach (var m in c.Mentions)
            if (IsExchange(m, x)) { cluster = true; break; }
        if (IsExchange(d, x)) return !cluster;
        if (!cluster) return false;
        string head = HeadNoun(d, x);
        return d.AnchorIsVerb || !DocumentIndex.LooksPlural(head);
    }

    /// <summary>
    /// "Mortar shells hit the Green Zone ... Shiite militiamen clashed with Iraqi troops in Kut": a clash between two named
    /// sides (mutual-combat-words.txt) that shares no party with an attack reported in no such words is a fight of its
    /// own, not the attackers of that one named at last.
    /// </summary>
    private static bool ClashOfStrangers(EventCluster c, MentionDraft d, IReadOnlyList<Actor> tying, IReadOnlyList<Actor> theirs, DocumentIndex x)
    {
        if (d.Attackers.Count < 2 || !IsClash(d, x) || SharedAttackParties(theirs, tying) > 0) return false;
        foreach (var m in c.Mentions)
            if (IsClash(m, x)) return false;
        return true;
    }

    private static bool IsClash(MentionDraft d, DocumentIndex x) => HasTriggerWord(d, x.Cues.MutualCombatWords, x);

    private static bool IsExchange(MentionDraft d, DocumentIndex x) => HasTriggerWord(d, x.Cues.ExchangeWords, x);

    /// <summary>True when a word of some trigger of <paramref name="d"/> is one of <paramref name="words"/>.</summary>
    private static bool HasTriggerWord(MentionDraft d, HashSet<string> words, DocumentIndex x)
    {
        foreach (var t in d.Triggers)
            for (int i = t.FirstToken; i < t.FirstToken + t.TokenCount; i++)
                if (words.Contains(x.Lower(i))) return true;
        return false;
    }

    /// <summary>
    /// "charged ... with second-degree murder", "wanted for attempted murder", "a suspect in the bombings": an attack noun
    /// after "with"/"for"/"of"/"in" (past its modifiers) with a charge word a few tokens before.
    /// </summary>
    private static bool IsChargedCrime(MentionDraft d, DocumentIndex x)
    {
        if (d.AnchorIsVerb) return false;
        // "state murder charges", "a bombing suspect": the attack noun modifies a charge word.
        if (d.Last + 1 < x.Tokens.Count && x.Cues.ChargeWords.Contains(x.Lower(d.Last + 1)) && x.Pos(d.Last + 1) == UniversalPos.NOUN) return true;
        int i = d.First - 1;
        int skipped = 0;
        // ("second-degree murder": the hyphen's pieces may be tagged as nouns.)
        while (i >= 0 && skipped < 4 && (x.IsDeterminer(i) || x.Pos(i) is UniversalPos.ADJ or UniversalPos.NUM
            || x.Lower(i).Contains('-') || x.Lower(i) is "attempted" || (i > 0 && x.Lower(i - 1) == "-")))
        {
            i--;
            skipped++;
        }
        if (i < 0 || x.Lower(i) is not ("with" or "for" or "of" or "in")) return false;
        for (int k = i - 1, n = 0; k >= 0 && n < 10; k--, n++)
        {
            string w = x.Lower(k);
            if (w is "." or ";" or ":" || x.IsQuote(k)) return false;
            if (x.Cues.ChargeWords.Contains(w)) return true;
        }
        return false;
    }

    /// <summary>
    /// Shared parties of attack mentions, where two unnamed things with the same head noun are one party ("two U.S.
    /// embassies" and "the U.S. embassies", "a sniper" and "the sniper").
    /// </summary>
    private static int SharedAttackParties(IReadOnlyList<Actor> theirs, IReadOnlyList<Actor> mine)
    {
        int shared = EventCluster.SharedParties(theirs, mine);
        if (shared > 0) return shared;
        foreach (var a in mine)
        {
            if (a.Kind == ActorKind.Country || LastWord(a.Text) is not { Length: > 2 } head) continue;
            // "Communist rebels ambushed a patrol ... The rebels opened fire from a hill": "the" and the head noun of a
            // party already named point back to it, whatever kind the recognizer gave it.
            bool pointsBack = a.Kind != ActorKind.Other && a.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase);
            if (a.Kind != ActorKind.Other && !pointsBack) continue;
            foreach (var b in theirs)
                // ("a fuel depot" and "an ammunition depot": two parties each introduced with "a"/"an" are two things.)
                if (b.Kind == a.Kind && string.Equals(LastWord(b.Text), head, StringComparison.OrdinalIgnoreCase)
                    && !(IntroducedIndefinite(a) && IntroducedIndefinite(b))) return 1;
        }
        return 0;
    }

    /// <summary>
    /// The parties of an attack mention that can tie it to an attack reported before: all but attackers named only by an
    /// indefinite common noun ("Guerrillas killed an engineer", "gunmen"), which any number of attacks in a roundup share.
    /// ("The gunmen", "Taliban guerrillas", "they" for a named group still tie.)
    /// </summary>
    private static IReadOnlyList<Actor> TyingParties(MentionDraft d, IReadOnlyList<Actor> mine, DocumentIndex x)
    {
        if (d.Type != EventType.Attack || d.Attackers.Count == 0) return mine;
        List<Actor>? kept = null;
        for (int i = 0; i < mine.Count; i++)
        {
            bool drop = d.Attackers.Contains(mine[i]) && IsUnnamedIndefinite(mine[i], x);
            if (drop && kept is null) { kept = new List<Actor>(mine.Count); for (int j = 0; j < i; j++) kept.Add(mine[j]); }
            else if (!drop) kept?.Add(mine[i]);
        }
        return kept ?? mine;
    }

    /// <summary>
    /// "Guerrillas", "gunmen near Hawijah", "two masked militants": a party whose words up to its party head noun
    /// (party-heads.txt, attacker-person-nouns.txt) hold no determiner, pronoun, possessive or proper noun (numbers and adjectives may).
    /// </summary>
    private static bool IsUnnamedIndefinite(Actor a, DocumentIndex x)
    {
        var (first, last) = x.TokenRange(a.Span);
        if (first < 0 || last >= x.Tokens.Count) return false;
        for (int i = first; i <= last; i++)
        {
            string w = x.Lower(i);
            if (x.Cues.PartyHeads.ContainsKey(w) || x.Cues.AttackerPersonNouns.ContainsKey(w)) return true;
            // (Any determiner sets it apart: "the gunmen", "his bodyguards" point to a known party, and "a sniper ... by a sniper"
            // re-introduces the one attacker of a story, where a bare plural is the roundup's "guerrillas" of every item.)
            if (x.IsDeterminer(i) || x.Pos(i) is UniversalPos.PROPN or UniversalPos.PRON || w is "'s" or "’s") return false;
        }
        return false;
    }

    /// <summary>
    /// True when the mention shares a party with the attack in the same role: an attacker of both or a target of both.
    /// (A party that attacks in one and is attacked in the other ties nothing: "Israel's assassination of Yassin" is not
    /// "Hezbollah's attacks against Israeli forces".)
    /// </summary>
    private static bool SharedInRole(EventCluster c, MentionDraft d, IReadOnlyList<Actor> tying, bool newcomersTie = true)
    {
        foreach (var m in c.Mentions)
        {
            if (m.Attackers.Count > 0 && Shares(m.Attackers, d.Attackers, tying, newcomersTie)) return true;
            if (m.Targets.Count > 0 && Shares(m.Targets, d.Targets, tying, newcomersTie)) return true;
        }
        return false;

        static bool Shares(List<Actor> theirs, List<Actor> mine, IReadOnlyList<Actor> tying, bool newcomersTie)
        {
            if (mine.Count == 0) return false;
            var kept = new List<Actor>(mine.Count);
            foreach (var a in mine) if (tying.Contains(a) && (newcomersTie || !IntroducedIndefinite(a))) kept.Add(a);
            return kept.Count > 0 && SharedAttackParties(theirs, kept) > 0;
        }
    }

    private static bool IntroducedIndefinite(Actor a) =>
        a.Text.StartsWith("a ", StringComparison.OrdinalIgnoreCase) || a.Text.StartsWith("an ", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "Insurgents launched an attack that killed nine people ... A provincial council member was killed along with his
    /// driver in Hilla": a target introduced with "a"/"an" is a victim the story had not named, so the mention is not the
    /// unnamed victims of an attack that named only its attackers. (A repeat names its victims with "the" or by name.)
    /// </summary>
    private static bool NamesNewVictim(MentionDraft d) => d.Targets.Exists(IntroducedIndefinite);

    /// <summary>
    /// How far the lone-candidate rule reaches for a mention naming parties of its own ("Al Qaeda's strike on the US"): in
    /// the same paragraph and at most three sentences on. (A roundup's next item names its own victims; a mention naming
    /// no party is not limited.)
    /// </summary>
    private static bool LoneReach(EventCluster c, MentionDraft d, IReadOnlyList<Actor> mine, DocumentIndex x)
    {
        if (mine.Count == 0) return true;
        return SentencesApart(c, d) <= 3 && x.Document.Sentences[c.LastSentence].Paragraph == x.Document.Sentences[d.Sentence].Paragraph;
    }

    /// <summary>
    /// "Tom Bell was killed in Lakeville on March 3 ... (paragraphs on) Militants fired rockets at an army post near
    /// Lakeville": a mention naming parties of its own, none of them the attack's, in another paragraph more than three
    /// sentences on, is not that attack merely because the town agrees (one of them undated).
    /// </summary>
    private static bool StrangersApart(EventCluster c, MentionDraft d, IReadOnlyList<Actor> mine, IReadOnlyList<Actor> theirs, DocumentIndex x) =>
        mine.Count > 0 && theirs.Count > 0 && SentencesApart(c, d) > 3
        && x.Document.Sentences[c.LastSentence].Paragraph != x.Document.Sentences[d.Sentence].Paragraph;

    /// <summary>Two places that tie two attack mentions: the same place, or a country and a place in it.</summary>
    private static bool PlacesTie(Place? a, Place? b)
    {
        if (a is null || b is null) return false;
        if (EventCluster.PlacesEqual(a, b)) return true;
        return (a.IsCountry || b.IsCountry) && a.CountryCode is not null && a.CountryCode == b.CountryCode;
    }

    private static string LastWord(string text)
    {
        var t = text.AsSpan().TrimEnd();
        int space = t.LastIndexOf(' ');
        return t[(space + 1)..].ToString();
    }

    /// <summary>
    /// "A sniper shot and killed a doctor ... the sniper shooting of Dr. Smith": one mention names only the attacker and
    /// the other only the target, so their parties cannot disagree.
    /// </summary>
    private static bool RolesApart(EventCluster c, MentionDraft d)
    {
        bool clusterAttackers = HasAttackers(c), clusterTargets = false;
        foreach (var m in c.Mentions)
            if (m.Targets.Count > 0) { clusterTargets = true; break; }
        bool mineAttackers = d.Attackers.Count > 0, mineTargets = d.Targets.Count > 0;
        return (clusterAttackers && !clusterTargets && mineTargets && !mineAttackers)
            || (clusterTargets && !clusterAttackers && mineAttackers && !mineTargets);
    }

    /// <summary>
    /// "Separatists attacked a convoy near Kandor ... Masked gunmen shot dead a judge in Kandor": a mention that brings in
    /// attackers of its own, sharing no party with an attack reported before, is not that attack merely because the place
    /// or date agrees.
    /// </summary>
    private static bool RolesDisagree(EventCluster c, MentionDraft d)
    {
        // ("The gunmen killed three guards": a definite party may be the one named before, in other words.)
        if (d.Attackers.Count == 0 || d.Attackers.Exists(a => a.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase))) return false;
        var attackers = c.Union(m => m.Attackers);
        var targets = c.Union(m => m.Targets);
        return attackers.Count > 0 && SharedAttackParties(attackers, d.Attackers) == 0 && SharedAttackParties(targets, d.Attackers) == 0
            && (d.Targets.Count == 0 || targets.Count == 0 || (SharedAttackParties(targets, d.Targets) == 0 && SharedAttackParties(attackers, d.Targets) == 0));
    }

    /// <summary>True when some attacker of <paramref name="c"/> is a name rather than an unnamed party ("gunmen").</summary>
    private static bool HasNamedAttackers(EventCluster c, DocumentIndex x)
    {
        foreach (var m in c.Mentions)
            foreach (var a in m.Attackers)
            {
                // A proper noun names it; a capital alone does not ("Gunmen opened fire", where the tagger may read the
                // sentence-initial party noun as a proper noun).
                var (first, last) = x.TokenRange(a.Span);
                for (int i = first; i <= last && i < x.Tokens.Count; i++)
                    if (x.Pos(i) == UniversalPos.PROPN && !x.Cues.PartyHeads.ContainsKey(x.Lower(i)) && !x.Cues.AttackerPersonNouns.ContainsKey(x.Lower(i)))
                        return true;
            }
        return false;
    }

    /// <summary>
    /// "Israeli jets struck Hezbollah positions ... Hezbollah fired rockets at Israeli army posts": in an exchange of fire
    /// each side's fire is its own attack. A mention whose attackers share none with the attack's is the other side's when
    /// its attackers were the attack's targets, its targets were the attack's attackers, or the two sides' attackers
    /// belong to different countries and the mention names a target of its own ("Israeli strikes hit the town of Khiam
    /// ... Hezbollah fired rockets at the town of Kiryat Shmona": the targets' shared head noun ties nothing then).
    /// </summary>
    private static bool OtherSide(EventCluster c, MentionDraft d, DocumentIndex x)
    {
        // (Fire that was exchanged happened: threatened strikes of one side are weighed against each other in other words.)
        if (d.Attackers.Count == 0 || d.Status != EventStatus.Occurred) return false;
        var attackers = c.Union(m => m.Attackers);
        var targets = c.Union(m => m.Targets);
        if (attackers.Count == 0 || SharedAttackParties(attackers, d.Attackers) > 0) return false;
        if (SharedAttackParties(targets, d.Attackers) > 0) return true;
        // "Security forces killed four of the attackers. Al Shabaab claimed responsibility for the assault": fire at "the
        // attackers" answers an attack; another attacker's mention is that attack's, not the answer's.
        if (targets.Exists(t => x.Cues.KnownAttackerNouns.Contains(LastWord(t.Text).ToLowerInvariant()))) return true;
        return d.Targets.Count > 0 && (SharedAttackParties(attackers, d.Targets) > 0 || CountriesDiffer(attackers, d.Attackers));

        // (Sides of two countries: "the Bush administration" and "the US" are one side named twice.)
        static bool CountriesDiffer(List<Actor> theirs, List<Actor> mine)
        {
            bool differ = false;
            foreach (var a in theirs)
                foreach (var b in mine)
                {
                    if (a.CountryCode is null || b.CountryCode is null) continue;
                    if (a.CountryCode == b.CountryCode) return false;
                    differ = true;
                }
            return differ;
        }
    }

    /// <summary>
    /// "killing 12 people ... 12 people were killed in the assault": the same death toll, given twice. (One death ties
    /// nothing: "the murder of Dr. X" and "a clinic bombing killed a guard" are two attacks.)
    /// </summary>
    private static bool SameToll(EventCluster c, MentionDraft d)
    {
        if (d.Killed is not { } k || k <= 1) return false;
        foreach (var m in c.Mentions)
            if (m.Killed == k) return true;
        return false;
    }

    private static bool HasAttackers(EventCluster c)
    {
        foreach (var m in c.Mentions)
            if (m.Attackers.Count > 0) return true;
        return false;
    }

    private static bool ReportsCasualties(MentionDraft d, DocumentIndex x)
    {
        foreach (var t in d.Triggers)
            for (int i = t.FirstToken; i < t.FirstToken + t.TokenCount; i++)
                if (x.Cues.CasualtyWords.ContainsKey(x.Lower(i))) return true;
        return false;
    }

    /// <summary>True when a noun trigger of any mention of <paramref name="c"/> ends in the head noun of <paramref name="d"/> ("in a raid" … "the raid").</summary>
    private static bool NamedBySameNoun(EventCluster c, MentionDraft d, DocumentIndex x)
    {
        string head = HeadNoun(d, x);
        foreach (var m in c.Mentions)
            foreach (var t in m.Triggers)
                if (!x.IsVerb(t.FirstToken) && x.Lower(t.FirstToken + t.TokenCount - 1) == head) return true;
        return false;
    }

    private static bool HasNounMention(EventCluster c, string head, DocumentIndex x)
    {
        foreach (var m in c.Mentions)
            if (!m.AnchorIsVerb && HeadNoun(m, x) == head) return true;
        return false;
    }

    /// <summary>True when the first trigger of <paramref name="d"/> has several words and a noun mention of <paramref name="c"/> has the same words.</summary>
    private static bool RepeatsCompound(EventCluster c, MentionDraft d, DocumentIndex x)
    {
        var t = d.Triggers[0];
        if (t.TokenCount < 2) return false;
        foreach (var m in c.Mentions)
        {
            var u = m.Triggers[0];
            if (m.AnchorIsVerb || u.TokenCount != t.TokenCount) continue;
            bool same = true;
            for (int k = 0; k < t.TokenCount && same; k++) same = x.Lower(t.FirstToken + k) == x.Lower(u.FirstToken + k);
            if (same) return true;
        }
        return false;
    }

    /// <summary>True when a noun trigger of <paramref name="d"/> has the head noun of a noun mention of <paramref name="c"/>.</summary>
    private static bool RepeatsNoun(EventCluster c, MentionDraft d, DocumentIndex x)
    {
        foreach (var t in d.Triggers)
            if (!x.IsVerb(t.FirstToken) && HasNounMention(c, x.Lower(t.FirstToken + t.TokenCount - 1), x)) return true;
        return false;
    }

    private static int SentencesApart(EventCluster c, MentionDraft d) => Math.Abs(d.Sentence - c.LastSentence);

    /// <summary>Attack kinds that cannot be one event: 1 bombings, shootings and terrorist attacks; 2 military strikes; 3 cyber-attacks; 0 unknown.</summary>
    private static int AttackFamily(AttackType t) => t switch
    {
        AttackType.Terrorist or AttackType.Bombing or AttackType.Shooting => 1,
        AttackType.Military => 2,
        AttackType.Cyber => 3,
        _ => 0,
    };

    /// <summary>The last word of a mention's first trigger ("peace talks" → talks), lower case.</summary>
    private static string HeadNoun(MentionDraft d, DocumentIndex x)
    {
        var t = d.Triggers[0];
        int last = t.FirstToken + t.TokenCount - 1;
        // ("the session with Iranian negotiators": a trigger ending in its preposition is headed by the noun before it.)
        if (t.TokenCount > 1 && x.Pos(last) == UniversalPos.ADP) last--;
        return x.Lower(last);
    }

    /// <summary>The parties that identify a mention; a party named by the event's own place ("visited Moscow") adds nothing to the place.</summary>
    private static IReadOnlyList<Actor> Who(MentionDraft d) => d.Type switch
    {
        EventType.Meeting => d.Participants.Where(a => d.Location is null || !a.Span.Overlaps(d.Location.Span)).ToList(),
        EventType.Statement => d.Speakers,
        _ => d.Attackers.Concat(d.Targets).ToList(),
    };

    /// <summary>The same as <c>c.Union(Who)</c>, written into <paramref name="into"/> (cleared first) instead of new lists.</summary>
    private static List<Actor> UnionWho(EventCluster c, List<Actor> into)
    {
        into.Clear();
        foreach (var m in c.Mentions)
        {
            switch (m.Type)
            {
                case EventType.Meeting:
                    foreach (var a in m.Participants)
                        if (m.Location is null || !a.Span.Overlaps(m.Location.Span)) EventCluster.AddDistinct(into, a);
                    break;
                case EventType.Statement:
                    foreach (var a in m.Speakers) EventCluster.AddDistinct(into, a);
                    break;
                default:
                    foreach (var a in m.Attackers) EventCluster.AddDistinct(into, a);
                    foreach (var a in m.Targets) EventCluster.AddDistinct(into, a);
                    break;
            }
        }
        return into;
    }

    /// <summary>
    /// "Gunmen killed five villagers ... a policeman was shot dead ... The governor condemned the killings": a definite
    /// plural attack noun with no count of its own ("the killings", "the shootings") is not a mention of an attack that
    /// killed or wounded exactly one person and no more.
    /// </summary>
    private static bool PluralForSingleVictim(EventCluster c, MentionDraft d, DocumentIndex x)
    {
        if (d.AnchorIsVerb || !d.IsDefinite || d.HasCasualties || d.Triggers.Count != 1 || !DocumentIndex.LooksPlural(HeadNoun(d, x))) return false;
        int killed = 0, injured = 0;
        foreach (var m in c.Mentions)
        {
            killed = Math.Max(killed, m.Killed ?? 0);
            injured = Math.Max(injured, m.Injured ?? 0);
        }
        return killed + injured == 1;
    }

    private static bool CountsCompatible(EventCluster c, MentionDraft d)
    {
        foreach (var m in c.Mentions)
        {
            if (m.Killed is { } k && d.Killed is { } k2 && k != k2) return false;
            if (m.Injured is { } i && d.Injured is { } i2 && i != i2) return false;
        }
        return true;
    }

    /// <summary>
    /// A meeting that happened (not one planned or in doubt) and was not a phone or video call, or an attack with a toll
    /// that the lede tells, with no place of its own: the story's dateline city is where it took place.
    /// </summary>
    private static bool TakesDatelinePlace(EventCluster c, DocumentIndex x, Place dateline)
    {
        if (c.Type is not (EventType.Meeting or EventType.Attack) || c.Status != EventStatus.Occurred) return false;
        // (An attack only when the lede tells it with a toll, the story's news: one recalled further down, or a threat or
        // series named in passing, may have been anywhere.)
        if (c.Type == EventType.Attack && (LedeSentence(c, x, atMost: 1) > 1 || !c.Mentions.Exists(m => m.HasCasualties))) return false;
        // "the first since talks broke down in December": a meeting dated well before the story is not the dateline's news.
        if (EndsBefore(c.Date, x.Document.Document.Published, DatelineRecentDays)) return false;
        // "Qatar and Egypt have been mediating indirect talks between Israel and Hamas for months": undated talks that go on
        // "for" a stretch of time are a process, held wherever the mediators meet, not the dateline's news.
        if (c.Date is null && c.Mentions.Exists(m => LastsForDuration(x, m))) return false;
        // Once the story has moved to another city ("In Dar es Salaam, she laid a wreath"), the dateline no longer says
        // where its later meetings were, until it comes back ("before heading to Nairobi").
        int first = c.Mentions.Min(m => m.First);
        bool away = false;
        for (int i = Math.Max(1, x.TokenRange(dateline.Span).Last + 1); i < first; i++)
            if (x.PlaceAt(i) is { IsCountry: false, GeoNamesId: not null } p && x.TokenRange(p.Span).First == i && MovedTo(x, i))
                away = p.GeoNamesId != dateline.GeoNamesId && !string.Equals(p.Name, dateline.Name, StringComparison.OrdinalIgnoreCase);
        if (away) return false;
        foreach (var m in c.Mentions)
            foreach (var t in m.Triggers)
            {
                for (int i = t.FirstToken; i < t.FirstToken + t.TokenCount; i++)
                    if (x.Cues.RemoteMeetingWords.Contains(x.Lower(i))) return false;
                if (PhoneLine.Find(x.Document, x.Document.Sentences[m.Sentence], t.FirstToken + t.TokenCount) >= 0) return false;
            }
        return true;
    }

    /// <summary>True when the sentence of mention <paramref name="m"/> holds a duration after "for" ("for months", "for two years").</summary>
    private static bool LastsForDuration(DocumentIndex x, MentionDraft m)
    {
        var s = x.Document.Sentences[m.Sentence];
        for (int i = s.FirstToken + 1; i < s.EndToken; i++)
            if (x.TimexAt(i) is { Type: TimexType.Duration } t && x.TokenRange(t.Span).First == i && x.Lower(i - 1) == "for") return true;
        return false;
    }

    /// <summary>
    /// True when a trigger's own clause (no punctuation between them) places the event "here": "a bomb exploded outside a
    /// police station here" in a story filed from Nairobi happened in Nairobi, whatever the event's type. ("…, police said"
    /// after that clause says nothing of where the police spoke.) Not for a Statement: where words were said is not
    /// its place ("Freeh said here Friday that …" gives the statement no location).
    /// </summary>
    private static bool SaysHere(EventCluster c, DocumentIndex x, Place dateline)
    {
        if (c.Type == EventType.Statement) return false;
        int afterDateline = x.TokenRange(dateline.Span).Last + 1;
        foreach (var m in c.Mentions)
        {
            var s = x.Document.Sentences[m.Sentence];
            int first = Math.Max(s.FirstToken, afterDateline);
            foreach (var t in m.Triggers)
            {
                for (int i = t.FirstToken + t.TokenCount; i < s.EndToken && !x.IsPunct(i) && !x.IsQuote(i); i++)
                    if (IsHere(x, i)) return true;
                for (int i = t.FirstToken - 1; i >= first && !x.IsPunct(i) && !x.IsQuote(i); i--)
                    if (IsHere(x, i)) return true;
            }
        }
        return false;
    }

    private static bool IsHere(DocumentIndex x, int i) => x.Cues.DatelinePlaceAdverbs.Contains(x.Lower(i)) && x.Pos(i) == UniversalPos.ADV;

    /// <summary>How many days before publication a meeting may end and still take the dateline city.</summary>
    private const int DatelineRecentDays = 31;

    /// <summary>
    /// True when the period of <paramref name="date"/> (a day, ISO week, month or year) ends more than
    /// <paramref name="days"/> days before <paramref name="published"/>; false when either is unknown or unreadable.
    /// </summary>
    private static bool EndsBefore(Timex? date, DateOnly? published, int days)
    {
        if (date is null || published is not { } dct) return false;
        string v = date.Value;
        if (v.Length < 4 || !int.TryParse(v.AsSpan(0, 4), out int year) || year is < 1 or > 9999) return false;
        DateOnly end;
        if (v.Length == 4) end = new DateOnly(year, 12, 31);
        else if (v.Length >= 8 && v[4] == '-' && v[5] == 'W')
        {
            if (!int.TryParse(v.AsSpan(6, 2), out int week) || week < 1 || week > System.Globalization.ISOWeek.GetWeeksInYear(year)) return false;
            end = DateOnly.FromDateTime(System.Globalization.ISOWeek.ToDateTime(year, week, DayOfWeek.Sunday));
        }
        else if (v.Length >= 7 && v[4] == '-' && int.TryParse(v.AsSpan(5, 2), out int month) && month is >= 1 and <= 12)
        {
            if (v.Length >= 10 && v[7] == '-')
            {
                if (!TimexCalendar.TryParseDay(v, out end)) return false;
            }
            else end = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        }
        else return false;
        return end.DayNumber < dct.DayNumber - days;
    }

    /// <summary>True when the place at token <paramref name="i"/> follows "in", "at", "to" or a similar preposition (determiners skipped).</summary>
    private static bool MovedTo(DocumentIndex x, int i)
    {
        int k = i - 1;
        while (k > 0 && x.IsDeterminer(k)) k--;
        return x.Lower(k) is "in" or "at" or "to" or "into" or "near" or "outside" or "inside";
    }

    /// <summary>The event of cluster <paramref name="c"/>; a meeting or lede attack with no place of its own took place at the <paramref name="dateline"/> city.</summary>
    private static ExtractedEvent Build(EventCluster c, DocumentIndex x, Place? dateline)
    {
        var mentions = new List<EventMention>();
        foreach (var m in c.Mentions)
        {
            var s = x.Document.Sentences[m.Sentence];
            var sentence = new TextMention(s.Span.GetText(x.Text), s.Span);
            foreach (var t in m.Triggers)
            {
                var span = x.Span(t.FirstToken, t.FirstToken + t.TokenCount - 1);
                mentions.Add(new EventMention(new TextMention(span.GetText(x.Text), span), sentence));
            }
        }
        float best = c.Mentions.Max(m => m.Confidence * (0.55f + 0.45f * m.Completeness()));
        float confidence = Math.Clamp(best + 0.05f * (c.Mentions.Count - 1), 0f, 1f);
        var first = mentions[0];
        T Fill<T>(T e) where T : ExtractedEvent => e with
        {
            Trigger = first.Trigger,
            Sentence = first.Sentence,
            Mentions = mentions,
            Date = c.Date,
            Location = c.ReportedLocation ?? c.SceneLocation
                ?? (dateline is not null && (TakesDatelinePlace(c, x, dateline) || SaysHere(c, x, dateline)) ? dateline : null),
            Status = c.Status,
            Confidence = confidence,
        };
        T First<T>(Func<MentionDraft, T?> get) where T : class => c.Mentions.Select(get).FirstOrDefault(v => v is not null)!;

        switch (c.Type)
        {
            case EventType.Meeting:
                return Fill(new Meeting
                {
                    Trigger = first.Trigger, Sentence = first.Sentence, Mentions = mentions,
                    Participants = c.Participants,
                    Host = First(m => m.Host),
                    Topic = First(m => m.Topic),
                });
            case EventType.Statement:
                return Fill(new Statement
                {
                    Trigger = first.Trigger, Sentence = first.Sentence, Mentions = mentions,
                    Speakers = c.Union(m => m.Speakers),
                    Addressees = c.Union(m => m.Addressees),
                    Content = First(m => m.Content),
                    Quote = First(m => m.Quote),
                });
            default:
                var victims = c.Mentions.SelectMany(m => m.Victims).Distinct(StringComparer.Ordinal).ToList();
                return Fill(new Attack
                {
                    Trigger = first.Trigger, Sentence = first.Sentence, Mentions = mentions,
                    Attackers = c.Union(m => m.Attackers),
                    Targets = c.Union(m => m.Targets),
                    // The largest count: the full toll rather than a subset or an early figure.
                    Killed = c.Mentions.Max(m => m.Killed),
                    Injured = c.Mentions.Max(m => m.Injured),
                    Victims = victims.Count == 0 ? null : string.Join("; ", victims),
                    Weapon = First(m => m.Weapon),
                    AttackType = c.Mentions.Select(m => m.AttackType).FirstOrDefault(t => t != AttackType.Other),
                });
        }
    }
}
