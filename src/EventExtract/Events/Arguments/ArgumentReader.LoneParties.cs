using EventExtract.Events.Triggers;
using EventExtract.Places;
using EventExtract.Tagging;
using EventExtract.Text;
using EventExtract.Time;

namespace EventExtract.Events.Arguments;

// Meeting words used of one party alone: a private trip to a place, talk about a subject, a talk given to an audience,
// a weak meeting word with no second party. The schema counts none of them.
internal sealed partial class ArgumentReader
{
    private static TriggerCues TriggerCueWords => TriggerCues.Embedded;

    /// <summary>How many words before a visitor's name may hold its title ("U.S. special envoy to Afghanistan Zalmay Khalilzad").</summary>
    private const int TitleWindow = 6;

    /// <summary>Below this trigger confidence a meeting word with fewer than two parties is too weak to keep ("make contact").</summary>
    private const float WeakMeetingConfidence = 0.35f;

    /// <summary>
    /// One party alone: a private visit to a place, "talking about" a subject, a talk given (a lecture), or a weak
    /// meeting word with no second party.
    /// </summary>
    private bool IsLonePartyMeeting(MentionDraft d)
    {
        // (A news outlet after "with" is read as a party too: "a telephone conversation with Reuters".)
        if (IsMediaInterview(d)) return true;
        if (d.Host is not null || d.Participants.Count > 1) return false;
        // ("All the talks about nationalities": a definite talk about a subject is no earlier meeting either.)
        if (IsTalkAbout(d) || IsGivenTalk(d)) return true;
        if (d.IsAnaphoric) return false;
        if (d.Confidence < WeakMeetingConfidence && !IsReciprocal(d) && !IsOfficialVisit(d)) return true;
        return IsPrivateVisit(d);
    }

    /// <summary>
    /// "German Chancellor Olaf Weber visited Spain", "the envoy's trip to Moscow": a visit by an official implies the hosts
    /// it goes to, so the classifier's doubt about the bare visit word does not make it a lone party's.
    /// </summary>
    private bool IsOfficialVisit(MentionDraft d) => EveryTriggerHas(d, _c.MovementWords) && HasOfficialVisitor(d);

    /// <summary>
    /// A participant acting for a state or body (<see cref="IsOfficial"/>), or an official word in the words before the
    /// trigger ("the delegation visited", "the minister's visit to").
    /// </summary>
    private bool HasOfficialVisitor(MentionDraft d)
    {
        foreach (var p in d.Participants)
            if (IsOfficial(p)) return true;
        var s = _x.Document.Sentences[d.Sentence];
        for (int k = d.First - 1, n = 0; k >= s.FirstToken && n < TitleWindow && !_x.IsBoundary(k); k--, n++)
            if (IsOfficialWord(k)) return true;
        return false;
    }

    /// <summary>
    /// "Anglo-American forces met Mexican troops at the town": a "met" whose parties are all armed forces
    /// (armed-force-nouns.txt) is a battle, not a meeting. A force known by its name ("the Rapid Support Forces",
    /// capitalized head) is a party that sends delegates to talks, so it keeps the meeting.
    /// </summary>
    private bool IsArmiesMeeting(MentionDraft d)
    {
        if (d.Participants.Count < 2 || d.Triggers.Count != 1 || d.First != d.Last || _x.Lower(d.First) is not ("meet" or "meets" or "met")) return false;
        foreach (var p in d.Participants)
        {
            var (first, last) = _x.TokenRange(p.Span);
            if (last < first || last >= _x.Tokens.Count || !_c.ArmedForceNouns.Contains(_x.Lower(last)) || char.IsUpper(_x.Tokens.GetChars(last)[0])) return false;
        }
        return true;
    }

    /// <summary>
    /// "confirmed the strike in a phone call with state television", "met with reporters": a meeting word straight
    /// followed by "with" and a phrase whose head is a news outlet or the press (media-outlet-words.txt) is an interview.
    /// </summary>
    private bool IsMediaInterview(MentionDraft d)
    {
        int with = d.Last + 1;
        if (with >= _x.Tokens.Count || _x.Lower(with) != "with") return false;
        var s = _x.Document.Sentences[d.Sentence];
        int head = -1;
        for (int k = with + 1; k < s.EndToken && k <= with + 5; k++)
        {
            var pos = _x.Pos(k);
            if (pos is UniversalPos.NOUN or UniversalPos.PROPN) head = k;
            else if (pos is not (UniversalPos.DET or UniversalPos.ADJ)) break;
        }
        if (head < 0) return false;
        if (_c.MediaOutletWords.Contains(_x.Lower(head))) return true;
        // ("with the Xinhua news agency": a two-word entry, the head with the word before it.)
        return head > with + 1 && _c.MediaOutletWords.Contains(string.Concat(_x.Lower(head - 1), " ", _x.Lower(head)));
    }

