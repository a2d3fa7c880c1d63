using EventExtract.Places;
using EventExtract.Tagging;
using EventExtract.Text;
using EventExtract.Time;

namespace EventExtract.Events.Arguments;

// Attack types, and which meeting and attack mentions are anchored enough to be events.
internal sealed partial class ArgumentReader
{
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
                if (before >= from && _x.MatchAt(before, words, to) is var b and > 0 && !IsInsideName(before, b - 1)) return type;
                if (after < to && _x.MatchAt(after, words, to) is var a and > 0 && !IsInsideName(after, a - 1)) return type;
            }
        }
        // "A grenade hurled at a cafe in Medellin wounded eleven": a verb's subject, at the clause start before any verb, names the weapon.
        if (d.AnchorIsVerb)
            for (int p = clauseStart; p < d.First && !_x.IsVerb(p); p++)
                foreach (var (words, type) in _c.AttackTypeCues)
                    if (_x.MatchAt(p, words, d.First) > 0) return type;
        return AttackType.Other;
    }

    /// <summary>
    /// "Police blamed the National Liberation Army for the attack": a cue word that is only part of a group's name
    /// says nothing of how the attack was made, and a kind read from it would keep the claim apart from the shooting it
    /// names the attacker of. True when the capitalized tokens <paramref name="first"/>..<paramref name="last"/> lie inside
    /// a longer name.
    /// </summary>
    private bool IsInsideName(int first, int last) =>
        _x.UnitAt(first) is { IsReference: false, IsCommonNoun: false } unit && unit.Actors.Count > 0 && _x.UnitAt(last) == unit
        && unit.Last - unit.First > last - first && char.IsUpper(_x.Tokens.GetChars(first)[0]);

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
        // "Police scheduled a news conference": one party alone holds it; only a joint one, or one of two parties named,
        // is a meeting.
        // ("told a news conference after the meeting": the press event's noun opens the mention, whatever joined it.)
        int press = FirstTriggerLast(d);
        if (!d.AnchorIsVerb && d.Participants.Count < 2 && d.Host is null && _c.PressEventNouns.Contains(_x.Lower(press))
            && press > 0 && _x.Lower(press - 1) is "press" or "news" && !JointBefore(press - 1)) return true;
        // "Russell visited China", "they are talking about moving it", "I give so many talks": one party alone;
        // "forces met enemy troops": a battle.
        if (IsLonePartyMeeting(d) || IsArmiesMeeting(d)) return true;
        if (d.IsAnaphoric) return false;
        if (d.Triggers.Count == 1 && _x.Lower(d.Last) == "place" && d.Last > d.First) return true;
        // "prepare to meet future disasters", "capable of meeting a variety of contingencies": "meet" with a thing as its object.
        if (d.AnchorIsVerb && d.Triggers.Count == 1 && d.First == d.Last && _x.Lower(d.First) is "meet" or "meets" or "met" or "meeting"
            && (MeetsAThing(d) || IsSportsFixture(d))) return true;
        // "She sometimes talks to her family", "He talks and he decides": the verb "talks" is a habit, not a meeting held
        // (unless "with" a counterpart follows); "talk about the standoff" as a noun is chatter. ("will resume talks": right
        // after a verb, "talks" tagged a verb is that verb's object, the noun.)
        if (d.Triggers.Count == 1 && d.First == d.Last && !d.IsAnaphoric
            && ((_x.Lower(d.First) == "talks" && _x.Pos(d.First) == UniversalPos.VERB && !(d.First > 0 && _x.Pos(d.First - 1) == UniversalPos.VERB))
                || (_x.Lower(d.First) == "talk" && _x.Pos(d.First) == UniversalPos.NOUN))
            && !(d.Last + 1 < _x.Tokens.Count && _x.Lower(d.Last + 1) == "with")) return true;
        if (d.AnchorIsVerb && d.Participants.Count == 0 && d.Location is null && d.Host is null && !HasPluralSubject(d)) return true;
        if (d.Participants.Count < 2 && IsAddressedPressEvent(d)) return true;
        return d.Location is null && VisitsAThing(d);
    }

    /// <summary>The last token of the first trigger of <paramref name="d"/>.</summary>
    private static int FirstTriggerLast(MentionDraft d) => d.Triggers[0].FirstToken + d.Triggers[0].TokenCount - 1;

    /// <summary>A joint-statement cue ("joint") among the few modifiers before a press event's "press"/"news".</summary>
    private bool JointBefore(int modifier)
    {
        for (int i = modifier - 1, n = 0; i >= 0 && n < 3; i--, n++)
        {
            if (_c.JointStatementCues.Contains(_x.Lower(i))) return true;
            if (!(_x.IsDeterminer(i) || _x.Pos(i) is UniversalPos.ADJ or UniversalPos.NOUN)) return false;
        }
        return false;
    }

    /// <summary>"told a news conference", "said at a press briefing", "remarks to a conference": one party speaking at a press event.</summary>
    private bool IsAddressedPressEvent(MentionDraft d)
    {
        if (d.AnchorIsVerb || !_c.PressEventNouns.Contains(_x.Lower(FirstTriggerLast(d)))) return false;
        int i = d.First - 1;
        for (int n = 0; i >= 0 && n < 3 && (_x.IsDeterminer(i) || _x.Pos(i) is UniversalPos.ADJ or UniversalPos.NOUN) && !_c.JointStatementCues.Contains(_x.Lower(i)); n++) i--;
        // "a joint news conference" (joint-statement-cues.txt): more than one party.
        if (i >= 0 && _c.JointStatementCues.Contains(_x.Lower(i))) return false;
        if (i >= 0 && _x.Lower(i) is "at" or "to" or "during")
        {
            i--;
            // '…," said the minister at a press conference': an inverted speaker between the verb and "at".
            // ('…," said Anne Cole, the firm's treasurer, at a news conference': past an appositive between commas.)
            if (i >= 0 && _x.Lower(i) == "," && AppositiveStart(i) is int open && open > 0 && _x.UnitAt(open - 1) is not null) i = open - 1;
            if (i >= 0 && _x.UnitAt(i) is { } speaker && speaker.First - 1 >= 0 && _x.Pos(speaker.First - 1) == UniversalPos.VERB) i = speaker.First - 1;
        }
        // ("Speaking at a press conference in Paris on Monday, the minister said": the aside's participle addresses it too.)
        return i >= 0 && (_c.ReportingVerbs.Contains(_x.Lower(i)) || _c.SpeakingParticiples.Contains(_x.Lower(i)) || _x.Lower(i) is "remarks" or "comments" or "statement");
    }

    /// <summary>
    /// "Manchester United will meet Liverpool in the cup final", "Chelsea met Arsenal on Sunday, winning 2-1": a sports
    /// cue (sports-fixture-cues.txt) in the sentence of a lone "meet" verb makes it a fixture between teams.
    /// </summary>
    private bool IsSportsFixture(MentionDraft d)
    {
        var s = _x.Document.Sentences[d.Sentence];
        for (int i = s.FirstToken; i < s.EndToken; i++)
            foreach (var cue in _c.SportsFixtureCues)
                if (_x.MatchAt(i, cue, s.EndToken) > 0) return true;
        return false;
    }

    /// <summary>True when the object right after a "meet" verb is a noun phrase with no party in it and a head that names no people.</summary>
    private bool MeetsAThing(MentionDraft d)
    {
        int start = d.Last + 1;
        var s = _x.Document.Sentences[_x.SentenceOfToken(d.First)];
        // "to meet NATO's standards", "met the bank's targets": a party that owns the object is not what is met.
        if (start < _x.Tokens.Count && _x.UnitAt(start) is { } owner && owner.Last + 2 < s.EndToken && _x.Lower(owner.Last + 1) is "'s" or "’s" or "'" or "’")
            start = owner.Last + 2;
        // "met Wall Street expectations", "met EU standards": a name that modifies a common noun is no party met.
        else if (start < _x.Tokens.Count && _x.UnitAt(start) is { } modifier && modifier.Last + 1 < s.EndToken
                 && _x.Pos(modifier.Last + 1) == UniversalPos.NOUN && _x.UnitAt(modifier.Last + 1) is null
                 && _x.PlaceAt(modifier.Last + 1) is null && _x.TimexAt(modifier.Last + 1) is null)
            start = modifier.Last + 1;
        if (start >= _x.Tokens.Count || _x.UnitAt(start) is not null || _x.PlaceAt(start) is not null) return false;
        // ("met Iraqi Deputy Prime Minister Tariq Aziz": capitalized title words before a name are no thing's phrase.)
        if (ThingPhrase(start, s.EndToken) is not { } np || CapitalTitleBeforePerson(start, s.EndToken)) return false;
        // "met analysts' expectations": past a possessor to the head it owns.
        if (np.Head + 2 < s.EndToken && _x.Lower(np.Head + 1) is "'" or "’" or "'s" or "’s" && ThingPhrase(np.Head + 2, s.EndToken) is { } owned) np = owned;
        for (int i = start; i <= np.Head; i++)
            if (_x.UnitAt(i) is not null || _x.PlaceAt(i) is not null || _x.TimexAt(i) is not null) return false;
        // "met parliament speaker Nabih Berri": a head right before a person's name is that person's title, whatever
        // the word (the party-head lists cannot name every office), so a person is met.
        if (np.Head + 1 < s.EndToken && _x.UnitAt(np.Head + 1) is { IsCommonNoun: false, Actors: [{ Kind: ActorKind.Person }, ..] }) return false;
        // ("met the defense ministers of Britain and France": a head that modifies the party phrase after it.)
        if (np.Head + 1 < s.EndToken && ModifiesPartyPhrase(np.Head)) return false;
        // (Only a determiner, adjectives and nouns before the head: "met Tuesday", "met privately" are no objects.)
        if (!(_x.IsDeterminer(start) || _x.Pos(start) is UniversalPos.ADJ or UniversalPos.NOUN)) return false;
        string head = _x.Lower(np.Head);
        return !(_c.PartyHeads.ContainsKey(head) || _c.MeetingPeopleNouns.Contains(head) || _c.PartyNouns.Contains(head)
                 || _c.CountryNouns.Contains(head) || _c.GroupNouns.Contains(head));
    }

    /// <summary>
    /// The last token of the subject slot before <paramref name="verb"/>, past adverbs and auxiliaries and past "to" after
    /// a word of planning ("The two ministers are due to meet again"); below <paramref name="first"/> when none is left.
    /// </summary>
    private int SubjectEndBefore(int verb, int first) =>
        StepLeftPast(PlanWordBefore(verb, first) - 1, first, PreVerbWords.Adverbs | PreVerbWords.Auxiliaries);

    /// <summary>
    /// The word of planning before "to" and <paramref name="verb"/> ("is expected to meet", "is scheduled to hold"), which
    /// stands where the verb would for finding the subject; <paramref name="verb"/> itself when there is none.
    /// </summary>
    private int PlanWordBefore(int verb, int first)
    {
        int i = StepLeftPast(verb - 1, first, PreVerbWords.Adverbs | PreVerbWords.Auxiliaries);
        return i > first && _x.Lower(i) == "to" && _c.PlanToMeetWords.Contains(_x.Lower(i - 1)) ? i - 1 : verb;
    }

    /// <summary>"They met", "the leaders met": a plural subject is two parties or more.</summary>
    private bool HasPluralSubject(MentionDraft d)
    {
        int i = SubjectEndBefore(d.First, 0);
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
            if (_x.Pos(i) != UniversalPos.NOUN) return false;
            // ("visited the victims' families", "visited flood victims": the head noun, past compounds and a possessor, says who.)
            int head = i;
            while (head + 1 < end && _x.UnitAt(head + 1) is null)
            {
                if (_x.Pos(head + 1) == UniversalPos.NOUN) head++;
                else if (head + 2 < end && _x.Lower(head + 1) is "'" or "’" or "'s" or "’s" && _x.Pos(head + 2) == UniversalPos.NOUN) head += 2;
                else break;
            }
            string h = _x.Lower(head);
            return !_c.GroupNouns.Contains(h) && !_c.PartyNouns.Contains(h) && !_c.CountryNouns.Contains(h)
                   && !_c.PartyHeads.ContainsKey(h) && !_c.MeetingPeopleNouns.Contains(h);
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
        bool cue = d.AttackType != AttackType.Other || attackers || targets || NamesItsDead(d) || KilledThenAndThere(d);
        if (IsCasualtyDraft(d) && !cue) return true;
        if (IsGenericOrCumulative(d) || IsHabitualRelative(d) || IsPoliceRaid(d) || IsDrill(d) || IsSportsPlay(d) || IsFiredIntoOpenWater(d)) return true;
        // A weak trigger's own word ("shot") is no evidence of its type; with nothing else it is too weak to keep.
        if (d.Confidence < 0.5f && !attackers && !targets && !d.HasCasualties && d.Location is null && d.Date is null) return true;
        bool background = EveryTriggerHas(d, _c.AttackBackgroundNouns);
        return background && !d.HasCasualties && d.Date is null && d.Location is null;
    }

    private int _sportsCues = -1; // distinct sports cues of the document, counted on first use

    /// <summary>
    /// "attacked the space behind the defence", "struck the post", "a top-of-the-table clash": in a match report (two distinct
    /// sports cues of sports-play-words.txt in the article) an attack mention of play words only, with no casualties and
    /// no weapon word in its sentence, is play.
    /// </summary>
    private bool IsSportsPlay(MentionDraft d)
    {
        if (d.HasCasualties || d.Weapon is not null) return false;
        foreach (var t in d.Triggers)
            for (int c = t.FirstToken; c < t.FirstToken + t.TokenCount; c++)
                if (!_c.SportsPlayWords.Contains(_x.Lower(c))) return false;
        if (_sportsCues < 0)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < _x.Tokens.Count && seen.Count < 2; i++)
                if (_c.SportsReportCues.Contains(_x.Lower(i))) seen.Add(_x.Lower(i));
            _sportsCues = seen.Count;
        }
        if (_sportsCues < 2) return false;
        var s = _x.Document.Sentences[d.Sentence];
        for (int i = s.FirstToken; i < s.EndToken; i++)
            if (_c.WeaponWords.Contains(_x.Lower(i)) || _c.CasualtyWords.ContainsKey(_x.Lower(i))) return false;
        return true;
    }

    /// <summary>
    /// "Troops fired live rounds during a military exercise", "launched a missile in a test": nothing hit, no one hurt, and
    /// a drill word (attack-drill-words.txt) in the sentence; not one before "of" ("the shelling was a test of the truce").
    /// </summary>
    private bool IsDrill(MentionDraft d)
    {
        if (d.Targets.Count > 0 || d.HasCasualties) return false;
        var s = _x.Document.Sentences[d.Sentence];
        for (int i = s.FirstToken; i < s.EndToken; i++)
            if (_c.AttackDrillWords.Contains(_x.Lower(i)) && !(i + 1 < s.EndToken && _x.Lower(i + 1) == "of")) return true;
        return false;
    }

    /// <summary>
    /// "North Korea launched a missile into the sea", "fired two rockets into the Sea of Japan": nothing hit, no one hurt,
    /// and "into" open water (open-water-nouns.txt) a few words on from a trigger: a launch, not an attack.
    /// </summary>
    private bool IsFiredIntoOpenWater(MentionDraft d)
    {
        if (d.Targets.Count > 0 || d.HasCasualties) return false;
        var s = _x.Document.Sentences[d.Sentence];
        foreach (var t in d.Triggers)
            for (int i = t.FirstToken + t.TokenCount; i < s.EndToken && i - t.FirstToken <= 8; i++)
            {
                if (_x.IsBoundary(i) || _x.Lower(i) is "," or ";") break;
                if (_x.Lower(i) != "into") continue;
                // (Past a determiner and a name's first word: "into the East Sea".)
                for (int k = i + 1; k < s.EndToken && k <= i + 3; k++)
                    if (_c.OpenWaterNouns.Contains(_x.Lower(k))) return true;
                break;
            }
        return false;
    }

    /// <summary>
    /// "the slaying of a doctor", "the killing of three soldiers": a killing noun (victim-of-nouns.txt) whose "of" phrase
    /// counted its dead names one violent act, though no party is named.
    /// </summary>
    /// <summary>
    /// "Three policemen were killed in Mosul on Sunday", "Two tribal leaders have been killed in the past week": "killed"
    /// alone, in the passive, with the people killed read as its targets, dated or placed, reports one killing whoever
    /// did it (an accident names itself and is dropped by the accident check; a toll over a period by
    /// <see cref="IsGenericOrCumulative"/>). Not "the bill was killed in committee last week", which kills no one, nor
    /// "were killed en route when two helicopters crashed": with nobody blamed, an accident anywhere in the sentence
    /// (accident-nouns.txt), not only in the clause of "killed", is what killed them.
    /// </summary>
    private bool KilledThenAndThere(MentionDraft d)
    {
        if (!d.AnchorIsVerb || d.Triggers.Count != 1 || d.First != d.Last || _x.Lower(d.First) != "killed" || d.Targets.Count == 0) return false;
        if (d.Date is null && d.Location is null) return false;
        var s = _x.Document.Sentences[d.Sentence];
        if (!IsPassive(d.First, s.FirstToken)) return false;
        for (int i = s.FirstToken; i < s.EndToken; i++)
            if (_c.AccidentNouns.Contains(_x.Lower(i))) return false;
        return true;
    }

    private bool NamesItsDead(MentionDraft d)
    {
        if (d.AnchorIsVerb || d.Killed is null) return false;
        var head = d.Triggers[0];
        int end = head.FirstToken + head.TokenCount;
        return end < _x.Tokens.Count && _x.Lower(end) == "of" && _c.VictimOfNouns.Contains(_x.Lower(end - 1));
    }

    /// <summary>
    /// No one attack: a kind of attack ("failed to prevent such attacks": a generic determiner from
    /// generic-determiners.txt before the noun), or a toll counted since a year ("Since 1985, 200 soldiers have been killed").
    /// </summary>
    /// <summary>
    /// "armed gangs known as bandits, who kidnap villagers for ransom": an attack verb in the simple present right after
    /// a relative pronoun in the body says what a group habitually does, not an attack that happened.
    /// </summary>
    private bool IsHabitualRelative(MentionDraft d)
    {
        if (!d.AnchorIsVerb || d.Triggers.Count != 1 || d.Triggers[0].TokenCount != 1 || !_x.Document.IsBodySentence(d.Sentence)) return false;
        string w = _x.Lower(d.First);
        if (_x.Pos(d.First) != UniversalPos.VERB || LooksPast(w) || w.EndsWith("ing", StringComparison.Ordinal)) return false;
        var s = _x.Document.Sentences[d.Sentence];
        int i = d.First - 1;
        while (i >= s.FirstToken && _x.IsAdverb(i)) i--;
        return i >= s.FirstToken && _x.Lower(i) is "who" or "which" or "that";
    }

    private bool IsGenericOrCumulative(MentionDraft d)
    {
        var s = _x.Document.Sentences[d.Sentence];
        if (!d.AnchorIsVerb)
        {
            int i = d.First - 1;
            // ("similar attacks": a generic word the tagger reads as an adjective counts where it stands, for a plural
            // noun with no article; "a similar bomb" is one bomb.)
            while (i >= s.FirstToken && _x.Pos(i) == UniversalPos.ADJ && !_c.GenericDeterminers.Contains(_x.Lower(i))) i--;
            // ("such an attack": the generic word before the article.)
            if (i - 1 >= s.FirstToken && _x.Lower(i) is "a" or "an" && _c.GenericDeterminers.Contains(_x.Lower(i - 1)) && _x.Pos(i - 1) != UniversalPos.ADJ) i--;
            if (i >= s.FirstToken && _c.GenericDeterminers.Contains(_x.Lower(i))
                && (_x.Pos(i) != UniversalPos.ADJ || (DocumentIndex.LooksPlural(_x.Lower(d.Last)) && !(i - 1 >= s.FirstToken && _x.IsDeterminer(i - 1))))) return true;
            if (IsBareKindAfterPreposition(s, d, i)) return true;
            // "facing hybrid attacks every day": a bare plural with a recurring time and no party is a kind of thing that
            // keeps happening ("drone attacks on Kyiv every night" names a target and stays).
            if (d.Attackers.Count == 0 && d.Targets.Count == 0 && DocumentIndex.LooksPlural(_x.Lower(d.Last)) && !(i >= s.FirstToken && (_x.IsDeterminer(i) || _x.Pos(i) == UniversalPos.NUM))
                && d.Last + 1 < s.EndToken && _x.TimexAt(d.Last + 1) is { Type: TimexType.Set }) return true;
        }
        if (!IsCasualtyDraft(d)) return false;
        for (int i = s.FirstToken; i + 1 < d.First; i++)
            if (_x.Lower(i) == "since" && _x.TimexAt(i + 1) is { Type: TimexType.Date } t && t.Value.Length == 4) return true;
        return false;
    }

    /// <summary>
    /// "the powerless victim of foreign invasion", "protection against attack": a bare singular attack noun (no determiner,
    /// number or possessor; <paramref name="before"/> is the token before its adjectives) right after a preposition of
    /// generic-attack-prepositions.txt, with no charge word before it ("accused of murder" names a crime).
    /// </summary>
    private bool IsBareKindAfterPreposition(Sentence s, MentionDraft d, int before)
    {
        if (d.Triggers.Count != 1 || d.Triggers[0].TokenCount != 1 || before < s.FirstToken) return false;
        if (!_c.GenericAttackPrepositions.Contains(_x.Lower(before)) || DocumentIndex.LooksPlural(_x.Lower(d.First))) return false;
        for (int k = before - 1; k >= s.FirstToken && k >= before - 10; k--)
            if (_c.ChargeWords.Contains(_x.Lower(k))) return false;
        return true;
    }

    /// <summary>"police raided two homes": a raid by law enforcement (police-raids.txt) is a search, not an attack.</summary>
    private bool IsPoliceRaid(MentionDraft d)
    {
        if (d.Attackers.Count == 0 || !EveryTriggerHas(d, _c.PoliceRaidWords)) return false;
        foreach (var a in d.Attackers)
            if (LastWord(a) is not { } w || !_c.LawEnforcementHeads.Contains(w)) return false;
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
}
