using EventExtract.Text;

namespace EventExtract.Events.Triggers;

/// <summary>
/// Finds Meeting, Statement and Attack triggers: phrases from the embedded trigger lexicon, each judged
/// in its sentence by a linear classifier (so "heart attack", "met the target" or "strike a deal" are
/// dropped). Only body sentences are searched. Works with or without POS tags. Immutable and thread-safe.
/// </summary>
public sealed class LexiconTriggerDetector : ITriggerDetector
{
    private readonly TriggerLexicon _lexicon;
    private readonly LinearTriggerClassifier? _classifier;
    private readonly TriggerCues _cues = TriggerCues.Embedded;

    /// <summary>Meeting verbs listed at or below this prior ("received") count only with a party as their object.</summary>
    private const float PartyObjectOnlyPrior = 0.2f;

    /// <summary>Confidence of such a verb whose object is a party ("received the visiting envoy").</summary>
    private const float PartyObjectConfidence = 0.6f;

    /// <summary>Confidence of a firing verb whose object is a munition ("fired several artillery shells").</summary>
    private const float MunitionConfidence = 0.8f;

    /// <summary>Confidence of a fight verb with an armed side (see <see cref="FightsArmedSide"/>), below the classifier's sure calls.</summary>
    private const float ArmedFightConfidence = 0.6f;

    /// <summary>How many words may stand between a firing verb and its munition noun ("fired dozens of mortar rounds").</summary>
    private const int MunitionWindow = 5;

    /// <summary>How many words after a verb of talking its object or clause is looked at ("discussed the crisis with the British prime minister").</summary>
    private const int TalkWindow = 9;

    /// <summary>Confidence of "to meet" after a word of planning with a party or nothing as its object ("are scheduled to meet in Geneva").</summary>
    private const float PlannedMeetingConfidence = 0.7f;

    /// <summary>Words before "to meet" that put the meeting ahead (plan-to-meet-words.txt).</summary>
    private static readonly HashSet<string> s_planWords = new(
        Arguments.CueResource.ReadRows("plan-to-meet-words.txt").Select(r => r[0]), StringComparer.OrdinalIgnoreCase);

    /// <summary>Confidence of a talk over a phone line (as the lexicon's "spoke by phone with").</summary>
    private const float PhoneTalkConfidence = 0.85f;

    /// <summary>Creates a detector with the lexicon and model embedded in the library.</summary>
    public LexiconTriggerDetector()
        : this(TriggerLexicon.LoadEmbedded(), LinearTriggerClassifier.LoadEmbedded())
    {
    }

    /// <summary>Creates a detector; without a classifier every lexicon match counts, with its prior as confidence.</summary>
    internal LexiconTriggerDetector(TriggerLexicon lexicon, LinearTriggerClassifier? classifier)
    {
        _lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
        _classifier = classifier;
    }

    /// <summary>A detector that keeps every lexicon match (the baseline the classifier is compared with).</summary>
    internal static LexiconTriggerDetector CreateLexiconOnly() => new(TriggerLexicon.LoadEmbedded(), null);

    /// <summary>True when a trained classifier judges the lexicon matches.</summary>
    internal bool HasClassifier => _classifier is not null;