    /// <summary>
    /// "Colombia's government and the ELN signed a ceasefire at the end of a round of peace talks": a meeting noun after an
    /// occasion phrase (meeting-occasion-frames.txt) is where the clause's subject acted, so that subject attended it. The
    /// subject is the party list before the clause's first verb; empty when the verb is passive or there is none.
    /// </summary>
    private List<Actor> OccasionSubject(Sentence s, MentionDraft d)
    {
        // (Past the noun's determiner, modifiers, a count and "round of": "a third round of peace talks".)
        // "reached a deal after three days of talks", "concluded two days of negotiations": time spent in the talks makes
        // them the occasion whatever word opens the phrase.
        bool spent = false;
        for (int k = d.First - 1, n = 0; k > s.FirstToken && n < 8; k--, n++)
        {
            if (_x.PhraseEndingAt(_c.MeetingOccasionFrames, k, s.FirstToken + 1) is int occasion and >= 0) return OccasionClauseSubject(s, occasion);
            if (_x.PhraseEndingAt(_c.MeetingVenueFrames, k, s.FirstToken + 1) is int venue and >= 0)
                return d.Participants.Count == 0 ? OccasionClauseSubject(s, venue) : new List<Actor>();
            // (A proper name may modify it too: "attended a NATO summit".)
            bool duration = _x.Lower(k) == "of" && _x.TimexAt(k - 1) is { Type: TimexType.Duration };
            spent |= duration;
            bool modifier = duration || (_x.UnitAt(k) is null && (_x.IsDeterminer(k) || _x.Pos(k) is UniversalPos.ADJ or UniversalPos.NOUN or UniversalPos.NUM
                || (_x.Lower(k) == "of" && _x.Lower(k - 1) is "round" or "rounds" or "series"))) || _x.Pos(k) == UniversalPos.PROPN;
            if (!modifier) return spent ? OccasionClauseSubject(s, k) : new List<Actor>();
        }
        return new List<Actor>();
    }

    /// <summary>The subject of the clause's first full verb at or before <paramref name="limit"/>; none for a passive or reporting verb.</summary>
    private List<Actor> OccasionClauseSubject(Sentence s, int limit)
    {
        int verb = -1;
        // (The frame may be the clause's verb itself: "attended".)
        for (int v = s.FirstToken; v <= limit; v++)
            if (_x.IsVerb(v) && _x.Pos(v) != UniversalPos.AUX) { verb = v; break; }
        // ("Burns was also expected to attend the talks": a passive verb raising its subject to a "to" verb still has it.)
        bool raising = verb >= 0 && verb + 1 < s.EndToken && _x.Lower(verb + 1) == "to";
        if (verb < 0 || (IsPassive(verb, s.FirstToken) && !raising) || _c.ReportingVerbs.Contains(_x.Lower(verb))) return new List<Actor>();
        return LeftChain(verb, s.FirstToken);
    }

    /// <summary>"they met", "we were in talks with": a plural subject or a "with" party makes a second party.</summary>
    private bool IsReciprocal(MentionDraft d) =>
        HasPluralSubject(d) || (d.Last + 1 < _x.Tokens.Count && _x.Lower(d.Last + 1) == "with");

    /// <summary>
    /// "they are talking about moving it", "all the talks about history", "the earliest discussion of atoms": talk (the
    /// words of talk-words.txt) straight followed by "about" or "of" is discussion of a subject, with no counterpart named.
    /// </summary>
    private bool IsTalkAbout(MentionDraft d) =>
        d.Triggers.Count == 1 && d.First == d.Last && _c.TalkWords.Contains(_x.Lower(d.First))
        && d.Last + 1 < _x.Tokens.Count && _x.Lower(d.Last + 1) is "about" or "of";

    /// <summary>"gave a talk at the library", "I give so many talks": a talk given (lecture-verbs.txt) is a lecture to an audience.</summary>
    private bool IsGivenTalk(MentionDraft d)
    {
        if (d.Triggers.Count != 1 || d.First != d.Last || !_c.TalkWords.Contains(_x.Lower(d.First)) || _x.Pos(d.First) != UniversalPos.NOUN) return false;
        var s = _x.Document.Sentences[d.Sentence];
        for (int i = d.First - 1, n = 0; i >= s.FirstToken && n < 4; i--, n++)
        {
            if (_c.LectureVerbs.Contains(_x.Lower(i))) return true;
            if (!(_x.IsDeterminer(i) || _x.Pos(i) is UniversalPos.ADJ or UniversalPos.ADV or UniversalPos.NUM or UniversalPos.DET)) return false;
        }
        return false;
    }