    /// <inheritdoc />
    public void Detect(AnalyzedDocument document, List<TriggerCandidate> output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        // Sized once for the common case, so they do not regrow for every document.
        var matches = new List<LexiconMatch>(16);
        var features = new List<int>(256);
        Span<float> probabilities = stackalloc float[LinearTriggerClassifier.ClassCount];
        var pos = document.Pos.Span;
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            if (!document.IsBodySentence(s)) continue;
            var sentence = document.Sentences[s];
            matches.Clear();
            _lexicon.FindMatches(document.Tokens, sentence, matches);
            foreach (var match in matches)
            {
                if (match.Entry.Label == TriggerLabel.None) continue;
                if (_classifier is null)
                {
                    output.Add(new TriggerCandidate(s, match.FirstToken, match.TokenCount, ToEventType(match.Entry.Label), match.Entry.Prior));
                    continue;
                }
                // "welcomed his South Korean counterpart to Tokyo": welcoming a party's envoy to a place is hosting a visit.
                if (WelcomesEnvoyToPlace(document, sentence, match))
                {
                    output.Add(new TriggerCandidate(s, match.FirstToken, 1, EventType.Meeting, match.Entry.Prior));
                    continue;
                }
                // "later called on President Karim Nazari": a call on a person with nothing asked of them is a courtesy visit.
                if (CallsOnPerson(document, sentence, match))
                {
                    output.Add(new TriggerCandidate(s, match.FirstToken, match.TokenCount, EventType.Meeting, PartyObjectConfidence));
                    continue;
                }
                _classifier.Featurizer.Featurize(document.Tokens, sentence, pos, match, features, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(matches));
                _classifier.Predict(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(features), match.Entry, probabilities);
                var (label, p) = BestEvent(probabilities);
                // ("Gunmen attacked the city's central prison": an attack verb right after an assailant stays an attack,
                // whichever other event the classifier leans to; it reads "attacked the plan" as criticism.)
                if (p >= _classifier.Threshold && label != TriggerLabel.Attack && AssailantActs(document, sentence, match))
                {
                    output.Add(new TriggerCandidate(s, match.FirstToken, match.TokenCount, EventType.Attack, match.Entry.Prior));
                    continue;
                }
                if (p >= _classifier.Threshold)
                    output.Add(new TriggerCandidate(s, match.FirstToken, match.TokenCount, ToEventType(label), p));
                else if (VerbTakesPartyObject(document, match) && (match.Entry.Prior >= _classifier.Threshold || _cues.Has(document.Tokens.GetChars(match.FirstToken), "receiving")))
                    output.Add(new TriggerCandidate(s, match.FirstToken, match.TokenCount, EventType.Meeting, match.Entry.Prior));
                else if (PersonReceivesName(document, sentence, match))
                    output.Add(new TriggerCandidate(s, match.FirstToken, match.TokenCount, EventType.Meeting, match.Entry.Prior));
                else if (match.Entry.Prior <= PartyObjectOnlyPrior && VerbTakesPartyObject(document, match))
                    output.Add(new TriggerCandidate(s, match.FirstToken, match.TokenCount, EventType.Meeting, PartyObjectConfidence));
                else if (PersonVisitsPlace(document, sentence, match) && match.Entry.Prior >= _classifier.Threshold)
                    output.Add(new TriggerCandidate(s, match.FirstToken, match.TokenCount, EventType.Meeting, match.Entry.Prior));
                else if (ReceivedByParty(document, sentence, match))
                    output.Add(new TriggerCandidate(s, match.FirstToken, match.TokenCount, EventType.Meeting, PartyObjectConfidence));
                else if (PlansToMeet(document, sentence, match))
                    output.Add(new TriggerCandidate(s, match.FirstToken, match.TokenCount, EventType.Meeting, PlannedMeetingConfidence));
                else if (QuotesOn(document, sentence, match) || AsksQuestion(document, sentence, match))
                    output.Add(new TriggerCandidate(s, match.FirstToken, 1, EventType.Statement, QuotingConfidence));
                else if (FiresMunition(document, sentence, match))
                    output.Add(new TriggerCandidate(s, match.FirstToken, match.TokenCount, EventType.Attack, MunitionConfidence));
                else if (AssailantActs(document, sentence, match) || PeopleKilledUnattributed(document, sentence, match) || HitInBodyPart(document, sentence, match))
                    output.Add(new TriggerCandidate(s, match.FirstToken, match.TokenCount, EventType.Attack, match.Entry.Prior));
                else if (FightsArmedSide(document, sentence, match))
                    output.Add(new TriggerCandidate(s, match.FirstToken, match.TokenCount, EventType.Attack, ArmedFightConfidence));
            }
            if (_classifier is not null)
            {
                AddPhoneTalks(document, s, output);
                AddWelcomeVisits(document, s, output);
                AddCalls(document, s, output);
                AddLabelings(document, s, output);
                AddGatherings(document, s, output);
                AddWeaponImpacts(document, s, output);
                AddRammings(document, s, output);
                AddBeatings(document, s, output);
                AddHostageTakings(document, s, output);
            }
        }
    }

    /// <summary>
    /// "Merkel and Macron spoke by phone", "Lula spoke with Fernandez by telephone", "she had spoken to the ambassador
    /// over the phone": a verb of talking (trigger-cues.tsv, conversation) with a phone line a few words on is a phone
    /// call between parties, which the schema counts as a Meeting, whatever lies between the verb and the line (the
    /// lexicon's phrases need the words side by side). Not a talk to the press ("told reporters by phone" is an interview).
    /// </summary>
    private void AddPhoneTalks(AnalyzedDocument document, int s, List<TriggerCandidate> output)
    {
        var sentence = document.Sentences[s];
        var tokens = document.Tokens;
        var pos = document.Pos.Span;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            // Both kinds of talk below are verbs where the tokens are tagged ("talks" and "talk" as nouns are the lexicon's:
            // "held talks by phone" has its own trigger): testing the tag before the cue lookups skips most tokens cheaply
            // (the detector's scans visit every token of every body sentence).
            if (pos.Length > t && pos[t] != Tagging.UniversalPos.VERB) continue;
            var word = tokens.GetChars(t);
            if (_cues.Has(word, "discussion"))
            {
                // "Clinton discussed the crisis with Blair": discussing something with a party is talking with it; so is
                // discussing it among two parties named as the subject ("Blinken and Sisi discussed", "the two sides
                // discussed"), unless the sentence names the meeting already ("During their meeting, the two leaders discussed").
                if (pos.Length > t && IsTalkWithoutAudience(document, sentence, t)
                    && (WithPartyAfter(document, sentence, t) || (CoordinatedPartiesBefore(document, sentence, t) && !HasMeeting(output, s)))
                    && !Covered(output, s, t))
                    output.Add(new TriggerCandidate(s, t, 1, EventType.Meeting, PartyObjectConfidence));
                continue;
            }
            if (!_cues.Has(word, "conversation")) continue;
            int line = PhoneLine.Find(document, sentence, t + 1);
            // ("told reporters by phone": a talk to the press over a line is an interview, not a call.)
            for (int j = t + 1; j < line; j++)
                if (_cues.Has(tokens.GetChars(j), "audience")) { line = -1; break; }
            // (Without a line: two parties who spoke, not "spoke to the crowd", where they spoke to someone else; or one
            // who spoke "with" a named person, a country or an envoy, "had spoken with Guatemalan President Bernardo
            // Arevalo", not "spoke with the Associated Press", an interview.)
            if (line < 0 && !(IsTalkWithoutAudience(document, sentence, t)
                              && ((CoordinatedPartiesBefore(document, sentence, t) && !(t + 1 < sentence.EndToken && tokens.GetChars(t + 1).Equals("to", StringComparison.OrdinalIgnoreCase)))
                                  || (t + 1 < sentence.EndToken && tokens.GetChars(t + 1).Equals("with", StringComparison.OrdinalIgnoreCase) && WithPartyAfter(document, sentence, t))))) continue;
            if (line < 0) line = t;
            bool taken = false;
            foreach (var c in output)
                if (c.Sentence == s && c.FirstToken <= line && c.FirstToken + c.TokenCount > t) { taken = true; break; }
            // ("spoke to the ambassador by phone": the trigger takes its "to"/"with", so that the party after it is read as met.)
            // (t + 1 < line is false for a talk without a line, where line stands at the verb.)
            int count = t + 1 < line && (tokens.GetChars(t + 1).Equals("to", StringComparison.OrdinalIgnoreCase) || tokens.GetChars(t + 1).Equals("with", StringComparison.OrdinalIgnoreCase)) ? 2 : 1;
            if (!taken) output.Add(new TriggerCandidate(s, t, count, EventType.Meeting, PhoneTalkConfidence));
        }
    }

    /// <summary>
    /// "Lind and Weiss are scheduled to meet in Geneva", "agreed to meet again in April", "offered to meet the striking
    /// nurses": "meet" right after "to" and a word of planning (plan-to-meet-words.txt, an adverb may stand between:
    /// "are also expected to meet") is a meeting ahead, when what follows it is no object ("in", "on Friday", "again",
    /// the clause end) or a party (<see cref="PartyPhraseAt"/>; after "with" too). Not "set to meet demand" or "expected
    /// to meet with resistance", whose object is a thing. So is "meet" whose subject is two parties, named or counted
    /// (<see cref="CoordinatedPartiesBefore"/>: "Ruiz and Quispe would meet in Lima").
    /// </summary>
    private bool PlansToMeet(AnalyzedDocument document, Text.Sentence sentence, LexiconMatch match)
    {
        if (match.Entry.Label != TriggerLabel.Meeting || match.Entry.Lemma != "meet" || match.TokenCount != 1) return false;
        var tokens = document.Tokens;
        var pos = document.Pos.Span;
        int t = match.FirstToken;
        // ("Officials said Ruiz and Quispe would meet in Lima", "the two presidents would meet": two parties as the subject
        // plan a meeting with each other, however the classifier took the modal.)
        if (!(PlanWordBeforeTo(document, sentence, t) || CoordinatedPartiesBefore(document, sentence, t))) return false;
        int next = t + 1;
        if (next >= sentence.EndToken || next >= pos.Length) return true;
        // ("agreed to meet again in April": past an adverb to what follows.)
        if (pos[next] == Tagging.UniversalPos.ADV && next + 1 < sentence.EndToken && next + 1 < pos.Length) next++;
        var w = tokens.GetChars(next);
        if (w.Equals("with", StringComparison.OrdinalIgnoreCase)) return PartyPhraseAt(document, sentence, next + 1);
        if (pos[next] is Tagging.UniversalPos.ADP or Tagging.UniversalPos.PUNCT or Tagging.UniversalPos.CCONJ or Tagging.UniversalPos.SCONJ or Tagging.UniversalPos.PART) return true;
        if (IsTimexStart(document, next)) return true;
        return PartyPhraseAt(document, sentence, next);
    }

    /// <summary>"to" and a word of planning right before the verb at <paramref name="t"/>, an adverb may stand between ("are also expected to").</summary>
    private static bool PlanWordBeforeTo(AnalyzedDocument document, Text.Sentence sentence, int t)
    {
        var tokens = document.Tokens;
        var pos = document.Pos.Span;
        if (t - 2 < sentence.FirstToken || !tokens.GetChars(t - 1).Equals("to", StringComparison.OrdinalIgnoreCase)) return false;
        int plan = t - 2;
        if (pos.Length > plan && pos[plan] == Tagging.UniversalPos.ADV && plan - 1 >= sentence.FirstToken) plan--;
        return WordSets.Contains(s_planWords, tokens.GetChars(plan));
    }

    private static bool IsFromOrOf(ReadOnlySpan<char> w) =>
        w.Equals("from", StringComparison.OrdinalIgnoreCase) || w.Equals("of", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when token <paramref name="i"/> starts a time expression ("meet Friday").</summary>
    private static bool IsTimexStart(AnalyzedDocument document, int i)
    {
        int start = document.Tokens.GetSpan(i).Start;
        foreach (var timex in document.Timexes)
            if (timex.Span.Start == start) return true;
        return false;
    }

    /// <summary>
    /// A noun phrase at <paramref name="i"/> that names a party: a named actor, a personal pronoun, a proper name, or one
    /// headed (past a determiner, adjectives or numbers) by a word for a party's envoy or for people one meets
    /// (trigger-cues.tsv counterpart, party-heads.txt, meeting-people-nouns.txt): "the striking nurses", "his Indian counterpart".
    /// </summary>
    private bool PartyPhraseAt(AnalyzedDocument document, Text.Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        var pos = document.Pos.Span;
        var cues = Arguments.CueLexicon.Default;
        for (int k = i, end = Math.Min(Math.Min(sentence.EndToken, pos.Length), i + 5); k < end; k++)
        {
            if (ActorAt(document, k) is not null) return true;
            var w = tokens.GetChars(k);
            if (_cues.Has(w, "counterpart")) return true;
            string lower = w.ToString().ToLowerInvariant();
            if (cues.PartyHeads.ContainsKey(lower) || cues.MeetingPeopleNouns.Contains(lower)) return true;
            if (pos[k] is Tagging.UniversalPos.PROPN) return true;
            if (pos[k] is Tagging.UniversalPos.PRON) return k == i;
            if (pos[k] is not (Tagging.UniversalPos.DET or Tagging.UniversalPos.ADJ or Tagging.UniversalPos.NUM or Tagging.UniversalPos.NOUN)) return false;
        }
        return false;
    }

    /// <summary>
    /// "Merkel hosted Macron", "The king received Navarro": a verb of receiving a visitor (trigger-cues.tsv, receiving)
    /// between a person (right before it, or past one adverb) and a capitalized name that is no place or time, which the
    /// recognizer may not know as a person. Not "hosted the World Cup" (no name right after the verb). So is "meet" between
    /// such names, a day between the subject and the verb ("Ruto on Monday met Abiy").
    /// </summary>
    private bool PersonReceivesName(AnalyzedDocument document, Text.Sentence sentence, LexiconMatch match)
    {
        int v = match.FirstToken;
        var tokens = document.Tokens;
        var pos = document.Pos.Span;
        bool meets = match.Entry.Label == TriggerLabel.Meeting && match.Entry.Lemma == "meet";
        if (match.TokenCount != 1 || v >= pos.Length || pos[v] != Tagging.UniversalPos.VERB || !(meets || _cues.Has(tokens.GetChars(v), "receiving"))) return false;
        int subject = v - 1;
        if (subject > sentence.FirstToken && pos[subject] == Tagging.UniversalPos.ADV) subject--;
        // ("Ruto on Monday met Abiy": a person met by name, the day between the subject and the verb.)
        if (meets) subject = PastTimePhrase(document, sentence, subject);
        if (subject < sentence.FirstToken || ActorAt(document, subject, Places.ActorKind.Person) is null && !(meets && IsBareName(document, subject))) return false;
        int obj = v + 1;
        if (obj >= sentence.EndToken || !IsBareName(document, obj)) return false;
        // ("met Wall Street expectations": a name modifying a noun is no one met.)
        if (meets && obj + 1 < sentence.EndToken && obj + 1 < pos.Length && pos[obj + 1] == Tagging.UniversalPos.NOUN) return false;
        return !(obj + 1 < sentence.EndToken && tokens.GetChars(obj + 1) is "'s" or "’s");
    }

    /// <summary>A capitalized proper noun at <paramref name="i"/> that is no place, time or organization (a person the recognizer may not know).</summary>
    private static bool IsBareName(AnalyzedDocument document, int i)
    {
        var pos = document.Pos.Span;
        if (i >= pos.Length || pos[i] != Tagging.UniversalPos.PROPN || !char.IsUpper(document.Tokens.GetChars(i)[0])) return false;
        int start = document.Tokens.GetSpan(i).Start;
        foreach (var place in document.Places)
            if (place.Span.Contains(start)) return false;
        foreach (var timex in document.Timexes)
            if (timex.Span.Contains(start)) return false;
        return ActorAt(document, i, Places.ActorKind.Organization) is null;
    }

    /// <summary>
    /// The token before "on Monday" or "Monday" ending at <paramref name="i"/> (a time expression, with its "on"), or
    /// <paramref name="i"/> when no time expression ends there.
    /// </summary>
    private static int PastTimePhrase(AnalyzedDocument document, Text.Sentence sentence, int i)
    {
        if (i < sentence.FirstToken) return i;
        int end = document.Tokens.GetSpan(i).End;
        foreach (var timex in document.Timexes)
        {
            if (timex.Span.End != end) continue;
            int first = document.Tokens.FindFirstEndingAfter(timex.Span.Start);
            if (first <= sentence.FirstToken) return i;
            if (first - 1 > sentence.FirstToken && document.Tokens.GetChars(first - 1).Equals("on", StringComparison.OrdinalIgnoreCase)) first--;
            return first - 1;
        }
        return i;
    }

    /// <summary>
    /// "Keller was received by Prime Minister Lena Marsh", "the delegation was greeted by the king": a verb of receiving a
    /// visitor (trigger-cues.tsv, receiving) in the passive, between a party (a name, "he"/"she", or a word for an envoy)
    /// and "by" and a party, is the host receiving the visitor, as its active form with a party as object is. Not "the
    /// letter was received by the ministry" (no party receives a thing).
    /// </summary>
    private bool ReceivedByParty(AnalyzedDocument document, Text.Sentence sentence, LexiconMatch match)
    {
        int v = match.FirstToken;
        var tokens = document.Tokens;
        var pos = document.Pos.Span;
        if (match.Entry.Label != TriggerLabel.Meeting || match.TokenCount != 1 || v >= pos.Length || !_cues.Has(tokens.GetChars(v), "receiving")) return false;
        return PassiveReceptionAt(document, sentence, v);
    }

    /// <summary>
    /// A verb of receiving or welcoming at <paramref name="v"/> in the passive, between a party and "by" and a party
    /// (see <see cref="ReceivedByParty"/>).
    /// </summary>
    private bool PassiveReceptionAt(AnalyzedDocument document, Text.Sentence sentence, int v)
    {
        var tokens = document.Tokens;
        var pos = document.Pos.Span;
        int by = ByAfterPlacePhrase(document, sentence, v);
        if (by < 0 || by + 1 >= sentence.EndToken || !PartyPhraseAt(document, sentence, by + 1)) return false;
        // The passive auxiliary right before the verb, past one adverb ("was warmly received").
        int aux = v - 1;
        if (aux > sentence.FirstToken && pos[aux] == Tagging.UniversalPos.ADV) aux--;
        if (aux <= sentence.FirstToken || !IsBeForm(tokens.GetChars(aux))) return false;
        int subject = aux - 1;
        return PartyEndingAt(document, sentence, subject) >= 0 || _cues.Has(tokens.GetChars(subject), "counterpart");
    }

    /// <summary>
    /// The "by" right after the verb at <paramref name="v"/>, or after one short prepositional phrase of place or time
    /// right after it ("was received at the presidential palace by", "was met on arrival by"); -1 when there is none.
    /// </summary>
    private static int ByAfterPlacePhrase(AnalyzedDocument document, Text.Sentence sentence, int v)
    {
        var tokens = document.Tokens;
        var pos = document.Pos.Span;
        static bool IsBy(ReadOnlySpan<char> w) => w.Equals("by", StringComparison.OrdinalIgnoreCase);
        if (v + 1 >= sentence.EndToken || v + 1 >= pos.Length) return -1;
        if (IsBy(tokens.GetChars(v + 1))) return v + 1;
        if (pos[v + 1] != Tagging.UniversalPos.ADP) return -1;
        for (int k = v + 2; k < sentence.EndToken && k < pos.Length && k <= v + 6; k++)
        {
            if (IsBy(tokens.GetChars(k))) return k > v + 2 ? k : -1;
            if (pos[k] is not (Tagging.UniversalPos.DET or Tagging.UniversalPos.ADJ or Tagging.UniversalPos.NOUN or Tagging.UniversalPos.PROPN or Tagging.UniversalPos.NUM)) return -1;
        }
        return -1;
    }

    /// <summary>A form of "be", the auxiliary of a passive.</summary>
    private static bool IsBeForm(ReadOnlySpan<char> w) =>
        w.Equals("was", StringComparison.OrdinalIgnoreCase) || w.Equals("were", StringComparison.OrdinalIgnoreCase)
        || w.Equals("is", StringComparison.OrdinalIgnoreCase) || w.Equals("are", StringComparison.OrdinalIgnoreCase)
        || w.Equals("be", StringComparison.OrdinalIgnoreCase) || w.Equals("been", StringComparison.OrdinalIgnoreCase)
        || w.Equals("being", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A meeting verb whose direct object is a party ("hosting Afghan officials", "received the delegation")
    /// is a meeting even where the training sentences only saw the verb in other senses (web hosting).
    /// </summary>
    private bool VerbTakesPartyObject(AnalyzedDocument document, LexiconMatch match)
    {
        if (match.Entry.Label != TriggerLabel.Meeting || match.TokenCount != 1) return false;
        var pos = document.Pos.Span;
        if (pos.Length <= match.FirstToken || pos[match.FirstToken] != Tagging.UniversalPos.VERB) return false;
        var tokens = document.Tokens;
        int next = match.FirstToken + 1;
        // Allow a determiner or adjective before the object ("hosting the Taliban delegation").
        while (next < tokens.Count && next < match.FirstToken + 3 && pos.Length > next && pos[next] is Tagging.UniversalPos.DET or Tagging.UniversalPos.ADJ)
            next++;
        if (next >= tokens.Count) return false;
        int objectStart = tokens.GetSpan(next).Start;
        foreach (var actor in document.Actors)
        {
            // (Organizations are objects of visits and hosting as places and companies; anyone met is a party.)
            if (!actor.Span.Contains(objectStart) || (actor.Kind == Places.ActorKind.Organization && match.Entry.Lemma != "meet")) continue;
            // "received the UK's top award": a party owning the object is not the one received; "received the Nobel
            // Prize", "the Holt Poetry Prize": an object headed by a word for an honour (trigger-cues.tsv, award) is a
            // thing, whatever the name before it was tagged.
            int last = tokens.FindFirstEndingAfter(actor.Span.End - 1);
            if (last + 1 < tokens.Count && tokens.GetChars(last + 1) is "'s" or "’s" or "'" or "’") continue;
            int head = last;
            while (head + 1 < Math.Min(tokens.Count, pos.Length) && head < last + 4 && pos[head + 1] is Tagging.UniversalPos.PROPN or Tagging.UniversalPos.NOUN) head++;
            if (head < tokens.Count && _cues.Has(tokens.GetChars(head), "award")) continue;
            return true;
        }
        // "received the Brazilian ambassador", "hosted his Italian counterpart": an object headed by a word for a party's envoy.
        for (int i = next, end = Math.Min(Math.Min(tokens.Count, pos.Length), next + 4); i < end; i++)
        {
            // ("met the governor's approval": a party owning the object is not the one met; "visited the victims' families":
            // the one it owns may be.)
            if (_cues.Has(tokens.GetChars(i), "counterpart"))
            {
                if (!(i + 1 < tokens.Count && tokens.GetChars(i + 1) is "'s" or "’s" or "'" or "’")) return true;
                i++;
                continue;
            }
            // ("received Britain's ambassador": past a possessor to the head.)
            if (tokens.GetChars(i) is "'s" or "’s") continue;
            if (pos[i] is not (Tagging.UniversalPos.DET or Tagging.UniversalPos.ADJ or Tagging.UniversalPos.PROPN or Tagging.UniversalPos.NOUN or Tagging.UniversalPos.PRON)) return false;
        }
        return false;
    }

    /// <summary>
    /// "welcomed his South Korean counterpart to Tokyo", "welcomed the visiting delegation to the palace": a welcome
    /// whose object is headed by a word for a party's envoy (trigger-cues.tsv, counterpart) and goes on with "to" and
    /// a place is a host receiving a visitor, not a reaction to news ("welcomed the decision").
    /// </summary>
    private bool WelcomesEnvoyToPlace(AnalyzedDocument document, Text.Sentence sentence, LexiconMatch match) =>
        match.Entry.Label == TriggerLabel.Statement && match.Entry.Lemma == "welcome"
        && (EnvoyToPlaceAfter(document, sentence, match.FirstToken) || EnvoyObjectAfter(document, sentence, match.FirstToken));

    /// <summary>
    /// "The king welcomed the visiting French president", "welcomed the delegation": an object phrase that ends in a word
    /// for a party's envoy is a visitor received, even with no place named. Not "welcomed the president's decision" nor
    /// "welcomed the leaders' pledge" (the envoy only owns what is welcomed).
    /// </summary>
    private bool EnvoyObjectAfter(AnalyzedDocument document, Text.Sentence sentence, int verb)
    {
        var tokens = document.Tokens;
        var pos = document.Pos.Span;
        int end = Math.Min(sentence.EndToken, pos.Length);
        for (int i = verb + 1; i < end && i < verb + 6; i++)
        {
            var chars = tokens.GetChars(i);
            if (pos[i] == Tagging.UniversalPos.NOUN && _cues.Has(chars, "counterpart"))
                return i + 1 >= end || (pos[i + 1] is not (Tagging.UniversalPos.NOUN or Tagging.UniversalPos.PROPN or Tagging.UniversalPos.PART)
                                        && tokens.GetChars(i + 1) is not ("'s" or "’s" or "'" or "’"));
            // ("the visiting French president": a participle modifies the phrase.)
            bool participle = pos[i] == Tagging.UniversalPos.VERB && chars.EndsWith("ing", StringComparison.Ordinal);
            if (!participle && pos[i] is not (Tagging.UniversalPos.DET or Tagging.UniversalPos.ADJ or Tagging.UniversalPos.PROPN or Tagging.UniversalPos.PRON)) return false;
        }
        return false;
    }

    /// <summary>
    /// After a welcoming verb at <paramref name="verb"/>: an object headed by a word for a party's envoy, or a person's
    /// name ("welcomed Swedish Prime Minister Ulf Kristersson to Ankara"), then "to", "at" or "in" and a place.
    /// </summary>
    private bool EnvoyToPlaceAfter(AnalyzedDocument document, Text.Sentence sentence, int verb)
    {
        var tokens = document.Tokens;
        var pos = document.Pos.Span;
        bool envoy = false;
        for (int i = verb + 1, end = Math.Min(Math.Min(sentence.EndToken, pos.Length), verb + 8); i < end; i++)
        {
            var chars = tokens.GetChars(i);
            // ("welcomed Starmer at the Elysee Palace", "welcomed the delegation in Ankara": a place he is received at.)
            if (envoy && (chars.Equals("to", StringComparison.OrdinalIgnoreCase) || chars.Equals("at", StringComparison.OrdinalIgnoreCase)
                          || chars.Equals("in", StringComparison.OrdinalIgnoreCase)) && i + 1 < sentence.EndToken)
            {
                int next = tokens.GetSpan(i + 1).Start;
                // ("to the border city of Cucuta": a place noun and "of" may come before the name.)
                int reach = tokens.GetSpan(Math.Min(sentence.EndToken - 1, i + 5)).End;
                foreach (var place in document.Places)
                    if (place.Span.Contains(next) || (place.Span.Start > next && place.Span.Start <= reach && !VerbBetween(pos, tokens, i + 1, place.Span.Start))) return true;
                return false;
            }
            if (_cues.Has(chars, "counterpart") || IsInPerson(document, i)) { envoy = true; continue; }
            if (pos[i] is not (Tagging.UniversalPos.DET or Tagging.UniversalPos.ADJ or Tagging.UniversalPos.PROPN or Tagging.UniversalPos.NOUN or Tagging.UniversalPos.PRON)) return false;
        }
        return false;
    }

    /// <summary>A verb among the tokens from <paramref name="from"/> that start before <paramref name="offset"/>.</summary>
    private static bool VerbBetween(ReadOnlySpan<Tagging.UniversalPos> pos, Text.TokenTable tokens, int from, int offset)
    {
        for (int k = from; k < pos.Length && tokens.GetSpan(k).Start < offset; k++)
            if (pos[k] == Tagging.UniversalPos.VERB) return true;
        return false;
    }

    /// <summary>
    /// "Lula visited Beijing", "a visit by Prime Minister Narendra Modi to Washington", "Modi's trip to Paris", "a trip by
    /// the Chinese premier to Berlin": a named person's or an official's visit to a named place is a visit to its hosts,
    /// although the training sentences mostly saw the word for tourists and museums. (Unnamed visitors, "tourists
    /// visited the island", are left to the classifier.)
    /// </summary>
    private bool PersonVisitsPlace(AnalyzedDocument document, Text.Sentence sentence, LexiconMatch match)
    {
        if (match.Entry.Label != TriggerLabel.Meeting || match.Entry.Lemma is not ("visit" or "visit to" or "state visit" or "trip" or "trip to")) return false;
        var tokens = document.Tokens;
        var text = document.Text.AsSpan();
        int triggerStart = tokens.GetSpan(match.FirstToken).Start;
        int after = match.EndToken;
        bool visitor = false;
        // The visitor before the trigger ("X visited", "X will visit", "X's visit"), with no punctuation between.
        int windowStart = tokens.GetSpan(Math.Max(sentence.FirstToken, match.FirstToken - 4)).Start;
        foreach (var actor in document.Actors)
        {
            if (actor.Kind != Places.ActorKind.Person || actor.Span.End > triggerStart || actor.Span.End < windowStart) continue;
            if (text[actor.Span.End..triggerStart].IndexOfAny(",;:.\"") < 0) { visitor = true; break; }
        }
        // The visitor after "by" ("a visit by Prime Minister X to Y"): the place is looked for after the name.
        if (!visitor && after < sentence.EndToken && tokens.GetSpan(after).Length == 2 && text.Slice(tokens.GetSpan(after).Start, 2).Equals("by", StringComparison.OrdinalIgnoreCase))
        {
            int limit = tokens.GetSpan(Math.Min(sentence.EndToken - 1, after + 5)).End;
            foreach (var actor in document.Actors)
            {
                if (actor.Kind != Places.ActorKind.Person || actor.Span.Start <= tokens.GetSpan(after).Start || actor.Span.Start > limit) continue;
                if (text[tokens.GetSpan(after).End..actor.Span.Start].IndexOfAny(",;:.\"") >= 0) continue;
                visitor = true;
                after = tokens.FindFirstEndingAfter(actor.Span.End - 1) + 1;
                break;
            }
            // ("a planned visit by the Chinese premier to Berlin": an unnamed official after "by" acts for a state too.)
            var pos = document.Pos.Span;
            for (int k = after + 1, end = Math.Min(Math.Min(sentence.EndToken, pos.Length), after + 5); !visitor && k < end; k++)
            {
                if (_cues.Has(tokens.GetChars(k), "official")) { visitor = true; after = k + 1; break; }
                if (pos[k] is not (Tagging.UniversalPos.DET or Tagging.UniversalPos.ADJ or Tagging.UniversalPos.PROPN or Tagging.UniversalPos.NOUN)) break;
            }
        }
        // An unnamed official or delegation right before the trigger ("The U.S. envoy visited", "a Chinese trade
        // delegation will visit"): an office acts for a state, so its visit to a place implies hosts.
        for (int k = match.FirstToken - 1; !visitor && k >= sentence.FirstToken && k >= match.FirstToken - 2; k--)
        {
            var w = tokens.GetChars(k);
            if (_cues.Has(w, "official")) visitor = true;
            else if (!(w.Length > 0 && char.IsLetter(w[0]) && (w.Equals("will", StringComparison.OrdinalIgnoreCase) || w.EndsWith("ly", StringComparison.OrdinalIgnoreCase)))) break;
        }
        if (!visitor || after >= sentence.EndToken) return false;
        // The place right after the trigger or the visitor ("visited Beijing", "to Washington", "to the Vatican").
        int placeFrom = tokens.GetSpan(after).Start;
        int placeTo = tokens.GetSpan(Math.Min(sentence.EndToken - 1, after + 2)).End;
        foreach (var place in document.Places)
            if (place.Span.Start >= placeFrom && place.Span.Start < placeTo) return true;
        return false;
    }

    /// <summary>True when a Meeting candidate already stands in sentence <paramref name="s"/>.</summary>
    private static bool HasMeeting(List<TriggerCandidate> output, int s)
    {
        foreach (var c in output)
            if (c.Sentence == s && c.Type == EventType.Meeting) return true;
        return false;
    }

    /// <summary>True when a candidate of sentence <paramref name="s"/> already covers token <paramref name="t"/>.</summary>
    private static bool Covered(List<TriggerCandidate> output, int s, int t) => CoveringIndex(output, s, t) >= 0;

    /// <summary>Index in <paramref name="output"/> of the candidate of sentence <paramref name="s"/> covering token <paramref name="t"/>, or -1.</summary>
    private static int CoveringIndex(List<TriggerCandidate> output, int s, int t)
    {
        for (int i = 0; i < output.Count; i++)
        {
            var c = output[i];
            if (c.Sentence == s && c.FirstToken <= t && c.FirstToken + c.TokenCount > t) return i;
        }
        return -1;
    }

    /// <summary>The first actor of the document whose span holds the start of token <paramref name="i"/> and whose kind is
    /// one of <paramref name="kinds"/> (any kind when none are given); null when there is none.</summary>
    private static Places.Actor? ActorAt(AnalyzedDocument document, int i, params ReadOnlySpan<Places.ActorKind> kinds)
    {
        int start = document.Tokens.GetSpan(i).Start;
        foreach (var actor in document.Actors)
        {
            if (!actor.Span.Contains(start)) continue;
            if (kinds.IsEmpty) return actor;
            foreach (var kind in kinds)
                if (actor.Kind == kind) return actor;
        }
        return null;
    }

    /// <summary>"with" and a named party or an envoy word right after it, a few words after the verb, before the clause ends.</summary>
    private bool WithPartyAfter(AnalyzedDocument document, Text.Sentence sentence, int verb)
    {
        var tokens = document.Tokens;
        var pos = document.Pos.Span;
        for (int j = verb + 1, end = Math.Min(sentence.EndToken - 1, verb + 1 + TalkWindow); j < end; j++)
        {
            var w = tokens.GetChars(j);
            if (w.Length == 1 && w[0] is ',' or ';' or ':' or '.' or '"') return false;
            if (!w.Equals("with", StringComparison.OrdinalIgnoreCase)) continue;
            // ("discussed the war and ties with Washington": a country after the "with" of a noun of ties is the one tied,
            // not one talked with; a person there, "discussed relations with President Putin", is still the one met.)
            bool tie = j - 1 > verb && _cues.Has(tokens.GetChars(j - 1), "relation");
            // Past a determiner or adjectives to the party ("with his British counterpart", "with President Chirac"), or
            // past a short role phrase and its comma to the name in apposition ("with her closest ally, President X").
            bool comma = false;
            for (int k = j + 1, limit = j + 5; k < Math.Min(sentence.EndToken, limit) && k < pos.Length; k++)
            {
                if (ActorAt(document, k, Places.ActorKind.Person) is not null || (!tie && ActorAt(document, k, Places.ActorKind.Country) is not null)) return true;
                if (_cues.Has(tokens.GetChars(k), "counterpart")) return true;
                var kw = tokens.GetChars(k);
                if (!comma && k > j + 1 && kw.Length == 1 && kw[0] == ',') { comma = true; limit = k + 5; continue; }
                // (A lowercase role word the tagger took for an adverb, "her closest ally".)
                bool roleWord = !comma && pos[k] == Tagging.UniversalPos.ADV && kw.Length > 0 && char.IsLower(kw[0]) && k + 1 < sentence.EndToken
                    && tokens.GetChars(k + 1) is [','];
                if (!roleWord && pos[k] is not (Tagging.UniversalPos.DET or Tagging.UniversalPos.ADJ or Tagging.UniversalPos.PROPN or Tagging.UniversalPos.NOUN or Tagging.UniversalPos.PRON)) break;
            }
            return false;
        }
        return false;
    }

    /// <summary>True when token <paramref name="i"/> lies inside a person's name.</summary>
    private static bool IsInPerson(AnalyzedDocument document, int i) => ActorAt(document, i, Places.ActorKind.Person) is not null;

    /// <summary>
    /// "President Erdogan welcomed Swedish Prime Minister Ulf Kristersson to Ankara": a welcoming verb the lexicon leaves
    /// alone (it lists "welcomed the …", a reaction to news) whose object is an envoy or a named person welcomed to a
    /// place is a host receiving a visitor.
    /// </summary>
    private void AddWelcomeVisits(AnalyzedDocument document, int s, List<TriggerCandidate> output)
    {
        var sentence = document.Sentences[s];
        var tokens = document.Tokens;
        var pos = document.Pos.Span;
        for (int t = sentence.FirstToken; t < sentence.EndToken && t < pos.Length; t++)
        {
            if (pos[t] != Tagging.UniversalPos.VERB || !_cues.Has(tokens.GetChars(t), "welcoming")) continue;
            if (!Covered(output, s, t) && (EnvoyToPlaceAfter(document, sentence, t) || PersonWelcomesPerson(document, sentence, t) || PassiveReceptionAt(document, sentence, t)))
                output.Add(new TriggerCandidate(s, t, 1, EventType.Meeting, PartyObjectConfidence));
        }
    }

    /// <summary>
    /// "Otieno welcomed Alemu and ...", "Macron welcomed Ukrainian President Volodymyr Zelensky on Friday": a person
    /// welcoming a named person (past titles) is a host receiving a visitor even with no place named. Not "welcomed
    /// Smith's decision" (the person only owns what is welcomed) nor "the party welcomed the plan" (no person on either side).
    /// </summary>
    private static bool PersonWelcomesPerson(AnalyzedDocument document, Text.Sentence sentence, int verb)
    {
        var tokens = document.Tokens;
        var pos = document.Pos.Span;
        int subject = verb - 1;
        if (subject > sentence.FirstToken && pos[subject] == Tagging.UniversalPos.ADV) subject--;
        if (subject < sentence.FirstToken || !IsInPerson(document, subject)) return false;
        int end = Math.Min(sentence.EndToken, pos.Length);
        int i = verb + 1;
        while (i < end && i < verb + 5 && !IsInPerson(document, i) && pos[i] is Tagging.UniversalPos.DET or Tagging.UniversalPos.ADJ or Tagging.UniversalPos.PROPN)
            i++;
        if (i >= end || !IsInPerson(document, i)) return false;
        while (i < end && IsInPerson(document, i)) i++;
        return !(i < end && tokens.GetChars(i) is "'s" or "’s" or "'" or "’");
    }

    /// <summary>
    /// "Representatives of Ukraine, Russia, Turkey and the United Nations gathered in Istanbul": an intransitive verb of
    /// coming together (trigger-cues.tsv, gathering) whose subject names two or more countries or bodies, its other
    /// words only determiners, adjectives, "of"/"from", list commas and words for envoys (trigger-cues.tsv, envoys), is a
    /// meeting of those parties. Not "Protesters from France and Spain gathered", "Troops from X and Y gathered" (no
    /// envoy word) nor "gathered evidence".
    /// </summary>
    private void AddGatherings(AnalyzedDocument document, int s, List<TriggerCandidate> output)
    {
        var sentence = document.Sentences[s];
        var tokens = document.Tokens;
        var pos = document.Pos.Span;
        for (int t = sentence.FirstToken + 1; t < sentence.EndToken && t < pos.Length; t++)
        {
            if (pos[t] != Tagging.UniversalPos.VERB || !_cues.Has(tokens.GetChars(t), "gathering") || Covered(output, s, t)) continue;
            if (t + 1 < sentence.EndToken && t + 1 < pos.Length && pos[t + 1] is not (Tagging.UniversalPos.ADP or Tagging.UniversalPos.PUNCT)) continue;
            var parties = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            bool official = false, clean = true;
            // ("Agriculture ministers from the 16 member states of X": envoys of one body, with numbers and common nouns
            // between them and it, meet too; the scan goes on past such words and stops at any other.)
            bool conferring = false, looseClean = true, namedBody = false;
            int k = t - 1;
            for (int n = 0; k >= sentence.FirstToken && n < 24 && looseClean; k--, n++)
            {
                int start = tokens.GetSpan(k).Start;
                var w = tokens.GetChars(k);
                // ("ministers from", "envoys of": a word for conferring envoys before "from"/"of".)
                bool confers = _cues.Has(w, "conferring") && k + 1 < t && IsFromOrOf(tokens.GetChars(k + 1));
                if (confers) conferring = true;
                if (!clean)
                {
                    if (confers) { }
                    else if (pos[k] is not (Tagging.UniversalPos.NUM or Tagging.UniversalPos.NOUN or Tagging.UniversalPos.DET or Tagging.UniversalPos.ADJ or Tagging.UniversalPos.PROPN or Tagging.UniversalPos.ADP)) looseClean = false;
                    else if (pos[k] == Tagging.UniversalPos.ADP && !IsFromOrOf(w)) looseClean = false;
                    if (!looseClean) break;
                    // (A body the recognizer missed, "the Southern African Development Community": capitalized words.)
                    if (pos[k] != Tagging.UniversalPos.DET && char.IsUpper(w[0]) && !conferring) namedBody = true;
                    continue;
                }
                string? party = null;
                if (ActorAt(document, k, Places.ActorKind.Country, Places.ActorKind.Organization) is { } body) party = body.CountryCode ?? body.Text;
                if (party is null)
                    foreach (var place in document.Places)
                        if (place.Span.Contains(start) && place.IsCountry) { party = place.CountryCode ?? place.Text; break; }
                if (party is not null) { parties.Add(party); continue; }
                if (_cues.Has(w, "envoys")) { official = true; continue; }
                if (w.Length == 1 && w[0] == ',') continue;
                if (IsFromOrOf(w)) continue;
                if (pos[k] is Tagging.UniversalPos.DET or Tagging.UniversalPos.CCONJ or Tagging.UniversalPos.ADJ || (pos[k] == Tagging.UniversalPos.PROPN && char.IsUpper(w[0]))) continue;
                clean = false;
                k++; n--; // read this word again under the looser test
            }
            // The subject runs to the sentence start or to the clause break before it ("..., and"/"after").
            if (clean && parties.Count >= 2 && (official || PartiesOnly(document, sentence, k + 1, t)))
                output.Add(new TriggerCandidate(s, t, 1, EventType.Meeting, PartyObjectConfidence));
            else if (conferring && (parties.Count >= 1 || namedBody) && (k < sentence.FirstToken || pos[k] is Tagging.UniversalPos.PUNCT or Tagging.UniversalPos.SCONJ or Tagging.UniversalPos.CCONJ))
                output.Add(new TriggerCandidate(s, t, 1, EventType.Meeting, PartyObjectConfidence));
            else if (NamedBodyConferrers(document, sentence, t))
                output.Add(new TriggerCandidate(s, t, 1, EventType.Meeting, PartyObjectConfidence));
        }
    }

    /// <summary>
    /// "NATO defence ministers gathered", "EU leaders gathered", "Arab foreign ministers gathered": a subject headed, right
    /// before the verb at <paramref name="verb"/>, by a word for conferring envoys (trigger-cues.tsv, conferring) whose
    /// modifiers (no more than three, from the clause start) name a body or nation with a capitalized word are that
    /// body's members meeting, though no "from"/"of" names it. Not "party leaders gathered" (nothing named) nor
    /// "Thousands of protesters gathered" (no envoy head).
    /// </summary>
    private bool NamedBodyConferrers(AnalyzedDocument document, Text.Sentence sentence, int verb)
    {
        var tokens = document.Tokens;
        var pos = document.Pos.Span;
        int head = verb - 1;
        if (head <= sentence.FirstToken || !_cues.Has(tokens.GetChars(head), "conferring")) return false;
        bool named = false;
        int k = head - 1;
        for (int n = 0; k >= sentence.FirstToken && n < 4; k--, n++)
        {
            if (pos[k] is Tagging.UniversalPos.DET) { k--; break; }
            if (pos[k] is not (Tagging.UniversalPos.NOUN or Tagging.UniversalPos.ADJ or Tagging.UniversalPos.PROPN or Tagging.UniversalPos.NUM)) break;
            // (A sentence's first word is capitalized anyway: there it must be a name or a nationality, "Arab foreign ministers".)
            var w = tokens.GetChars(k);
            if (char.IsUpper(w[0]) && (k > sentence.FirstToken || pos[k] == Tagging.UniversalPos.PROPN || ActorAt(document, k) is not null
                                       || Places.Gazetteer.Default.Find(w) is { Sense: Places.NameSense.Demonym })) named = true;
        }
        // (The subject starts the clause: "said EU leaders gathered" is not one to trust, "On Monday, EU leaders gathered" is.)
        return named && (k < sentence.FirstToken || pos[k] is Tagging.UniversalPos.PUNCT or Tagging.UniversalPos.SCONJ or Tagging.UniversalPos.CCONJ);
    }

    /// <summary>
    /// "Artillery shells hit a bus station", "A grenade thrown into a market killed two", "Turkish warplanes struck
    /// positions", "was hit by a roadside bomb": an impact verb (trigger-cues.tsv, impact) whose subject is a munition
    /// or warcraft (right before it, or before a participle phrase: "a grenade hurled at a cafe ... wounded"), or, for
    /// "hit"/"struck" in the passive, whose "by" agent holds one, is an attack whatever the classifier made of the verb
    /// alone. "hit by a car", "struck a deal", "Lightning struck" name no weapon and are left alone.
    /// </summary>
    private void AddWeaponImpacts(AnalyzedDocument document, int s, List<TriggerCandidate> output)
    {
        var sentence = document.Sentences[s];
        var tokens = document.Tokens;
        var pos = document.Pos.Span;
        for (int t = sentence.FirstToken; t < sentence.EndToken && t < pos.Length; t++)
        {
            var word = tokens.GetChars(t);
            bool blast = _cues.Has(word, "blast");
            if (pos[t] != Tagging.UniversalPos.VERB || !(blast || _cues.Has(word, "impact"))) continue;
            int covering = CoveringIndex(output, s, t);
            // (A weak Attack the classifier kept, "struck" at its prior, gains the weapon's confidence; another type is left alone.)
            if (covering >= 0 && (output[covering].Type != EventType.Attack || output[covering].Confidence >= MunitionConfidence)) continue;
            bool passive = t > sentence.FirstToken && pos[t - 1] == Tagging.UniversalPos.AUX
                           && t + 1 < sentence.EndToken && tokens.GetChars(t + 1).Equals("by", StringComparison.OrdinalIgnoreCase);
            // ("A car bomb exploded": only a munition that goes off makes a blast an attack; "gas exploded" is an accident.)
            if (blast ? !WeaponSubject(document, sentence, t, "explosive") : !(passive ? WeaponInPhrase(document, sentence, t + 2) : WeaponSubject(document, sentence, t))) continue;
            if (covering >= 0) output[covering] = output[covering] with { Confidence = MunitionConfidence };
            else output.Add(new TriggerCandidate(s, t, 1, EventType.Attack, MunitionConfidence));
        }
    }

    /// <summary>True when the noun phrase from <paramref name="i"/> (determiners, numbers, modifiers, nouns) holds a munition or warcraft word.</summary>
    private bool WeaponInPhrase(AnalyzedDocument document, Text.Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        var pos = document.Pos.Span;
        for (int k = i, end = Math.Min(Math.Min(sentence.EndToken, pos.Length), i + MunitionWindow + 1); k < end; k++)
        {
            if (IsWeapon(tokens.GetChars(k))) return true;
            // ("an improvised explosive device", "a Russian missile", "a roadside bomb": modifiers of the head.)
            if (pos[k] is not (Tagging.UniversalPos.DET or Tagging.UniversalPos.NUM or Tagging.UniversalPos.ADJ or Tagging.UniversalPos.NOUN
                or Tagging.UniversalPos.PROPN or Tagging.UniversalPos.VERB)) return false;
        }
        return false;
    }

    private bool IsWeapon(ReadOnlySpan<char> word) => _cues.Has(word, "munition") || _cues.Has(word, "warcraft");

    /// <summary>
    /// The subject of the verb at <paramref name="verb"/> is a munition or warcraft (or a word of <paramref name="weaponClass"/>): the word right before it (past
    /// auxiliaries and adverbs), or one a few words back that a participle follows ("a grenade thrown into a crowded
    /// market in Bujumbura killed"), with no comma, clause word or finite verb between.
    /// </summary>
    private bool WeaponSubject(AnalyzedDocument document, Text.Sentence sentence, int verb, string? weaponClass = null)
    {
        bool IsWeaponWord(ReadOnlySpan<char> w) => weaponClass is null ? IsWeapon(w) : _cues.Has(w, weaponClass);
        var tokens = document.Tokens;
        var pos = document.Pos.Span;
        int i = verb - 1;
        while (i >= sentence.FirstToken && pos[i] is Tagging.UniversalPos.AUX or Tagging.UniversalPos.ADV && verb - i <= 3) i--;
        if (i < sentence.FirstToken) return false;
        if (IsWeaponWord(tokens.GetChars(i))) return true;
        for (int k = i - 1; k >= sentence.FirstToken && i - k <= 10; k--)
        {
            if (pos[k] is Tagging.UniversalPos.PUNCT or Tagging.UniversalPos.SCONJ or Tagging.UniversalPos.AUX or Tagging.UniversalPos.PRON) return false;
            if (pos[k] == Tagging.UniversalPos.VERB)
            {
                // ("a grenade thrown", "the shells fired from the hills": a participle right after the weapon.)
                return k - 1 >= sentence.FirstToken && IsWeaponWord(tokens.GetChars(k - 1)) && IsParticiple(tokens.GetChars(k));
            }
        }
        return false;
    }

    private static bool IsParticiple(ReadOnlySpan<char> w) =>
        w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || w.EndsWith("wn", StringComparison.OrdinalIgnoreCase) || w.EndsWith("en", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "rammed his car into a bus stop", "drove a truck into a crowd of shoppers", "rammed pedestrians": a verb of driving
    /// at (trigger-cues.tsv, ramming) with a vehicle object and "into" after it, for forms of "ram" with any goal and for
    /// the others with a crowd word a few words on; or a form of "ram" with a crowd word as its object. Not "drove his
    /// car into a ditch" nor "A car crashed into a barrier" (no ramming verb).
    /// </summary>
    private void AddRammings(AnalyzedDocument document, int s, List<TriggerCandidate> output)
    {
        var sentence = document.Sentences[s];
        var tokens = document.Tokens;
        var pos = document.Pos.Span;
        int end = Math.Min(sentence.EndToken, pos.Length);
        for (int t = sentence.FirstToken; t + 1 < end; t++)
        {
            var word = tokens.GetChars(t);
            if (pos[t] != Tagging.UniversalPos.VERB || !_cues.Has(word, "ramming") || Covered(output, s, t)) continue;
            bool ram = word.StartsWith("ram", StringComparison.OrdinalIgnoreCase);
            int k = t + 1;
            while (k < end && k - t <= 4 && pos[k] is Tagging.UniversalPos.DET or Tagging.UniversalPos.PRON or Tagging.UniversalPos.ADJ or Tagging.UniversalPos.NUM
                   && !_cues.Has(tokens.GetChars(k), "crowd")) k++;
            if (k >= end) continue;
            bool attack = false;
            if (_cues.Has(tokens.GetChars(k), "crowd")) attack = ram;
            else if (_cues.Has(tokens.GetChars(k), "vehicle") && k + 1 < end && tokens.GetChars(k + 1).Equals("into", StringComparison.OrdinalIgnoreCase))
            {
                attack = ram;
                for (int j = k + 2; !attack && j < end && j - k <= 5; j++)
                    attack = _cues.Has(tokens.GetChars(j), "crowd");
            }
            if (attack) output.Add(new TriggerCandidate(s, t, 1, EventType.Attack, MunitionConfidence));
        }
    }

    /// <summary>
    /// "was charged with beating his daughter", "soldiers beat several villagers", "he punched a woman", "was beaten by
    /// police": a verb of striking by hand (trigger-cues.tsv, striking), which the lexicon leaves alone ("beat the odds",
    /// "beat Arsenal"), with a person struck as its object (trigger-cues.tsv, struck; past "up", a determiner or
    /// possessive and modifiers), or in the passive with "by" and a force or an assailant (trigger-cues.tsv, force,
    /// assailant), is an assault.
    /// </summary>
    private void AddBeatings(AnalyzedDocument document, int s, List<TriggerCandidate> output)
    {
        var sentence = document.Sentences[s];
        var tokens = document.Tokens;
        var pos = document.Pos.Span;
        int end = Math.Min(sentence.EndToken, pos.Length);
        for (int t = sentence.FirstToken; t + 1 < end; t++)
        {
            if (pos[t] != Tagging.UniversalPos.VERB || !_cues.Has(tokens.GetChars(t), "striking") || Covered(output, s, t)) continue;
            int k = t + 1;
            if (tokens.GetChars(k).Equals("up", StringComparison.OrdinalIgnoreCase)) k++;
            bool byAgent = k + 1 < end && tokens.GetChars(k).Equals("by", StringComparison.OrdinalIgnoreCase);
            if (byAgent) k++;
            bool struck = false;
            for (int n = 0; k < end && n < 5 && !struck; k++, n++)
            {
                var w = tokens.GetChars(k);
                struck = byAgent ? _cues.Has(w, "force") || _cues.Has(w, "assailant") : _cues.Has(w, "struck");
                if (!struck && pos[k] is not (Tagging.UniversalPos.DET or Tagging.UniversalPos.PRON or Tagging.UniversalPos.ADJ or Tagging.UniversalPos.NUM or Tagging.UniversalPos.NOUN)) break;
            }
            if (struck) output.Add(new TriggerCandidate(s, t, 1, EventType.Attack, MunitionConfidence));
        }
    }

    /// <summary>
    /// "Gunmen took 30 people hostage", "took dozens of villagers hostage", "had taken two aid workers hostage": a form of
    /// "take" (trigger-cues.tsv, captivetaking) with its captives between it and "hostage"/"hostages" (trigger-cues.tsv,
    /// captive), which the lexicon's phrases, needing the words side by side, miss, is a hostage-taking. The trigger is the
    /// verb alone, so that the captives stay its object.
    /// </summary>
    private void AddHostageTakings(AnalyzedDocument document, int s, List<TriggerCandidate> output)
    {
        var sentence = document.Sentences[s];
        var tokens = document.Tokens;
        var pos = document.Pos.Span;
        int end = Math.Min(sentence.EndToken, pos.Length);
        for (int t = sentence.FirstToken; t + 2 < end; t++)
        {
            if (pos[t] != Tagging.UniversalPos.VERB || !_cues.Has(tokens.GetChars(t), "captivetaking") || Covered(output, s, t)) continue;
            // (At most six words of a noun phrase: "30 people", "dozens of villagers", "a group of foreign tourists".)
            for (int k = t + 1; k < end && k - t <= 7; k++)
            {
                var w = tokens.GetChars(k);
                if (_cues.Has(w, "captive"))
                {
                    // (Not "taking Kuwaiti hostages", where the captive word heads the object itself, nor a question put
                    // ("Do you storm a church whose attackers took the priests hostage?").)
                    if (k > t + 1 && pos[k - 1] is not Tagging.UniversalPos.ADJ && !AsksAQuestion(document, sentence))
                        output.Add(new TriggerCandidate(s, t, 1, EventType.Attack, MunitionConfidence));
                    break;
                }
                bool of = w.Equals("of", StringComparison.OrdinalIgnoreCase);
                if (!of && pos[k] is not (Tagging.UniversalPos.DET or Tagging.UniversalPos.PRON or Tagging.UniversalPos.ADJ or Tagging.UniversalPos.NUM
                        or Tagging.UniversalPos.NOUN or Tagging.UniversalPos.PROPN)) break;
            }
        }
    }

    /// <summary>True when the sentence ends in a question mark.</summary>
    private static bool AsksAQuestion(AnalyzedDocument document, Text.Sentence sentence) =>
        sentence.EndToken > sentence.FirstToken && document.Tokens.GetChars(sentence.EndToken - 1) is "?";

    /// <summary>True when the tokens from <paramref name="first"/> to before <paramref name="end"/> hold no common noun (a bare list of parties).</summary>
    private static bool PartiesOnly(AnalyzedDocument document, Text.Sentence sentence, int first, int end)
    {
        var pos = document.Pos.Span;
        for (int k = Math.Max(first, sentence.FirstToken); k < end && k < pos.Length; k++)
            if (pos[k] == Tagging.UniversalPos.NOUN) return false;
        return true;
    }

    /// <summary>
    /// "The defense secretary called his Chinese counterpart on Tuesday", "Macron rang Chancellor Scholz": a form of
    /// "call" (trigger-cues.tsv, calling) whose object is a named person or country or an envoy word, with nothing after
    /// it that would be a second object ("called the senator a liar", "called Smith's plan a mistake"), is a phone call.
    /// Not "called on"/"called for" (a preposition follows) nor "called police" (no envoy or named party).
    /// </summary>
    private void AddCalls(AnalyzedDocument document, int s, List<TriggerCandidate> output)
    {
        var sentence = document.Sentences[s];
        var tokens = document.Tokens;
        var pos = document.Pos.Span;
        for (int t = sentence.FirstToken; t + 1 < sentence.EndToken && t + 1 < pos.Length; t++)
        {
            if (pos[t] != Tagging.UniversalPos.VERB || !_cues.Has(tokens.GetChars(t), "calling") || Covered(output, s, t)) continue;
            // ("they called me The Poet", "called him a liar": a pronoun object before a determiner is the one named; "a
            // cocktail called Santorum": after a noun that names no party, "called" names the thing.)
            if (pos[t + 1] == Tagging.UniversalPos.PRON && t + 2 < pos.Length && t + 2 < sentence.EndToken && pos[t + 2] == Tagging.UniversalPos.DET) continue;
            if (t > sentence.FirstToken && pos[t - 1] == Tagging.UniversalPos.NOUN && !_cues.Has(tokens.GetChars(t - 1), "official") && !_cues.Has(tokens.GetChars(t - 1), "counterpart")) continue;
            // ("Putin called Erdogan on Tuesday": after a named caller, a name the recognizer could not type is the one called.)
            bool namedCaller = t > sentence.FirstToken && ActorAt(document, t - 1, Places.ActorKind.Person, Places.ActorKind.Country) is not null;
            int end = CalledPartyEnd(document, sentence, t + 1, namedCaller);
            if (end < 0) continue;
            // What follows the party: the sentence's end, a time, a preposition, "and" or "to" + verb; not a second object
            // ("called Bush ``a liar''", "called Munero -- who … -- a ruffian").
            bool toVerb = end < sentence.EndToken && end + 1 < pos.Length && tokens.GetChars(end).Equals("to", StringComparison.OrdinalIgnoreCase)
                && pos[end + 1] == Tagging.UniversalPos.VERB;
            if (end < sentence.EndToken && end < pos.Length && !IsTimexStart(document, end)
                && !(tokens.GetChars(end) is "." || (pos[end] is Tagging.UniversalPos.ADP or Tagging.UniversalPos.CCONJ && !tokens.GetChars(end).Equals("as", StringComparison.OrdinalIgnoreCase))
                     || toVerb)) continue;
            // ("called the US to withdraw its troops": after "to", a verb that is no purpose of a call is what the party is
            // urged to do.)
            if (toVerb && end + 1 < sentence.EndToken && !_cues.Has(tokens.GetChars(end + 1), "callpurpose")) continue;
            output.Add(new TriggerCandidate(s, t, 1, EventType.Meeting, PartyObjectConfidence));
        }
    }

    /// <summary>Confidence of a labelling verb with a label after its object ("called the plan a disaster").</summary>
    private const float LabelingConfidence = 0.7f;

    /// <summary>How many words a labelled object may span ("the mother of Elian Gonzalez").</summary>
    private const int LabeledObjectWindow = 8;

    /// <summary>
    /// "X called the plan ``a disaster''", "Y branded him a traitor", "calling them Persians", "called the murder wrong":
    /// a labelling verb (trigger-cues.tsv, labeling) with an object and then a label (a quotation, a determiner, an
    /// adjective, or a noun after a pronoun object) is the subject's verdict, a Statement. So is one whose object stands
    /// before its subject ("a vision he called a cliche", "what he calls an ``eternal merger''"). Not "a company called
    /// Acme" (one noun phrase: a name), "called himself" (a reflexive names oneself), "called the police", "called a
    /// strike" or "called an election" (trigger-cues.tsv, convened: what is called is convened), "so-called", a passive
    /// ("is called the leader") nor the writer's own "we might call it art".
    /// </summary>
    private void AddLabelings(AnalyzedDocument document, int s, List<TriggerCandidate> output)
    {
        var sentence = document.Sentences[s];
        var tokens = document.Tokens;
        var pos = document.Pos.Span;
        int end = Math.Min(sentence.EndToken, pos.Length);
        for (int t = sentence.FirstToken; t + 2 < end; t++)
        {
            if (pos[t] != Tagging.UniversalPos.VERB || !_cues.Has(tokens.GetChars(t), "labeling") || Covered(output, s, t)) continue;
            // ("We might call these snapshots art", "I call it a scandal": the writer's own labelling, or the quoted
            // speaker's, folded into their act.)
            if (PersonalSubject(document, sentence, t)) continue;
            int label = -1;
            // ("The head of the operation is called the leader": a passive names its subject; whose verdict it is, if any,
            // the agent after the label would tell, too far from the verb for the speaker reader.)
            if (t > sentence.FirstToken && pos[t - 1] == Tagging.UniversalPos.AUX && !IsHaveForm(tokens.GetChars(t - 1))) continue;
            int objectEnd = LabeledObjectEnd(document, t + 1, end, out bool pronounObject);
            if (objectEnd > t + 1 && objectEnd < end && StartsLabel(document, objectEnd, end, pronounObject)) label = objectEnd;
            // ("a vision he called a cliche", "what he calls an eternal merger": the object was moved before the subject.)
            else if (ObjectBeforeSubject(document, sentence, t) && StartsLabel(document, t + 1, end, false)
                     && !StartsLabel(document, LabeledObjectEnd(document, t + 1, end, out _), end, false)) label = t + 1;
            if (label < 0 || ConvenedHead(document, label, end)) continue;
            output.Add(new TriggerCandidate(s, t, 1, EventType.Statement, LabelingConfidence));
        }
    }

    /// <summary>The subject right before the verb at <paramref name="t"/> (past adverbs and auxiliaries) is a first or
    /// second person pronoun (trigger-cues.tsv, personal).</summary>
    private bool PersonalSubject(AnalyzedDocument document, Text.Sentence sentence, int t)
    {
        var pos = document.Pos.Span;
        for (int k = t - 1; k >= sentence.FirstToken && k >= t - 4; k--)
        {
            if (pos[k] == Tagging.UniversalPos.PRON) return _cues.Has(document.Tokens.GetChars(k), "personal");
            if (pos[k] is not (Tagging.UniversalPos.ADV or Tagging.UniversalPos.AUX or Tagging.UniversalPos.PART)) return false;
        }
        return false;
    }

    private static bool IsHaveForm(ReadOnlySpan<char> w) =>
        w.Equals("has", StringComparison.OrdinalIgnoreCase) || w.Equals("have", StringComparison.OrdinalIgnoreCase)
        || w.Equals("had", StringComparison.OrdinalIgnoreCase) || w.Equals("having", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The token after the object of a labelling verb at <paramref name="i"/>: a pronoun (not a reflexive), or a noun
    /// phrase of determiners, adjectives, numbers, names and nouns with possessives, optionally with one "of" phrase and a
    /// parenthesis between dashes ("Munero -- who drove a taxi --"); <paramref name="i"/> when there is none.
    /// </summary>
    private static int LabeledObjectEnd(AnalyzedDocument document, int i, int end, out bool pronoun)
    {
        var tokens = document.Tokens;
        var pos = document.Pos.Span;
        pronoun = false;
        if (i >= end) return i;
        if (pos[i] == Tagging.UniversalPos.PRON)
        {
            var w = tokens.GetChars(i);
            if (w.EndsWith("self", StringComparison.OrdinalIgnoreCase) || w.EndsWith("selves", StringComparison.OrdinalIgnoreCase)) return i;
            // ("calls his plan ``a disaster''": a possessive pronoun opens a noun phrase.)
            if (!(i + 1 < end && pos[i + 1] is Tagging.UniversalPos.NOUN or Tagging.UniversalPos.ADJ or Tagging.UniversalPos.PROPN))
            {
                pronoun = true;
                return i + 1;
            }
        }
        int k = i, limit = Math.Min(end, i + LabeledObjectWindow);
        bool head = false, ofSeen = false;
        while (k < limit)
        {
            var p = pos[k];
            if (p is Tagging.UniversalPos.NOUN or Tagging.UniversalPos.PROPN) { head = true; k++; continue; }
            // ("called the drowning a crime": an -ing form after a determiner is a noun, whatever the tagger made of it.)
            if (p == Tagging.UniversalPos.VERB && !head && k > i && pos[k - 1] == Tagging.UniversalPos.DET
                && tokens.GetChars(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase)) { head = true; k++; continue; }
            if (p is Tagging.UniversalPos.DET or Tagging.UniversalPos.NUM or Tagging.UniversalPos.ADJ && !head
                || p == Tagging.UniversalPos.PRON && k == i
                || p == Tagging.UniversalPos.PART && head && tokens.GetChars(k) is "'s" or "’s" or "'")
            {
                if (p is Tagging.UniversalPos.PART) head = false;
                k++;
                continue;
            }
            if (head && !ofSeen && tokens.GetChars(k).Equals("of", StringComparison.OrdinalIgnoreCase)) { ofSeen = true; head = false; k++; continue; }
            break;
        }
        // ("called the unrest ``a failure''": an adjective ending a determiner's phrase right before a quotation is its
        // head noun, whatever the tagger made of it.)
        if (!head && k > i + 1 && k < end && pos[i] == Tagging.UniversalPos.DET && pos[k - 1] == Tagging.UniversalPos.ADJ
            && tokens.GetKind(k) == Text.TokenKind.Quote) return k;
        if (!head) return i;
        // ("called Munero -- who reportedly drove a taxi -- a ``ruffian''": a parenthesis between dashes is skipped.)
        if (k < end && IsDash(tokens.GetChars(k)))
        {
            for (int j = k + 1; j < Math.Min(end, k + 3 * LabeledObjectWindow); j++)
                if (IsDash(tokens.GetChars(j))) return j + 1;
        }
        return k;
    }

    private static bool IsDash(ReadOnlySpan<char> w) => w is "--" or "—" or "–";

    /// <summary>Confidence of a verb of going on (trigger-cues.tsv, quoting) that frames a quotation.</summary>
    private const float QuotingConfidence = 0.7f;

    /// <summary>
    /// '"More concerning," continued the brief, "is …"', '"…," she went on.', 'She continued: "Labour has a plan …"': a verb of
    /// going on with speech (trigger-cues.tsv, quoting) right after a quotation and its comma (past a short subject), or
    /// before a colon and a quotation mark, reports the quoted words; elsewhere ("the talks continued") it says nothing.
    /// </summary>
    private bool QuotesOn(AnalyzedDocument document, Text.Sentence sentence, LexiconMatch match)
    {
        if (match.Entry.Label != TriggerLabel.Statement || match.TokenCount != 1) return false;
        var tokens = document.Tokens;
        int v = match.FirstToken;
        if (!_cues.Has(tokens.GetChars(v), "quoting")) return false;
        // After: a colon, then a quotation mark.
        if (v + 2 < sentence.EndToken && tokens.GetChars(v + 1) is ":" && tokens.GetKind(v + 2) == Text.TokenKind.Quote) return true;
        // Before: the quotation's closing mark with a comma inside or before it, past at most six words of a subject (a
        // titled name: "U.S. District Judge William Orrick wrote").
        int i = v - 1;
        while (i > sentence.FirstToken && v - i <= 6 && tokens.GetKind(i) is Text.TokenKind.Word or Text.TokenKind.Abbreviation) i--;
        return i > sentence.FirstToken && tokens.GetKind(i) == Text.TokenKind.Quote && tokens.GetChars(i - 1) is ",";
    }

    /// <summary>
    /// "Mayor Li, asked whether he would resign, said", "Asked about the sanctions, the president replied": a verb of
    /// asking (trigger-cues.tsv, questioning) right before the question put (questionword) reports an asking, even as the
    /// participle of an aside, which the classifier doubts.
    /// </summary>
    private bool AsksQuestion(AnalyzedDocument document, Text.Sentence sentence, LexiconMatch match)
    {
        if (match.Entry.Label != TriggerLabel.Statement || match.TokenCount != 1) return false;
        int v = match.FirstToken;
        return v + 1 < sentence.EndToken && _cues.Has(document.Tokens.GetChars(v), "questioning") && _cues.Has(document.Tokens.GetChars(v + 1), "questionword");
    }

    /// <summary>A label starts at <paramref name="i"/>: a quotation mark, a determiner, an adjective (not a time), or,
    /// after a pronoun object, a noun ("calling them Persians").</summary>
    private static bool StartsLabel(AnalyzedDocument document, int i, int end, bool afterPronoun)
    {
        if (i >= end || IsTimexStart(document, i)) return false;
        var pos = document.Pos.Span;
        if (document.Tokens.GetKind(i) == Text.TokenKind.Quote) return true;
        if (pos[i] is Tagging.UniversalPos.ADJ) return true;
        if (pos[i] is Tagging.UniversalPos.DET)
            return i + 1 < end && pos[i + 1] is Tagging.UniversalPos.NOUN or Tagging.UniversalPos.ADJ or Tagging.UniversalPos.PROPN or Tagging.UniversalPos.NUM
                   || i + 1 < end && document.Tokens.GetKind(i + 1) == Text.TokenKind.Quote;
        return afterPronoun && pos[i] is Tagging.UniversalPos.NOUN or Tagging.UniversalPos.PROPN;
    }

    /// <summary>The verb at <paramref name="t"/> has a subject right before it (a pronoun or name after "what", "which" or
    /// a noun; a common noun after "what" or "which"): the object was moved before the subject ("a vision he called", "what
    /// he calls", "which critics called").</summary>
    private static bool ObjectBeforeSubject(AnalyzedDocument document, Text.Sentence sentence, int t)
    {
        var pos = document.Pos.Span;
        int k = t - 1;
        while (k > sentence.FirstToken && pos[k] is Tagging.UniversalPos.ADV or Tagging.UniversalPos.AUX) k--;
        if (k <= sentence.FirstToken || pos[k] is not (Tagging.UniversalPos.PRON or Tagging.UniversalPos.PROPN or Tagging.UniversalPos.NOUN)) return false;
        bool nounSubject = pos[k] == Tagging.UniversalPos.NOUN;
        while (k > sentence.FirstToken && pos[k - 1] == pos[k] && pos[k] is Tagging.UniversalPos.PROPN or Tagging.UniversalPos.NOUN) k--;
        // ("which critics called": a common-noun subject needs the relative word, else it is a compound's last noun.)
        while (nounSubject && k > sentence.FirstToken && pos[k - 1] is Tagging.UniversalPos.DET or Tagging.UniversalPos.ADJ) k--;
        if (k <= sentence.FirstToken) return false;
        var before = document.Tokens.GetChars(k - 1);
        bool relative = before.Equals("what", StringComparison.OrdinalIgnoreCase) || before.Equals("which", StringComparison.OrdinalIgnoreCase);
        return relative || !nounSubject && pos[k - 1] == Tagging.UniversalPos.NOUN;
    }

    /// <summary>The label at <paramref name="i"/> is headed by a thing one convenes ("called a snap election", "called a
    /// press conference"; trigger-cues.tsv, convened).</summary>
    private bool ConvenedHead(AnalyzedDocument document, int i, int end)
    {
        var pos = document.Pos.Span;
        int last = -1;
        for (int k = i; k < Math.Min(end, i + LabeledObjectWindow); k++)
        {
            if (pos[k] is Tagging.UniversalPos.NOUN) last = k;
            else if (pos[k] is not (Tagging.UniversalPos.DET or Tagging.UniversalPos.ADJ or Tagging.UniversalPos.NUM)) break;
        }
        return last >= 0 && _cues.Has(document.Tokens.GetChars(last), "convened");
    }

    /// <summary>
    /// "Qureshi later called on President Karim Nazari", "she called on the king at his palace on Monday": the lexicon's
    /// "call on" (a demand, "called on X to resign") whose object is a person (a name, or a phrase headed by an envoy
    /// word) followed by no demand, only the sentence's end, a time, a place or time preposition, a comma or "and", with
    /// no "to" before a verb nor "for" further on in the sentence, is a visit paid to that person, a Meeting.
    /// </summary>
    private bool CallsOnPerson(AnalyzedDocument document, Text.Sentence sentence, LexiconMatch match)
    {
        if (match.Entry.Label != TriggerLabel.Statement || match.Entry.Lemma != "call on") return false;
        var tokens = document.Tokens;
        var pos = document.Pos.Span;
        int start = match.FirstToken + match.TokenCount;
        int end = CalledPartyEnd(document, sentence, start, untypedNameIsParty: false);
        if (end < 0 || end > sentence.EndToken) return false;
        bool person = false;
        for (int k = start; k < end; k++)
            if (IsInPerson(document, k) || _cues.Has(tokens.GetChars(k), "counterpart")) person = true;
            else if (ActorAt(document, k, Places.ActorKind.Country) is not null && !(k + 1 < end)) return false;
        if (!person) return false;
        if (end < sentence.EndToken && end < pos.Length && !IsTimexStart(document, end)
            && !(tokens.GetChars(end) is "." or "," or ";" || tokens.GetChars(end).Equals("and", StringComparison.OrdinalIgnoreCase)
                 || tokens.GetChars(end).Equals("in", StringComparison.OrdinalIgnoreCase) || tokens.GetChars(end).Equals("at", StringComparison.OrdinalIgnoreCase)
                 || tokens.GetChars(end).Equals("on", StringComparison.OrdinalIgnoreCase) || tokens.GetChars(end).Equals("during", StringComparison.OrdinalIgnoreCase)))
            return false;
        for (int k = end; k < sentence.EndToken && k < pos.Length; k++)
            if ((tokens.GetChars(k).Equals("to", StringComparison.OrdinalIgnoreCase) && k + 1 < pos.Length && pos[k + 1] is Tagging.UniversalPos.VERB or Tagging.UniversalPos.AUX)
                || tokens.GetChars(k).Equals("for", StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }

    /// <summary>
    /// The token after a called party that starts at <paramref name="i"/> (past a determiner, adjectives and titles): a
    /// named person or country, or a phrase headed by an envoy word ("his Chinese counterpart"); -1 when there is none.
    /// With <paramref name="untypedNameIsParty"/>, a name of no known kind right at <paramref name="i"/> counts as a person.
    /// </summary>
    private int CalledPartyEnd(AnalyzedDocument document, Text.Sentence sentence, int i, bool untypedNameIsParty)
    {
        var tokens = document.Tokens;
        var pos = document.Pos.Span;
        int limit = Math.Min(Math.Min(sentence.EndToken, pos.Length), i + 6);
        for (int k = i; k < limit; k++)
        {
            int named = -1;
            if (ActorAt(document, k, Places.ActorKind.Person, Places.ActorKind.Country) is { } actor)
            {
                named = k + 1;
                while (named < sentence.EndToken && tokens.GetSpan(named).Start < actor.Span.End) named++;
            }
            else if (untypedNameIsParty && k == i && pos[k] == Tagging.UniversalPos.PROPN && char.IsUpper(tokens.GetChars(k)[0])
                     && ActorAt(document, k) is null && !IsTimexStart(document, k))
            {
                named = k + 1;
                while (named < limit && pos[named] == Tagging.UniversalPos.PROPN && !IsTimexStart(document, named)) named++;
            }
            if (named >= 0)
            {
                // ("the Saudi crown prince": a country before a noun modifies the phrase; the head comes later.)
                if (named < limit && pos[named] is Tagging.UniversalPos.NOUN or Tagging.UniversalPos.PROPN or Tagging.UniversalPos.ADJ) { k = named - 1; continue; }
                return named;
            }
            if (_cues.Has(tokens.GetChars(k), "counterpart"))
            {
                // ("the Saudi crown prince": an envoy word may close a compound of them.)
                int after = k + 1;
                while (after < limit && _cues.Has(tokens.GetChars(after), "counterpart")) after++;
                // ("called Chancellor Olaf Scholz": a title before a name; the name ends the phrase.)
                while (after < Math.Min(sentence.EndToken, pos.Length) && pos[after] == Tagging.UniversalPos.PROPN) after++;
                return after;
            }
            // ("called on Singapore's prime minister": past a possessor to the head it owns.)
            if (k > i && tokens.GetChars(k) is "'s" or "’s") continue;
            if (pos[k] is not (Tagging.UniversalPos.DET or Tagging.UniversalPos.ADJ or Tagging.UniversalPos.PROPN or Tagging.UniversalPos.NOUN or Tagging.UniversalPos.PRON)) return -1;
            // ("called the police", "called an election": a head that is no envoy ends the phrase.)
            if (pos[k] is Tagging.UniversalPos.NOUN && !(k + 1 < limit && pos[k + 1] is Tagging.UniversalPos.NOUN or Tagging.UniversalPos.PROPN)) return -1;
        }
        return -1;
    }

    /// <summary>No word for the press or an audience follows the verb of talking before the clause ends ("spoke to reporters").</summary>
    private bool IsTalkWithoutAudience(AnalyzedDocument document, Text.Sentence sentence, int verb)
    {
        var tokens = document.Tokens;
        for (int j = verb + 1, end = Math.Min(sentence.EndToken, verb + 1 + TalkWindow); j < end; j++)
        {
            var w = tokens.GetChars(j);
            if (_cues.Has(w, "audience") || w.Equals("at", StringComparison.OrdinalIgnoreCase)) return false;
            if (w.Length == 1 && w[0] is ',' or ';' or ':' or '.' or '"') return true;
        }
        return true;
    }

    /// <summary>
    /// "he and President Gorbachev spoke", "Merkel and Macron talked": right before the verb (past an auxiliary or
    /// adverb), a named party or personal pronoun, "and", and another one: two parties talking with each other; or "the
    /// two" / "both" and an envoy or counted word (trigger-cues.tsv, envoys, counted), two parties named before ("the two
    /// leaders spoke", "the two men talked").
    /// A word of planning before "to" (plan-to-meet-words.txt) stands between them as an auxiliary would: "the two
    /// sides are expected to discuss", "Lind and Weiss plan to talk".
    /// </summary>
    private bool CoordinatedPartiesBefore(AnalyzedDocument document, Text.Sentence sentence, int verb)
    {
        var tokens = document.Tokens;
        var pos = document.Pos.Span;
        int i = SkipAuxiliaries(pos, sentence, verb);
        // (A talk still to come is as much a talk between the parties as one held: news announces most of them ahead.)
        if (i - 1 >= sentence.FirstToken && tokens.GetChars(i).Equals("to", StringComparison.OrdinalIgnoreCase) && WordSets.Contains(s_planWords, tokens.GetChars(i - 1)))
            i = SkipAuxiliaries(pos, sentence, i - 1);
        // ("the two leaders would speak again", "both ministers talked", "the two men spoke": two parties named before, counted.)
        if (i - 1 >= sentence.FirstToken && (_cues.Has(tokens.GetChars(i), "envoys") || _cues.Has(tokens.GetChars(i), "counted"))
            && (tokens.GetChars(i - 1).Equals("both", StringComparison.OrdinalIgnoreCase)
                || (tokens.GetChars(i - 1).Equals("two", StringComparison.OrdinalIgnoreCase) && i - 2 >= sentence.FirstToken && tokens.GetChars(i - 2).Equals("the", StringComparison.OrdinalIgnoreCase))))
            return true;
        int afterAnd = PartyEndingAt(document, sentence, i);
        if (afterAnd < 0 || afterAnd - 1 < sentence.FirstToken || !tokens.GetChars(afterAnd - 1).Equals("and", StringComparison.OrdinalIgnoreCase)) return false;
        return PartyEndingAt(document, sentence, afterAnd - 2) >= 0;
    }

    /// <summary>The token before <paramref name="word"/> and the auxiliaries or adverbs (three words at most) right before it.</summary>
    private static int SkipAuxiliaries(ReadOnlySpan<Tagging.UniversalPos> pos, Text.Sentence sentence, int word)
    {
        int i = word - 1;
        while (i >= sentence.FirstToken && pos.Length > i && pos[i] is Tagging.UniversalPos.AUX or Tagging.UniversalPos.ADV && word - i <= 3) i--;
        return i;
    }

    /// <summary>The first token of a named actor, proper name or personal pronoun that ends at token <paramref name="last"/>, or -1.</summary>
    private static int PartyEndingAt(AnalyzedDocument document, Text.Sentence sentence, int last)
    {
        if (last < sentence.FirstToken) return -1;
        var tokens = document.Tokens;
        var w = tokens.GetChars(last);
        if (w.Equals("he", StringComparison.OrdinalIgnoreCase) || w.Equals("she", StringComparison.OrdinalIgnoreCase)) return last;
        int end = tokens.GetSpan(last).End;
        var pos = document.Pos.Span;
        foreach (var actor in document.Actors)
            if (actor.Span.End == end)
            {
                int first = last;
                while (first > sentence.FirstToken && tokens.GetSpan(first - 1).Start >= actor.Span.Start) first--;
                // ("President Gorbachev", "Chancellor Angela Merkel", "Prime Minister Omar Haddad", "Chinese President Xi":
                // back over the title names before the name, capitalized adjectives among them.)
                while (first > sentence.FirstToken && pos.Length > first - 1
                       && (pos[first - 1] == Tagging.UniversalPos.PROPN
                           || (pos[first - 1] == Tagging.UniversalPos.ADJ && char.IsUpper(tokens.GetChars(first - 1)[0])))) first--;
                return first;
            }
        // (A proper name the recognizer left untyped: "Merkel and Macron talked".)
        if (pos.Length > last && pos[last] == Tagging.UniversalPos.PROPN)
        {
            int first = last;
            while (first > sentence.FirstToken && pos[first - 1] == Tagging.UniversalPos.PROPN) first--;
            return first;
        }
        return -1;
    }

    /// <summary>
    /// "Gunmen killed four aid workers last week", "Militants attacked a checkpoint": an attack verb of the lexicon, as
    /// strong alone as the classifier's threshold, right after a subject named by its armed attacks (trigger-cues.tsv,
    /// assailant; past adverbs) is an attack, whatever the classifier made of the words around it. So is one right after
    /// armed aircraft or vessels (warcraft): "said on Tuesday that its jets bombed camps" reads to the classifier as the
    /// reported content of a statement, yet warplanes that bomb or attack make an air strike.
    /// </summary>
    private bool AssailantActs(AnalyzedDocument document, Text.Sentence sentence, LexiconMatch match)
    {
        if (match.Entry.Label != TriggerLabel.Attack || match.Entry.Prior < _classifier!.Threshold) return false;
        var pos = document.Pos.Span;
        if (match.FirstToken >= pos.Length || pos[match.FirstToken] != Tagging.UniversalPos.VERB) return false;
        int i = match.FirstToken - 1;
        while (i >= sentence.FirstToken && pos[i] == Tagging.UniversalPos.ADV) i--;
        return (i >= sentence.FirstToken && (_cues.Has(document.Tokens.GetChars(i), "assailant") || _cues.Has(document.Tokens.GetChars(i), "warcraft"))) || AssailantAgentAfter(document, sentence, match.EndToken);
    }

    /// <summary>
    /// "Three aid workers were killed by militants", "my cousin was shot by a cop", "two reporters wounded by a sniper":
    /// the agent after "by" (past "dead") is the same evidence as an assailant subject, in the passive that victim-first
    /// reports use. Its head is looked for among a few determiners, numbers and modifiers ("by unidentified armed men"),
    /// so "killed by a landslide" or "attacked by critics" stay the classifier's to judge.
    /// </summary>
    private bool AssailantAgentAfter(AnalyzedDocument document, Text.Sentence sentence, int k)
    {
        var tokens = document.Tokens;
        var pos = document.Pos.Span;
        int end = Math.Min(sentence.EndToken, pos.Length);
        if (k < end && tokens.GetChars(k).Equals("dead", StringComparison.OrdinalIgnoreCase)) k++;
        if (k + 1 >= end || !tokens.GetChars(k).Equals("by", StringComparison.OrdinalIgnoreCase)) return false;
        return ArmedPartyFrom(document, k + 1, end, anyArmedNoun: false);
    }

    /// <summary>
    /// True when an assailant or force word (trigger-cues.tsv) heads the phrase starting at token <paramref name="j"/>,
    /// looked for among a few determiners, numbers and modifiers ("unidentified armed men"), before <paramref name="end"/>;
    /// with <paramref name="anyArmedNoun"/>, any armed party noun too (see <see cref="IsArmedWord"/>).
    /// </summary>
    private bool ArmedPartyFrom(AnalyzedDocument document, int j, int end, bool anyArmedNoun)
    {
        var tokens = document.Tokens;
        var pos = document.Pos.Span;
        for (int n = 0; j < end && n < 5; j++, n++)
        {
            var w = tokens.GetChars(j);
            if (anyArmedNoun ? IsArmedWord(w) : _cues.Has(w, "assailant") || _cues.Has(w, "force")) return true;
            if (pos[j] is not (Tagging.UniversalPos.DET or Tagging.UniversalPos.NUM or Tagging.UniversalPos.ADJ or Tagging.UniversalPos.NOUN or Tagging.UniversalPos.PROPN)) return false;
        }
        return false;
    }

    /// <summary>
    /// "Government troops battled Islamist militants", "Rebels fought with soldiers near the border": a fight verb
    /// (trigger-cues.tsv, combat), too vague alone for the classifier ("battled cancer", "fought the bill"), is an
    /// attack when a side of the fight is armed: an assailant or force word as the subject right before it (past
    /// adverbs) or heading the party it takes, after "with"/"against" or none.
    /// </summary>
    private bool FightsArmedSide(AnalyzedDocument document, Text.Sentence sentence, LexiconMatch match)
    {
        if (match.Entry.Label != TriggerLabel.Attack || match.TokenCount != 1) return false;
        var tokens = document.Tokens;
        var pos = document.Pos.Span;
        if (match.FirstToken >= pos.Length || pos[match.FirstToken] != Tagging.UniversalPos.VERB || !_cues.Has(tokens.GetChars(match.FirstToken), "combat")) return false;
        int i = match.FirstToken - 1;
        // ("Russian forces have been pounding Kharkiv", "troops were battling rebels": past the auxiliaries of the verb group.)
        while (i >= sentence.FirstToken && pos[i] is Tagging.UniversalPos.ADV or Tagging.UniversalPos.AUX) i--;
        if (i >= sentence.FirstToken && IsArmedWord(tokens.GetChars(i))) return true;
        int end = Math.Min(sentence.EndToken, pos.Length);
        int k = match.EndToken;
        if (k < end && (tokens.GetChars(k).Equals("with", StringComparison.OrdinalIgnoreCase) || tokens.GetChars(k).Equals("against", StringComparison.OrdinalIgnoreCase))) k++;
        return ArmedPartyFrom(document, k, end, anyArmedNoun: true);
    }

    /// <summary>
    /// An assailant or force word (trigger-cues.tsv), or an armed party noun of the argument reader's lists
    /// (armed-force-nouns.txt, armed-group-nouns.txt, known-attacker-nouns.txt: "US Marines", "the Mahdi Army").
    /// </summary>
    private bool IsArmedWord(ReadOnlySpan<char> word)
    {
        if (_cues.Has(word, "assailant") || _cues.Has(word, "force")) return true;
        // Lowered on the stack: this runs for each word around every fight verb, and a string apiece was its garbage.
        // (No listed noun is near that long.)
        if (word.Length > WordSets.MaxJoinedChars) return false;
        Span<char> lower = stackalloc char[WordSets.MaxJoinedChars];
        int length = word.ToLowerInvariant(lower);
        return Arguments.CueLexicon.Default.IsArmedPartyNoun(lower[..length]);
    }

    /// <summary>
    /// "so a local judge was killed outside his home in Basra", "my friend's brother was killed in Baghdad": "killed" in
    /// the passive with no "by" agent, whose subject is people (a person or group the recognizer found, a count, or a
    /// noun naming people), is a killing the report leaves unattributed, which the classifier drops in informal
    /// sentences. Not "the bill was killed" (no people); whether it was dated or placed, and no accident, is the argument
    /// reader's to judge, as for the classifier's own passive killings.
    /// </summary>
    private bool PeopleKilledUnattributed(AnalyzedDocument document, Text.Sentence sentence, LexiconMatch match)
    {
        if (match.Entry.Label != TriggerLabel.Attack || match.TokenCount != 1) return false;
        var tokens = document.Tokens;
        var pos = document.Pos.Span;
        int v = match.FirstToken;
        if (v >= pos.Length || pos[v] != Tagging.UniversalPos.VERB || !tokens.GetChars(v).Equals("killed", StringComparison.OrdinalIgnoreCase)) return false;
        if (v + 1 < sentence.EndToken && tokens.GetChars(v + 1).Equals("by", StringComparison.OrdinalIgnoreCase)) return false;
        int i = v - 1;
        while (i >= sentence.FirstToken && pos[i] == Tagging.UniversalPos.ADV) i--;
        if (i < sentence.FirstToken || !IsBeForm(tokens.GetChars(i))) return false;
        // ("have been killed", "were reportedly killed": the rest of the verb group before the passive "be".)
        i--;
        while (i >= sentence.FirstToken && pos[i] is Tagging.UniversalPos.AUX or Tagging.UniversalPos.ADV) i--;
        if (i < sentence.FirstToken) return false;
        if (pos[i] == Tagging.UniversalPos.NUM || ActorAt(document, i, Places.ActorKind.Person, Places.ActorKind.Group) is not null) return true;
        if (pos[i] != Tagging.UniversalPos.NOUN) return false;
        var word = tokens.GetChars(i);
        string lower = word.ToString().ToLowerInvariant();
        var cues = Arguments.CueLexicon.Default;
        return _cues.Has(word, "struck") || _cues.Has(word, "force") || _cues.Has(word, "assailant") || cues.KinNouns.Contains(lower)
               || cues.PartyHeads.ContainsKey(lower) || cues.MeetingPeopleNouns.Contains(lower) || cues.HasPersonNounEnding(lower);
    }

    /// <summary>
    /// "They had been shot in the head", "was stabbed in the chest", "shot him in the back": a verb of shooting or
    /// stabbing (trigger-cues.tsv, piercing) with a part of the body it hit right after (trigger-cues.tsv, bodypart; past
    /// one object pronoun, "in", a determiner and a modifier) is a wounding, an attack, which the classifier doubts
    /// without an assailant in the clause. Not "shot himself in the foot": a reflexive object is no one else's attack.
    /// </summary>
    private bool HitInBodyPart(AnalyzedDocument document, Text.Sentence sentence, LexiconMatch match)
    {
        if (match.Entry.Label != TriggerLabel.Attack || match.TokenCount != 1) return false;
        var tokens = document.Tokens;
        var pos = document.Pos.Span;
        int v = match.FirstToken, end = Math.Min(sentence.EndToken, pos.Length);
        if (v >= end || pos[v] != Tagging.UniversalPos.VERB || !_cues.Has(tokens.GetChars(v), "piercing")) return false;
        int k = v + 1;
        if (k < end && pos[k] == Tagging.UniversalPos.PRON && !tokens.GetChars(k).EndsWith("self", StringComparison.OrdinalIgnoreCase)
            && !tokens.GetChars(k).EndsWith("selves", StringComparison.OrdinalIgnoreCase)) k++;
        if (k + 2 >= end || !tokens.GetChars(k).Equals("in", StringComparison.OrdinalIgnoreCase)) return false;
        k++;
        if (pos[k] is not (Tagging.UniversalPos.DET or Tagging.UniversalPos.PRON)) return false;
        k++;
        if (k + 1 < end && pos[k] == Tagging.UniversalPos.ADJ) k++;
        return _cues.Has(tokens.GetChars(k), "bodypart");
    }

    /// <summary>
    /// An attack verb too weak on its own ("fired", "launched") whose object is a munition a few words on
    /// ("fired several artillery shells", "firing dozens of rounds back", "launched two rockets"): the object
    /// makes it an attack whatever the verb's other senses (a fired employee, a launched product).
    /// </summary>
    private bool FiresMunition(AnalyzedDocument document, Text.Sentence sentence, LexiconMatch match)
    {
        if (match.Entry.Label != TriggerLabel.Attack || match.TokenCount != 1) return false;
        var pos = document.Pos.Span;
        if (pos.Length <= match.FirstToken || pos[match.FirstToken] != Tagging.UniversalPos.VERB) return false;
        var tokens = document.Tokens;
        int end = Math.Min(sentence.EndToken, match.EndToken + MunitionWindow + 1);
        for (int i = match.EndToken; i < end && i < pos.Length; i++)
        {
            var word = tokens.GetChars(i);
            // (A common noun after it, not a day or time: "fired rockets Tuesday", "fired shells today".)
            bool compound = i + 1 < end && pos[i + 1] == Tagging.UniversalPos.NOUN && !InTimex(document, i + 1);
            // ("launched cruise missile strikes": a munition modifying an attack noun, the object, is no munition fired.)
            if (_cues.Has(word, "munition") && !compound) return true;
            // Determiners, numbers, adjectives and "of" ("dozens of") may stand between; anything else ends the object.
            if (pos[i] is Tagging.UniversalPos.DET or Tagging.UniversalPos.NUM or Tagging.UniversalPos.ADJ or Tagging.UniversalPos.ADV) continue;
            if (_cues.Has(word, "quantity")) continue;
            // "fired cruise missiles", "launched Kalibr cruise missiles": a noun modifying the munition of a compound
            // (a noun not followed by more nouns is the object itself: "fired the manager").
            if (pos[i] is Tagging.UniversalPos.NOUN or Tagging.UniversalPos.PROPN && compound) continue;
            return false;
        }
        return false;
    }

    /// <summary>True when token <paramref name="i"/> lies inside a time expression of the document.</summary>
    private static bool InTimex(AnalyzedDocument document, int i)
    {
        var span = document.Tokens.GetSpan(i);
        foreach (var t in document.Timexes)
            if (t.Span.Overlaps(span)) return true;
        return false;
    }

    /// <summary>The most probable event class (never None) and its probability.</summary>
    internal static (TriggerLabel Label, float Probability) BestEvent(ReadOnlySpan<float> probabilities)
    {
        var best = TriggerLabel.Meeting;
        for (int c = 2; c < LinearTriggerClassifier.ClassCount; c++)
            if (probabilities[c] > probabilities[(int)best]) best = (TriggerLabel)c;
        return (best, probabilities[(int)best]);
    }

    private static EventType ToEventType(TriggerLabel label) => label switch
    {
        TriggerLabel.Meeting => EventType.Meeting,
        TriggerLabel.Statement => EventType.Statement,
        TriggerLabel.Attack => EventType.Attack,
        _ => throw new ArgumentOutOfRangeException(nameof(label)),
    };
}