    /// <summary>
    /// "Russell visited China in 1920", "your visit to the islands", "I visited the damaged area": a visit to a place (not
    /// to a person: "the Tsar visited Gordon") by a private person, with no counterpart named and no meeting word in the
    /// sentence. An official's visit ("the envoy visited Moscow": a title, a country or an official word on the visitor
    /// anywhere in the article) stays a meeting with the hosts it implies.
    /// </summary>
    private bool IsPrivateVisit(MentionDraft d)
    {
        if (!EveryTriggerHas(d, _c.MovementWords)) return false;
        var s = _x.Document.Sentences[d.Sentence];
        // The one visited: a party or a pronoun after the trigger ("visited Gordon", "visited him"); "was visited by" names the visitor.
        int i = d.Last + 1;
        if (i < s.EndToken && _x.Lower(i) is "by" && _x.Pos(d.Last) == UniversalPos.VERB) return false;
        if (i < s.EndToken && _x.Lower(i) is "to" or "with") i++;
        while (i < s.EndToken && (_x.IsDeterminer(i) || _x.Pos(i) is UniversalPos.ADJ or UniversalPos.NUM)) i++;
        if (i >= s.EndToken || !VisitsPlaceOrThing(i, s.EndToken)) return false;
        for (int k = s.FirstToken; k < s.EndToken; k++)
            if (!d.Covers(k) && (_c.MeetingNouns.Contains(_x.Lower(k)) || _c.MeetingVerbs.Contains(_x.Lower(k)))) return false;
        if (HasOfficialVisitor(d)) return false;
        // (An unnamed visitor before the trigger that is not a person: "the company's visit to".)
        for (int k = d.First - 1, n = 0; k >= s.FirstToken && n < TitleWindow && !_x.IsBoundary(k); k--, n++)
            if (_x.UnitAt(k) is { } u && u.Actors.Any(a => a.Kind != ActorKind.Person)) return false;
        return true;
    }

    /// <summary>
    /// The visit's object from token <paramref name="i"/> is a place ("visited China", "to the islands") or a thing
    /// ("the damaged area"), not a party, a person or a pronoun ("visited Gordon", "the Miami relatives", "the troops").
    /// </summary>
    private bool VisitsPlaceOrThing(int i, int end)
    {
        if (_x.PlaceAt(i) is null && _x.UnitAt(i) is { } visited && visited.Actors.Any(a => a.Kind is ActorKind.Person or ActorKind.Country or ActorKind.Group))
            return false;
        bool place = false;
        while (i < end && (_x.PlaceAt(i) is not null || _x.UnitAt(i) is not null || _x.Pos(i) == UniversalPos.PROPN)) { place = true; i++; }
        // The head noun, past a place that only modifies it ("the Miami relatives").
        int head = -1;
        while (i < end && _x.Pos(i) == UniversalPos.NOUN) head = i++;
        if (head < 0) return place;
        string w = _x.Lower(head);
        return !(IsOfficialWord(head) || _c.PartyHeads.ContainsKey(w) || _c.MeetingPeopleNouns.Contains(w) || _c.PartyNouns.Contains(w)
                 || _c.CountryNouns.Contains(w) || _c.GroupNouns.Contains(w));
    }

    /// <summary>A word naming an official, an envoy, a government or a group of them (trigger-cues.tsv official, a title role, group-nouns.txt).</summary>
    private bool IsOfficialWord(int i)
    {
        string w = _x.Lower(i);
        return TriggerCueWords.Has(w, "official") || _c.GroupNouns.Contains(w) || (Gazetteer.Default.Role(w) & RoleClass.Title) != 0;
    }

    /// <summary>
    /// A visitor acting for a state or body: not a person, a person with a country, or a person whose surname somewhere
    /// in the article has a title or official word before it ("Foreign Minister Maria Santos") or in an appositive after
    /// it ("Santos, the Brazilian envoy"). (The surname's words are searched, not the recognizer's spans, which may
    /// have cut the title and the name apart.)
    /// </summary>
    private bool IsOfficial(Actor p)
    {
        if (p.Kind != ActorKind.Person || p.CountryCode is not null) return true;
        foreach (var a in _x.Document.Actors)
            if (a.Kind == ActorKind.Person && a.Canonical == p.Canonical && a.CountryCode is not null) return true;
        var (first, last) = _x.TokenRange(p.Span);
        if (last < first || last >= _x.Tokens.Count) return false;
        string surname = _x.Lower(last);
        var sentences = _x.Document.Sentences;
        foreach (var s in sentences)
            for (int t = s.FirstToken; t < s.EndToken; t++)
            {
                if (_x.Lower(t) != surname) continue;
                for (int k = t - 1, n = 0; k >= s.FirstToken && n < TitleWindow && !_x.IsBoundary(k); k--, n++)
                    if (IsOfficialWord(k)) return true;
                if (t + 1 < s.EndToken && _x.Lower(t + 1) == ",")
                    for (int k = t + 2, n = 0; k < s.EndToken && n < TitleWindow && _x.Lower(k) != ","; k++, n++)
                        if (IsOfficialWord(k)) return true;
            }
        return false;
    }
}
