using EventExtract.Places;
using EventExtract.Tagging;
using EventExtract.Text;

namespace EventExtract.Events.Arguments;

// Actor phrases around a trigger: noun phrases, left and right chains, possessors, clause bounds.
internal sealed partial class ArgumentReader
{
    /// <summary>
    /// A common-noun phrase of at most six words ending at <paramref name="last"/> ("the official", "Iraq's foreign
    /// ministry", "northern Ireland police"), as an actor named by its own words; null when the words end in no noun,
    /// hold a time expression or a place only, or are a pronoun.
    /// </summary>
    private Actor? NounPhraseEndingAt(int last, int first)
    {
        if (last < first || _x.Pos(last) is not (UniversalPos.NOUN or UniversalPos.PROPN) || _x.TimexAt(last) is not null || _x.UnitAt(last) is not null) return null;
        int i = last;
        int hyphens = 0; // ("A 19-year-old man": the hyphens of a compound the tokenizer split do not count toward the length.)
        while (i - 1 >= first && last - (i - 1) - hyphens < 6)
        {
            int k = i - 1;
            if (k - 1 >= first && IsInnerHyphen(k)) { i = k; hyphens++; continue; }
            if (_x.TimexAt(k) is not null || _x.IsPunct(k) || _x.IsQuote(k)) break;
            if (_x.Pos(k) is UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.ADJ or UniversalPos.NUM || IsPossessiveMark(k) || _x.UnitAt(k) is not null) { i = k; continue; }
            if (_x.IsDeterminer(k)) { i = k; break; }
            // ("The owner of the flooded bakery", "the striking workers": a participle right after a determiner modifies the noun.)
            if (IsParticipleVerb(k) && k - 1 >= first && _x.IsDeterminer(k - 1)) { i = k; continue; }
            // ("one highly placed source", "a newly elected official": so does one after an -ly adverb that follows a
            // determiner or a count; without them the phrase would stop at the head and miss the subject slot.)
            if (IsParticipleVerb(k) && k - 2 >= first && _x.Pos(k - 1) == UniversalPos.ADV && _x.Lower(k - 1).EndsWith("ly", StringComparison.Ordinal)
                && (_x.IsDeterminer(k - 2) || _x.Pos(k - 2) == UniversalPos.NUM)) { i = k - 1; continue; }
            break;
        }
        if (_x.PlaceAt(last) is not null && _x.PlaceAt(i) is not null) return null;
        // "No group has claimed responsibility": a phrase under "no" names no one.
        if (_x.Lower(i) == "no") return null;
        return _x.UnnamedActor(i, last);
    }

    /// <summary>A hyphen token written with no space on either side ("19-year-old", "al-Qaeda").</summary>
    private bool IsInnerHyphen(int k) =>
        _x.Lower(k) == "-" && k > 0 && k + 1 < _x.Tokens.Count
        && _x.Tokens.GetSpan(k).Start == _x.Tokens.GetSpan(k - 1).End && _x.Tokens.GetSpan(k).End == _x.Tokens.GetSpan(k + 1).Start;

    /// <summary>
    /// "rebel-held areas": a name chain ending at <paramref name="chainEnd"/> (before <paramref name="end"/>) that an inner
    /// hyphen joins to a word of no unit after it only modifies the phrase that follows.
    /// </summary>
    private bool EndsInHyphenedModifier(int chainEnd, int end) =>
        chainEnd < end && IsInnerHyphen(chainEnd) && _x.UnitAt(chainEnd + 1) is null;

    /// <summary>True when the phrase starting at <paramref name="first"/> fills a subject slot: it opens the sentence or follows punctuation or a quote mark.</summary>
    private bool OpensSubjectSlot(int first, int sentenceFirst) =>
        first == sentenceFirst || _x.IsPunct(first - 1) || _x.IsQuote(first - 1);

    /// <summary>True when the word at <paramref name="i"/> has <paramref name="role"/> among its gazetteer roles (roles.tsv).</summary>
    private bool HasRole(int i, RoleClass role) => (Gazetteer.Default.Role(_x.Lower(i)) & role) != 0;

    /// <summary>True when the token at <paramref name="i"/> starts with a capital letter.</summary>
    private bool StartsUpper(int i) => char.IsUpper(_x.Text[_x.Tokens.GetSpan(i).Start]);

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
        // A word that is usually lowercase ("However", "Meanwhile") or an interjection ("Please encourage your friends")
        // opening the sentence is no name.
        if (first == sentenceFirst && first == last && (_c.SharedLowercase.ContainsKey(_x.Lower(first)) || _x.Pos(first) == UniversalPos.INTJ)) return null;
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

    /// <summary>"kidnapped", "shot", "slain": a past participle of an attack verb (whatever the tagger made of it).</summary>
    private bool IsParticiple(int i) =>
        _x.Lower(i) is var w && (w.EndsWith("ed", StringComparison.Ordinal) || w is "shot" or "slain" or "hit" or "struck");

    /// <summary>
    /// "were killed", "has been attacked", "was reportedly shot": a form of "be" or "get" before the verb, with adverbs
    /// between. ("Militants were shooting at the soldiers": an -ing form after "be" is the progressive, active.)
    /// </summary>
    private bool IsPassive(int verb, int sentenceFirst)
    {
        // "The convoy came under fire from gunmen": the subject undergoes the attack as a passive subject would.
        if (verb + 1 < _x.Tokens.Count && _x.Lower(verb + 1) == "under" && _c.UndergoingVerbs.Contains(_x.Lower(verb))) return true;
        if (_x.Lower(verb).EndsWith("ing", StringComparison.Ordinal) && _x.Pos(verb) != UniversalPos.NOUN) return false;
        // "the drummer Leo Varga, murdered by men sent by a rival,": a participle between a comma and its "by" agent is a
        // reduced passive relative; the noun before the comma undergoes it.
        if (verb - 1 >= sentenceFirst && _x.Lower(verb - 1) == "," && verb + 1 < _x.Tokens.Count && _x.Lower(verb + 1) == "by"
            && _x.Lower(verb) is var participle && (participle.EndsWith("ed", StringComparison.Ordinal) || participle is "shot" or "slain" or "hit" or "struck"))
            return true;
        // "an aid worker kidnapped and presumed killed by rebels": a participle right after a noun, coordinated with
        // another whose "by" agent names a party, is a reduced passive relative too.
        if (IsParticiple(verb) && verb - 1 >= sentenceFirst && _x.Pos(verb - 1) is UniversalPos.NOUN or UniversalPos.PROPN
            && verb + 3 < _x.Tokens.Count && _x.Lower(verb + 1) == "and")
        {
            int next = verb + 2;
            if (_x.Lower(next) is "presumed" or "later" or "then" or "reportedly" or "allegedly") next++;
            if (next + 2 < _x.Tokens.Count && IsParticiple(next) && _x.Lower(next + 1) == "by"
                && (_x.IsDeterminer(next + 2) || _x.UnitAt(next + 2) is not null)) return true;
        }
        for (int i = verb - 1, n = 0; i >= sentenceFirst && n < 3; i--, n++)
        {
            if (_x.Lower(i) is "was" or "were" or "is" or "are" or "be" or "been" or "being" or "got" or "gets" or "get" or "'s" or "’s") return true;
            // "was strangled and then stabbed", "were shot and killed": a participle coordinated with a passive one shares its
            // auxiliary.
            // (Whatever the tagger made of an irregular participle: "was shot and killed".)
            if (_x.Lower(i) is "and" or "or" && i - 1 >= sentenceFirst && (_x.IsVerb(i - 1) || _x.Lower(i - 1) is "shot" or "hit" or "struck" or "slain")
                && _x.Lower(i - 1) is var first && (first.EndsWith("ed", StringComparison.Ordinal) || first.EndsWith("en", StringComparison.Ordinal) || first is "shot" or "hit" or "struck" or "slain"))
                return IsPassive(i - 1, sentenceFirst);
            // ("kidnapped and presumed killed by rebels": the belief word stands where an adverb could.)
            if (!_x.IsAdverb(i) && !(n == 0 && _c.PresumptionWords.Contains(_x.Lower(i)))) return false;
        }
        return false;
    }

    /// <summary>
    /// The preposition the unit is the object of, with nothing but determiners/adjectives (or a person's lowercase title
    /// words) between; -1 when there is none.
    /// </summary>
    private int PrepositionBefore(ArgUnit u)
    {
        int i = u.First - 1;
        // ("with Iraqi president Ali Hassan": lowercase title words before a person's name belong to the phrase.)
        bool person = !u.IsCommonNoun && u.Actors.Count > 0 && u.Actors[0].Kind == ActorKind.Person;
        // (Never past the sentence start: a headline has no full stop, and its last words are not this unit's phrase.)
        int first = _x.SentenceStartOf(u.First);
        while (i >= first && _x.UnitAt(i) is null && (_x.IsDeterminer(i) || _x.Pos(i) == UniversalPos.ADJ
               || (person && IsLowercaseNoun(i) && u.First - i <= 4 && !_x.IsBoundary(i)))) i--;
        return i >= first && _x.IsPreposition(i) ? i : -1;
    }

    /// <summary>True when nothing but determiners/adjectives separate a preceding preposition from the unit.</summary>
    public bool IsPrepositionalObject(ArgUnit u)
    {
        int i = PrepositionBefore(u);
        if (i < 0) return false;
        int first = _x.SentenceStartOf(u.First);
        // "after provincial police said": a subordinator opening a clause whose subject the unit is.
        if (_x.Lower(i) is "after" or "before" or "since" or "until" or "because" or "while" or "as" or "if" or "when"
            && u.Last + 1 < _x.Tokens.Count && _x.IsVerb(u.Last + 1)) return false;
        // "delegates from the four countries", "officials of Russia": the phrase stands for the party.
        // (Not in an apposition to a person: "Van Harp, then head of the inquiry, said" is Van Harp speaking.)
        // ("Rebels from the Revolutionary United Front attacked", "gunmen of the Shabaab militia": so do armed men of a group.)
        if (_x.Lower(i) is "of" or "from" && i > 0 && (_c.GroupNouns.Contains(_x.Lower(i - 1)) || _c.IsArmedPartyNoun(_x.Lower(i - 1))) && !IsAppositiveToPerson(i - 1, first)) return false;
        // "Dozens of militants stormed", "two of the gunmen": a count of the party stands for it.
        if (_x.Lower(i) == "of" && i > 0 && _x.TryNumber(i - 1, out _)) return false;
        return true;
    }

    /// <summary>
    /// The first word of the phrase of people ("the leader of", "delegates from") that <paramref name="u"/> is the party
    /// of, as <see cref="IsPrepositionalObject"/> reads it; null when no such phrase comes right before it.
    /// </summary>
    private int? PeopleWordActingFor(ArgUnit u, int sentenceFirst)
    {
        int i = u.First - 1, noun = i - 1;
        if (noun < sentenceFirst || _x.Lower(i) is not ("of" or "from")) return null;
        if (!(_c.GroupNouns.Contains(_x.Lower(noun)) || _c.IsArmedPartyNoun(_x.Lower(noun))) || IsAppositiveToPerson(noun, sentenceFirst)) return null;
        if (_x.UnitAt(noun) is { } unit) return unit.First;
        int k = noun;
        while (k - 1 >= sentenceFirst && _x.UnitAt(k - 1) is null && (_x.IsDeterminer(k - 1) || _x.Pos(k - 1) is UniversalPos.ADJ or UniversalPos.NOUN or UniversalPos.NUM)) k--;
        return k;
    }

    /// <summary>
    /// "by members of the Front", "with fighters from a rebel group": <paramref name="u"/> is the party of a phrase of people
    /// (past a determiner the unit left out) that is itself a preposition's object.
    /// </summary>
    private bool PeoplePhraseAfterPreposition(ArgUnit u, int sentenceFirst)
    {
        int i = u.First - 1;
        if (i >= sentenceFirst && _x.UnitAt(i) is null && _x.IsDeterminer(i)) i--;
        int noun = i - 1;
        if (noun < sentenceFirst || _x.Lower(i) is not ("of" or "from") || _x.UnitAt(noun) is not null
            || !(_c.GroupNouns.Contains(_x.Lower(noun)) || _c.IsArmedPartyNoun(_x.Lower(noun)))) return false;
        int k = noun;
        while (k - 1 >= sentenceFirst && noun - k < 4 && _x.UnitAt(k - 1) is null && (_x.IsDeterminer(k - 1) || _x.Pos(k - 1) is UniversalPos.ADJ or UniversalPos.NOUN or UniversalPos.NUM)) k--;
        return k - 1 >= sentenceFirst && _x.Pos(k - 1) == UniversalPos.ADP;
    }

    /// <summary>
    /// A person's name after a title the recognizer left apart, the title (with capitalized title words before it) after the
    /// preposition of a counterpart: "talks with President Saddam Hussein", "with Iraqi Deputy Prime Minister Tariq Aziz".
    /// </summary>
    private bool IsTitledPrepositionalObject(ArgUnit u)
    {
        int i = u.First - 1;
        int first = _x.SentenceStartOf(u.First);
        if (u.IsCommonNoun || u.Actors is not [{ Kind: ActorKind.Person }, ..] || i < first || _x.UnitAt(i) is not { } title || title.Last != i || !IsTitleBefore(title)) return false;
        i = title.First - 1;
        while (i >= first && u.First - i <= 6 && _x.UnitAt(i) is null && (_x.IsDeterminer(i) || _x.Pos(i) is UniversalPos.ADJ or UniversalPos.NOUN) && _x.Tokens.GetKind(i) == TokenKind.Word) i--;
        // (Only a counterpart's preposition: "according to Professor S D Muni … he said" is still who speaks next.)
        return i >= first && _x.Lower(i) is "with" or "between" or "among";
    }

    /// <summary>The noun at <paramref name="noun"/>, past determiners, adjectives and adverbs ("then", "former"), follows a comma after a person's name.</summary>
    private bool IsAppositiveToPerson(int noun, int sentenceFirst)
    {
        int k = noun - 1;
        while (k > sentenceFirst && _x.UnitAt(k) is null && (_x.IsDeterminer(k) || _x.Pos(k) is UniversalPos.ADJ or UniversalPos.ADV)) k--;
        return k > sentenceFirst && _x.Lower(k) == "," && _x.UnitAt(k - 1) is { IsCommonNoun: false, Actors: [{ Kind: ActorKind.Person }, ..] };
    }

    /// <summary>A unit (past a title the recognizer left apart) right after a subordinator such as "after" or "when".</summary>
    private bool OpensSubordinateClause(ArgUnit u)
    {
        int i = u.First - 1;
        if (i >= 0 && _x.UnitAt(i) is { } title && title.Last == i && IsTitleBefore(title)) i = title.First - 1;
        while (i >= 0 && _x.IsDeterminer(i)) i--;
        return i >= 0 && _x.Lower(i) is "after" or "before" or "since" or "until" or "because" or "while" or "when" or "once";
    }

    /// <summary>"to U.S. President Bill Clinton": a unit in a prepositional phrase behind other names, determiners and adjectives.</summary>
    private bool IsBehindPreposition(ArgUnit u)
    {
        int i = u.First - 1;
        int first = _x.SentenceStartOf(u.First);
        for (int n = 0; i >= first && n < 8; n++)
        {
            if (_x.UnitAt(i) is { } before) { i = before.First - 1; continue; }
            if (_x.IsDeterminer(i) || _x.Pos(i) is UniversalPos.ADJ or UniversalPos.PROPN or UniversalPos.NUM) { i--; continue; }
            break;
        }
        return i >= first && i < u.First - 1 && _x.IsPreposition(i) && !(_x.Lower(i) is "of" or "from");
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
                // ("with General Abdel Burhan and Mohamed Dagalo": a title the recognizer left apart opens the conjunct.)
                if (prev.First > 0 && _x.UnitAt(prev.First - 1) is { } title && title != prev && IsTitleBefore(title)) prev = title;
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
        int i = BeforeModifiers(u);
        if (i < 0 || !_x.HasPos || _x.Pos(i) != UniversalPos.VERB) return false;
        // ("Acting Labor Secretary Julie Su": a capitalized title modifier tagged as a verb opens the title, no clause.)
        if (StartsUpper(i) && HasRole(i, RoleClass.Modifier)) return false;
        // "said Syria had indicated": after a reporting verb, a unit followed by its own verb is that clause's subject
        // (after another verb it is still the object: "analysts who follow regional politics said").
        // ("said the president himself met": an intensifying reflexive between the subject and its verb.)
        int next = PastIntensifier(u.Last + 1);
        return next >= _x.Tokens.Count || !_x.IsVerb(next) || (!IsReportingVerb(i) && i - 1 >= 0 && _x.Lower(i - 1) is "who" or "which" or "that");
    }

    /// <summary>
    /// "the president's son met with X", "her lawyers conferred with Y": a common-noun phrase right before a meeting
    /// verb, headed by a word for people (party-heads.txt, meeting-people-nouns.txt) but not marked as a party unit,
    /// is the verb's subject; null when a participant already stands before the verb or the verb is passive.
    /// </summary>
    private Actor? UnnamedMeetingSubject(Sentence s, MentionDraft d, int governing)
    {
        // ("Leaders of the two countries will hold a summit": a meeting noun's governing verb, other than a reporting
        // verb, has the subject instead.)
        int verb = d.AnchorIsVerb ? d.First : governing >= 0 && !IsReportingVerb(governing) ? governing : -1;
        if (verb < 0 || IsPassive(d.AnchorIsVerb ? d.Anchor : verb, s.FirstToken)) return null;
        int start = _x.Tokens.GetSpan(verb).Start;
        foreach (var a in d.Participants)
            if (a.Span.Start < start) return null;
        int i = verb - 1;
        while (i >= s.FirstToken && (_x.IsAdverb(i) || _x.Pos(i) == UniversalPos.AUX || PastIntensifier(i) != i)) i--;
        if (i >= s.FirstToken && _x.UnitAt(i) is { } tail && tail.Last == i)
        {
            // "The negotiators from both countries met", "the envoys of the two governments met": a people word with its
            // "from"/"of" phrase (the phrase's own names are no subject of their own).
            int h = tail.First - 2;
            bool ofPhrase = tail.First - 1 >= s.FirstToken && _x.Lower(tail.First - 1) is "from" or "of";
            // "The negotiators met" with no earlier parties to stand for: the words themselves name the party.
            if (!ofPhrase) return tail.IsReference && tail.Actors.Count == 0 && IsPeopleHead(tail.Last) ? _x.UnnamedActor(tail.First, tail.Last) : null;
            if (h < s.FirstToken || !IsPeopleHead(h)) return null;
            if (_x.UnitAt(h) is { } headUnit)
                return headUnit.IsReference && headUnit.Actors.Count == 0 && headUnit.Last == h ? _x.UnnamedActor(headUnit.First, i) : null;
            if (_x.Pos(h) != UniversalPos.NOUN || NounPhraseEndingAt(h, s.FirstToken) is not { } np) return null;
            return _x.UnnamedActor(_x.TokenRange(np.Span).First, i);
        }
        // ("its chief executive met": a people word the tagger took for an adjective still heads the phrase.)
        if (i < s.FirstToken || _x.UnitAt(i) is not null || _x.Pos(i) is not (UniversalPos.NOUN or UniversalPos.ADJ)) return null;
        string head = _x.Lower(i);
        if (!_c.PartyHeads.ContainsKey(head) && !_c.MeetingPeopleNouns.Contains(head)) return null;
        if (_x.Pos(i) == UniversalPos.NOUN) return NounPhraseEndingAt(i, s.FirstToken);
        int first = i;
        while (first - 1 >= s.FirstToken && i - first < 4 && _x.UnitAt(first - 1) is null && (_x.Pos(first - 1) is UniversalPos.NOUN or UniversalPos.ADJ || _x.IsDeterminer(first - 1) || _x.Lower(first - 1) is "its" or "his" or "her" or "their"))
        {
            first--;
            if (_x.IsDeterminer(first) || _x.Lower(first) is "its" or "his" or "her" or "their") break;
        }
        return _x.UnnamedActor(first, i);
    }

    /// <summary>
    /// "she and other relatives had spoken to X": the person a "he"/"she" stands for when the pronoun is joined by "and"
    /// to the first participant found before a meeting verb; null otherwise.
    /// </summary>
    private Actor? PronounConjunct(Sentence s, MentionDraft d)
    {
        int first = int.MaxValue;
        foreach (var a in d.Participants)
        {
            int f = _x.TokenRange(a.Span).First;
            if (f >= s.FirstToken && f < d.First) first = Math.Min(first, f);
        }
        if (first == int.MaxValue || first - 2 < s.FirstToken || _x.Lower(first - 1) != "and" || _x.Lower(first - 2) is not ("he" or "she")) return null;
        return ResolvePronoun(first - 2, s);
    }

    /// <summary>
    /// "Kenya and Ethiopia signed a border deal after marathon talks", "The union and the government agreed on a
    /// ceasefire following two days of negotiations": the two or more parties joined as the subject of a verb whose
    /// "after"/"following" phrase is a meeting noun with no parties of its own held it (one party alone may have acted
    /// after others' talks). Null when the sentence is no such.
    /// </summary>
    private List<Actor>? AfterTalksSubjects(Sentence s, MentionDraft d)
    {
        int f = d.First - 1;
        // (Past the noun's modifiers and a measure of time: "after two days of talks", "after marathon talks".)
        while (f > s.FirstToken && _x.UnitAt(f) is null && (_x.Pos(f) is UniversalPos.ADJ or UniversalPos.NUM or UniversalPos.NOUN || _x.IsDeterminer(f) || _x.Lower(f) == "of")) f--;
        if (f <= s.FirstToken || _x.Lower(f) is not ("after" or "following")) return null;
        for (int k = f - 1; k >= s.FirstToken && f - k <= ForPhraseWindow; k--)
        {
            if (_x.UnitAt(k) is { } u) { k = u.First; continue; }
            if (_x.IsBoundary(k) || _x.IsPunct(k)) return null;
            if (!_x.IsVerb(k) || _x.Pos(k) == UniversalPos.AUX) continue;
            if (IsReportingVerb(k) || IsPassive(k, s.FirstToken)) return null;
            var subject = SubjectBeforeAside(k, s.FirstToken) ?? LeftChain(k, s.FirstToken);
            // ("The nurses union and the government signed": a common-noun side before the "and", too.)
            if (subject.Count == 1 && UnnamedConjunctEndingBefore(_x.TokenRange(subject[0].Span).First, s) is { } side) subject.Insert(0, side);
            return subject.Count >= 2 ? subject : null;
        }
        return null;
    }

    /// <summary>How many words may stand between a verb and the "for" of the meeting noun it sends its object to.</summary>
    private const int ForPhraseWindow = 10;

    /// <summary>
    /// "Germany summoned the Russian ambassador for consultations", "Merz invited President Macron for talks in Paris",
    /// "Reed was invited to the White House for talks": the subject of a verb whose "for" phrase is a meeting noun
    /// takes part, with the party it sends there (its object), when the verb has one or is passive. Not "called for
    /// talks" or "pressed for negotiations" (no object: a demand that others meet). "Zelensky thanked Macron during a
    /// phone call": who acts "during" a meeting takes part in it, and so does the one acted on, unless the meeting
    /// names its own parties ("praised the army during talks with Y"); so does "at"/"in" their meeting. Null when the
    /// sentence is no such.
    /// </summary>
    private List<Actor>? ForPhraseVerbParties(Sentence s, MentionDraft d)
    {
        int f = d.First - 1;
        while (f > s.FirstToken && _x.UnitAt(f) is null && (_x.Pos(f) is UniversalPos.ADJ or UniversalPos.NUM || _x.IsDeterminer(f))) f--;
        // ("told Zelenskiy at their meeting", "made progress in their talks": a meeting the pair owns is one the subject
        // and the one acted on hold, as "during" says.)
        bool theirs = d.First - 1 > s.FirstToken && _x.Lower(d.First - 1) == "their";
        if (f <= s.FirstToken || !(_x.Lower(f) is "for" or "during" || (theirs && _x.Lower(f) is "at" or "in"))) return null;
        bool during = _x.Lower(f) != "for";
        int verb = -1;
        for (int k = f - 1; k >= s.FirstToken && f - k <= ForPhraseWindow; k--)
        {
            if (_x.UnitAt(k) is { } u) { k = u.First; continue; }
            if (_x.IsBoundary(k) || _x.IsPunct(k)) return null;
            if (_x.IsVerb(k) && _x.Pos(k) != UniversalPos.AUX) { verb = k; break; }
        }
        // ("said during a phone call with X that …": a speaker during a call is on it.)
        if (verb < 0 || (!during && IsReportingVerb(verb))) return null;
        bool passive = IsPassive(verb, s.FirstToken);
        var (objects, _) = RightChain(verb + 1, f, allowPrepositionStart: false);
        if (!during && !passive && objects.Count == 0) return null;
        var parties = new List<Actor>();
        var subject = SubjectBeforeAside(verb, s.FirstToken) ?? LeftChain(verb, s.FirstToken);
        if (subject.Count == 0 && SubjectPronoun(verb, s.FirstToken) is int p && ResolvePronoun(p, s) is { } resolved) subject.Add(resolved);
        foreach (var a in subject) MentionDraft.AddActor(parties, a);
        bool ownParties = d.Last + 1 < s.EndToken && _x.Lower(d.Last + 1) is "with" or "between" or "among";
        if (!passive && !(during && ownParties)) foreach (var a in objects) MentionDraft.AddActor(parties, a);
        return parties;
    }

    /// <summary>
    /// "The union and the company will resume talks", "Teachers and the education ministry held talks": a common-noun
    /// phrase that opens the clause (at the sentence start or after a comma or dash) and is joined by "and" to the first
    /// party of <paramref name="parties"/> found before the trigger is a party too, though its noun is in no party list (a
    /// meeting needs a second side; "The plant's owners and local officials say": so do joint speakers); null otherwise.
    /// </summary>
    private Actor? UnnamedFirstConjunct(Sentence s, MentionDraft d, List<Actor> parties)
    {
        int first = int.MaxValue;
        foreach (var a in parties)
        {
            int f = _x.TokenRange(a.Span).First;
            if (f >= s.FirstToken && f < d.First) first = Math.Min(first, f);
        }
        return first == int.MaxValue ? null : UnnamedConjunctEndingBefore(first, s);
    }

    /// <summary>
    /// "The company and the union have been negotiating", "Chrysler and the autoworkers met": a common-noun phrase joined
    /// by "and" right after the last party found before a meeting verb, and ending right before that verb (past adverbs
    /// and auxiliaries), is the other side, though its noun is in no party list; null otherwise. So is one before the verb
    /// that governs a meeting noun ("Iran and the six world powers opened a new round of talks") or before a word of
    /// planning ("are set to resume talks").
    /// </summary>
    private Actor? UnnamedLastConjunct(Sentence s, MentionDraft d, int governing)
    {
        int verb = d.AnchorIsVerb ? d.First : governing;
        if (verb < 0 || verb > d.First) return null;
        int last = -1;
        foreach (var a in d.Participants)
        {
            var (f, l) = _x.TokenRange(a.Span);
            if (f >= s.FirstToken && l < verb) last = Math.Max(last, l);
        }
        if (last < 0 || last + 2 >= verb || _x.Lower(last + 1) != "and") return null;
        int end = SubjectEndBefore(verb, last + 2);
        if (end >= 0 && _c.VagueConjuncts.Contains(_x.Lower(end))) return null;
        if (end < last + 2 || !IsLowercaseNoun(end) || NounPhraseEndingAt(end, last + 2) is not { } np || _x.TokenRange(np.Span).First != last + 2) return null;
        return NamesNothing(last + 2, end) ? np : null;
    }

    /// <summary>True when no token from <paramref name="first"/> to <paramref name="last"/> is in a unit or place or is a proper noun: an unnamed phrase.</summary>
    private bool NamesNothing(int first, int last)
    {
        for (int k = first; k <= last; k++)
            if (_x.UnitAt(k) is not null || _x.PlaceAt(k) is not null || _x.Pos(k) == UniversalPos.PROPN) return false;
        return true;
    }

    /// <summary>The clause-opening common-noun phrase joined by "and" right before token <paramref name="first"/>, or null (see <see cref="UnnamedFirstConjunct"/>).</summary>
    private Actor? UnnamedConjunctEndingBefore(int first, Sentence s)
    {
        if (first - 2 < s.FirstToken || _x.Lower(first - 1) != "and") return null;
        int last = first - 2;
        if (_x.Pos(last) != UniversalPos.NOUN || !char.IsLower(_x.Tokens.GetChars(last)[0]) && last != s.FirstToken) return null;
        if (NounPhraseEndingAt(last, s.FirstToken) is not { } np) return null;
        int start = _x.TokenRange(np.Span).First;
        if (!NamesNothing(start, last)) return null;
        // ("Striking nurses and hospital management met": a participle opening the sentence modifies the phrase.)
        if (start - 1 == s.FirstToken && IsParticipleVerb(start - 1) && _x.UnitAt(start - 1) is null) return _x.UnnamedActor(start - 1, last);
        return start == s.FirstToken || _x.Lower(start - 1) is "," or "--" or "—" or "–" ? np : null;
    }

    /// <summary>
    /// "urged Norway to hold talks", "asked Weiss to meet her", "invited the pope to visit": the object of an
    /// addressee-to verb (content-markers.txt) right before the "to" of a meeting verb is that verb's subject.
    /// Returns the object's actors and the controlling verb's first token, or null.
    /// </summary>
    private (List<Actor> Actors, int Verb)? ControlledSubject(Sentence s, int meetingVerb)
    {
        int to = meetingVerb - 1;
        while (to > s.FirstToken && _x.IsAdverb(to)) to--;
        if (to - 1 <= s.FirstToken || _x.Lower(to) != "to" || _x.UnitAt(to - 1) is not { } last || last.Last != to - 1 || last.IsReference && last.Actors.Count == 0) return null;
        // "Norway and Sweden", "Chile, Peru and Bolivia": the coordinated objects.
        var units = new List<ArgUnit> { last };
        int j = last.First - 1;
        while (units.Count < 5 && j - 1 > s.FirstToken && _x.Lower(j) is "and" or "," && _x.UnitAt(j - 1) is { } prev && prev.Last == j - 1)
        {
            units.Add(prev);
            j = prev.First - 1;
        }
        // ("Chancellor Karl Weiss": a title the recognizer left apart.)
        if (j >= s.FirstToken && _x.UnitAt(j) is { } title && IsTitleBefore(title)) j = title.First - 1;
        // ("invited Polish Foreign Minister Bronislaw Geremek": capitalized nationality and office words before the title.)
        while (j > s.FirstToken)
        {
            if (_x.UnitAt(j) is null && _x.Pos(j) == UniversalPos.ADJ && char.IsUpper(_x.Tokens.GetChars(j)[0])) j--;
            // ("[Peruvian] Foreign [Minister]": a nationality the recognizer made a unit of no known kind.)
            else if (_x.UnitAt(j) is { } nationality && nationality.Last == j && TitledPersonAfter(nationality, to) is not null) j = nationality.First - 1;
            else break;
        }
        int objectFirst = j + 1;
        foreach (var phrase in _c.AddresseeToVerbs)
        {
            int start = objectFirst - phrase.Length;
            if (start < s.FirstToken || _x.MatchAt(start, phrase, objectFirst) != objectFirst || !_x.IsVerb(start)) continue;
            units.Reverse();
            var actors = new List<Actor>();
            foreach (var u in units)
                foreach (var a in u.Actors) MentionDraft.AddActor(actors, a);
            return actors.Count > 0 ? (actors, start) : null;
        }
        return null;
    }

    /// <summary>A word for people or a party (party-heads.txt, meeting-people-nouns.txt) at <paramref name="i"/>.</summary>
    private bool IsPeopleHead(int i) => _c.PartyHeads.ContainsKey(_x.Lower(i)) || _c.MeetingPeopleNouns.Contains(_x.Lower(i));

    /// <summary>
    /// The token after an intensifying reflexive at <paramref name="i"/> ("the president himself met"), or
    /// <paramref name="i"/> when there is none.
    /// </summary>
    private int PastIntensifier(int i) =>
        i < _x.Tokens.Count && _x.Lower(i) is "himself" or "herself" or "themselves" or "itself" && i + 1 < _x.Tokens.Count && _x.IsVerb(i + 1) ? i + 1 : i;

    /// <summary>What <see cref="StepLeftPast"/> may step over on the way left from a verb to its subject.</summary>
    [Flags]
    private enum PreVerbWords
    {
        Adverbs = 1,
        Auxiliaries = 2,
        /// <summary>"not", "n't".</summary>
        Negation = 4,
        /// <summary>Tokens of a time expression ("was on Monday quoted").</summary>
        TimeExpressions = 8,
        /// <summary>Verbs of starting or going on before an -ing verb ("have started asking"; aspectual-verbs.txt).</summary>
        Aspectual = 16,
    }

    /// <summary>
    /// The nearest token at or before <paramref name="i"/> that is none of the <paramref name="skip"/> kinds, stepping over
    /// at most <paramref name="limit"/> tokens; <paramref name="first"/> - 1 when every token down to <paramref name="first"/> is one.
    /// </summary>
    // Why one helper: many readers look left from a verb past "also", "would", "not" … for its subject or clause opener,
    // and each used to write its own loop; the flags make plain what each one passes over, so differences are deliberate.
    private int StepLeftPast(int i, int first, PreVerbWords skip, int limit = int.MaxValue)
    {
        for (int n = 0; i >= first && n < limit && IsPreVerbWord(i, skip); n++) i--;
        return i;
    }

    /// <summary>
    /// The first token at or after <paramref name="i"/>, before <paramref name="end"/>, that is none of the
    /// <paramref name="skip"/> kinds (<paramref name="end"/> when all are): from a subject to its verb, the mirror of
    /// <see cref="StepLeftPast"/>.
    /// </summary>
    private int StepRightPast(int i, int end, PreVerbWords skip)
    {
        while (i < end && IsPreVerbWord(i, skip)) i++;
        return i;
    }

    private bool IsPreVerbWord(int i, PreVerbWords skip) =>
        ((skip & PreVerbWords.Adverbs) != 0 && _x.IsAdverb(i))
        || ((skip & PreVerbWords.Auxiliaries) != 0 && _x.Pos(i) == UniversalPos.AUX)
        || ((skip & PreVerbWords.Negation) != 0 && _x.Lower(i) is "not" or "n't")
        || ((skip & PreVerbWords.TimeExpressions) != 0 && _x.TimexAt(i) is not null)
        || ((skip & PreVerbWords.Aspectual) != 0 && _x.Pos(i) == UniversalPos.VERB && _c.AspectualVerbs.Contains(_x.Lower(i)));

    /// <summary>
    /// The subject of a verb set off from it by a comma-delimited aside: a relative clause ("Libya, which brought the
    /// case ..., hailed"), a participle phrase ("X, ending a two-day visit, said"; "Turkey, worried about ..., urged"),
    /// or a verbless appositive or prepositional phrase ("Kiara Perkins, a second year art major, admitted"; "X, in
    /// remarks to Y, said"). Null when no such aside ends right before the verb or no party stands before it.
    /// </summary>
    private List<Actor>? SubjectBeforeAside(int verb, int sentenceFirst)
    {
        int close = StepLeftPast(verb - 1, sentenceFirst, PreVerbWords.Adverbs | PreVerbWords.Auxiliaries | PreVerbWords.Negation);
        // 'The newspaper, quoting "secret reports," said': an aside may end in a quoted phrase whose closing mark
        // follows the comma; the quotation must open inside the aside (checked below), else it is what was said.
        int quoteOpen = -1;
        if (close - 1 > sentenceFirst && _x.IsQuote(close) && _x.Lower(close - 1) == ",")
        {
            for (int k = close - 2; k > sentenceFirst && quoteOpen < 0; k--)
                if (_x.IsQuote(k)) quoteOpen = k;
            if (quoteOpen < 0) return null;
            close--;
        }
        if (close <= sentenceFirst || _x.Lower(close) != "," || _x.IsQuote(close - 1)) return null;
        int open = -1;
        bool clauseInside = false, sentenceBreak = false;
        for (int k = close - 1; k > sentenceFirst && close - k <= 30; k--)
        {
            if (_x.Lower(k) == ",") { open = k; break; }
            if (_x.Lower(k) is ";" or ":") sentenceBreak = true;
            // ("X, whose firm has …, said"; "X, a consultant who advises Y, said", "X, a trade group that sued, welcomed": a
            // relative clause inside the aside.)
            if (_x.IsBoundary(k) && !(_x.Lower(k) is "which" or "who" or "whose" && (_x.Lower(k - 1) == "," || (_x.Lower(k) != "which" && IsNounEnd(k - 1))))
                && !(_x.Lower(k) == "that" && _x.Pos(k - 1) == UniversalPos.NOUN)
                // ("X, asked whether he would resign, replied": the question of a participle opening the aside.)
                && !(_x.Lower(k) is "whether" or "if" && k - 2 > sentenceFirst && _x.Lower(k - 2) == "," && _x.IsVerb(k - 1))) clauseInside = true;
        }
        if (open < 0 || open + 1 >= close || (quoteOpen >= 0 && quoteOpen < open)) return null;
        // "Jan Kavan, who lived in London from 1968, when the Soviets invaded, until 1989, said", "The minister, speaking
        // after talks with his counterpart, Jean Dupont, said": a relative clause or participle phrase may hold commas
        // of its own; the aside then opens at the comma before its relative pronoun or participle.
        if (!IsAsideOpener(open + 1) && RelativeAsideOpening(open, close, sentenceFirst) is int relativeOpen)
        {
            open = relativeOpen;
            clauseInside = false;
        }
        int a = open + 1;
        // ("The embassy in Nairobi, Kenya, had no comment": the country says where the city is; no aside.)
        if (_x.UnitAt(a) is { } qualifier && qualifier.Last == close - 1 && IsCityQualifier(qualifier)) return null;
        string w = _x.Lower(a);
        bool relative = w is "which" or "who" or "whose";
        // (A past participle is often tagged as an adjective: "worried about ...".)
        bool participle = _x.Pos(a) is UniversalPos.VERB or UniversalPos.ADJ && (w.EndsWith("ing", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal));
        // "X, speaking on condition of anonymity because they were not authorized to ..., said": only a participle
        // phrase may hold a clause of its own; any other clause boundary means the comma ends no aside.
        // ("Moss's stepmother, who married his father when Moss was in his 30s, said": so may a relative clause, short
        // of a semicolon or colon.)
        if (clauseInside && !(participle && _x.Pos(a) == UniversalPos.VERB) && !(relative && !sentenceBreak)) return null;
        // ("The owners, however, have not commented": an aside of adverbs alone.)
        bool adverbs = true;
        for (int k = a; k < close && adverbs; k++) adverbs = _x.IsAdverb(k);
        if (!relative && !participle && !adverbs)
        {
            // A verbless phrase: an appositive ("a second year art major") or a prepositional aside ("in remarks to Y").
            if (!(_x.IsPreposition(a) || _x.IsDeterminer(a) || _x.UnitAt(a) is not null || _x.Pos(a) is UniversalPos.ADJ or UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.NUM))
                return null;
            for (int k = a; k < close; k++)
            {
                // ("Lena Vogt, a shipping analyst who does not advise either side, said": the appositive's own relative clause.)
                // ("Anna Berg, a professor at Oslo University who studies the lake, said": after a name, too.)
                if (k > a && _x.Lower(k) is "who" or "whose" or "that" && IsNounEnd(k - 1)) break;
                // ("X, in a statement issued on Monday, said": a participle right after the noun of a prepositional aside
                // modifies that noun.)
                if (_x.IsVerb(k) && _x.IsPreposition(a) && k > a + 1 && _x.Pos(k - 1) == UniversalPos.NOUN && _x.Pos(k) == UniversalPos.VERB
                    && _x.Lower(k).EndsWith("ed", StringComparison.Ordinal)) continue;
                // ("Her husband, a retired firefighter, says": a participle right after the determiner modifies the noun.)
                if (k == a + 1 && _x.IsDeterminer(a) && IsParticipleVerb(k)) continue;
                if (_x.IsVerb(k) || (_x.IsQuote(k) && k != quoteOpen)) return null;
            }
            // "The country's largest farmers' union, the Growers League, is threatening": an aside that is just a
            // name names the subject.
            // ("A military spokesman, Lt. Col. Tim Ross, said": past title abbreviations the recognizer left out of the name.)
            int n = a;
            while (n < close && (_x.IsDeterminer(n) || (_x.UnitAt(n) is null && _x.Tokens.GetKind(n) == TokenKind.Abbreviation))) n++;
            // (Not "Anna Berg, the Swedish spokesperson, said": a named subject stays the subject.)
            var before = _x.UnitAt(open - 1);
            bool subjectNamed = before is { IsCommonNoun: false, Actors.Count: > 0 } && before.Last == open - 1;
            // ("the kingdom's envoy, [Faisal] [bin Saad], had held": a name the recognizer split, its first part taken for a title.)
            var name = _x.UnitAt(n);
            if (name is not null && name.First == n && IsTitleBefore(name) && name.Last + 1 < close) name = _x.UnitAt(name.Last + 1);
            // "The prime ministers of Australia and New Zealand, Kevin Rudd and John Key, met": an aside listing people's names
            // names the people of a subject that is not a person's name itself.
            if (PersonListFilling(n, close) is { Count: >= 2 } people && !(subjectNamed && before!.Actors[0].Kind == ActorKind.Person)) return people;
            if (name is { IsCommonNoun: false, IsReference: false, Actors.Count: > 0 } && name.Last == close - 1
                // ("Chile's foreign minister, Ana Valdes, said": a role phrase before a person's name is that person.)
                && (!subjectNamed || (before!.Actors[0].Kind == ActorKind.Other && name.Actors[0].Kind == ActorKind.Person)))
            {
                // "Ana Ruiz and her counterpart, Tomas Vidal, held talks": the name the aside gives is the possessed role's;
                // the party coordinated before "and his/her/their ROLE" is a subject too.
                if (PossessedRoleEndingAt(open - 1, sentenceFirst) is int roleStart && roleStart - 2 >= sentenceFirst && _x.Lower(roleStart - 1) == "and"
                    && _x.UnitAt(roleStart - 2) is { IsReference: false, Actors.Count: > 0 } partner && partner.Last == roleStart - 2)
                {
                    var both = LeftChain(roleStart - 1, sentenceFirst);
                    foreach (var named in name.Actors) MentionDraft.AddActor(both, named);
                    return both;
                }
                return new List<Actor>(name.Actors);
            }
        }
        // ("President Bush yesterday, asked …, replied": a date between the subject and the aside.)
        // (Or "on Tuesday": with its preposition.)
        if (_x.TimexAt(open - 1) is { } when)
        {
            int before = _x.TokenRange(when.Span).First;
            if (before - 1 > sentenceFirst && _x.Lower(before - 1) is "on" or "in") before--;
            if (before - 1 > sentenceFirst && _x.UnitAt(before - 1) is { Actors.Count: > 0 }) open = before;
        }
        // "Officials at the Health Ministry, who asked not to be named, said": a place of work after the subject's head
        // is its prepositional object; the party before the preposition, opening the clause, is the subject.
        if (_x.UnitAt(open - 1) is { Actors.Count: > 0 } placeOfWork && placeOfWork.Last == open - 1 && IsPrepositionalObject(placeOfWork)
            && LeftChain(open, sentenceFirst) is [var head] && _x.TokenRange(head.Span).First is var headFirst
            && (headFirst == sentenceFirst || _x.IsPunct(headFirst - 1)) && _x.TokenRange(head.Span).Last + 1 is var after
            && after < placeOfWork.First && _x.Lower(after) is "at" or "of" or "in" or "from" or "for")
            return new List<Actor> { head };
        // "Peter Moss, 62, who has lived there for years, told": a relative clause or participle phrase after an age or
        // apposition describes the named person before that.
        if ((relative || participle) && _x.UnitAt(open - 1) is null && AppositionOpening(open - 1, sentenceFirst) is int outer
            && _x.UnitAt(outer - 1) is { Actors: [{ Kind: ActorKind.Person }, ..] } described && described.Last == outer - 1 && !IsPrepositionalObject(described))
            open = outer;
        if (_x.UnitAt(open - 1) is not { Actors.Count: > 0 } u || u.Last != open - 1 || IsPrepositionalObject(u) || IsVerbObject(u))
        {
            // "Turkey, worried about ..., urged": a country the resolver left as a place opens the sentence;
            // "The report, released by X, says": so does a common-noun phrase.
            // ("Most opponents of the strike, however, condemned": a common noun with its "of" phrase, too.)
            var opener = CountryEndingAt(open - 1) ?? OfPhraseSubject(open - 1, sentenceFirst) ?? NounPhraseEndingAt(open - 1, sentenceFirst) ?? CapitalizedNameEndingAt(open - 1, sentenceFirst);
            return opener is not null && _x.TokenRange(opener.Span).First == sentenceFirst ? new List<Actor> { opener } : null;
        }
        var chain = LeftChain(open, sentenceFirst);
        return chain.Count > 0 ? chain : null;
    }

    /// <summary>
    /// The comma before a relative pronoun or participle (see <see cref="IsAsideOpener"/>) that opens an aside reaching
    /// past the comma at <paramref name="comma"/> up to the one at <paramref name="close"/>, a few words back at most and
    /// with no quote mark or reporting verb in it; else null.
    /// </summary>
    private int? RelativeAsideOpening(int comma, int close, int sentenceFirst)
    {
        for (int k = close - 1; k > sentenceFirst && comma - k <= 25; k--)
        {
            if (_x.IsQuote(k) || (_x.Pos(k) == UniversalPos.VERB && IsReportingVerb(k))) return null;
            if (k < comma && _x.Lower(k) == "," && IsAsideOpener(k + 1)) return k;
        }
        return null;
    }

    /// <summary>True when token <paramref name="i"/> ends a noun phrase: a common or proper noun, or the last word of a name.</summary>
    private bool IsNounEnd(int i) => _x.Pos(i) is UniversalPos.NOUN or UniversalPos.PROPN || _x.UnitAt(i) is { } u && u.Last == i;

    /// <summary>"who", "which", "whose", or a participle tagged as a verb ("speaking", "worried"), opening an aside.</summary>
    private bool IsAsideOpener(int i) => _x.Lower(i) is "who" or "which" or "whose" || IsParticipleVerb(i);

    /// <summary>A word tagged as a verb with a participle ending ("speaking", "involved").</summary>
    private bool IsParticipleVerb(int i) =>
        _x.Pos(i) == UniversalPos.VERB && (_x.Lower(i).EndsWith("ing", StringComparison.Ordinal) || _x.Lower(i).EndsWith("ed", StringComparison.Ordinal));

    /// <summary>
    /// The first token of a country name or capitalized abbreviation ("U.S.", "U.N.") that ends at <paramref name="k"/> and
    /// is in no unit; else null.
    /// </summary>
    private int? NationalityBeforeTitle(int k)
    {
        if (_x.UnitAt(k) is not null) return null;
        if (CountryEndingAt(k) is { } country) return _x.TokenRange(country.Span).First;
        var w = _x.Tokens.GetChars(k);
        return _x.Tokens.GetKind(k) == TokenKind.Abbreviation && w.Length > 2 && char.IsUpper(w[0]) && char.IsUpper(w[^2]) ? k : null;
    }

    /// <summary>A country place (not taken for an actor) ending at token <paramref name="k"/>, as a country actor; else null.</summary>
    private Actor? CountryEndingAt(int k)
    {
        if (_x.PlaceAt(k) is not { IsCountry: true } place || _x.UnitAt(k) is not null || _x.TokenRange(place.Span).Last != k) return null;
        return new Actor(place.Text, place.Span, ActorKind.Country, place.CountryCode, place.Name, 0.6f);
    }

    /// <summary>
    /// "with rebel fighters now openly attacking police stations": the object of an absolute "with" right before the
    /// -ing verb at <paramref name="verb"/> (only adverbs between) is that verb's subject.
    /// </summary>
    private bool IsAbsoluteWithSubject(ArgUnit u, int verb)
    {
        if (verb >= _x.Tokens.Count || !_x.IsVerb(verb) || !_x.Lower(verb).EndsWith("ing", StringComparison.Ordinal) || u.Last >= verb) return false;
        for (int i = u.Last + 1; i < verb; i++)
            if (!_x.IsAdverb(i) && _x.Pos(i) != UniversalPos.ADV) return false;
        int w = u.First - 1;
        while (w >= 0 && _x.UnitAt(w) is null && (_x.IsDeterminer(w) || _x.Pos(w) == UniversalPos.ADJ)) w--;
        return w >= 0 && _x.Lower(w) == "with";
    }

    /// <summary>
    /// The comma that opens an apposition ending at <paramref name="last"/>: ", a grocer", ", the town's mayor", ", 45"
    /// (a determiner or a number right after the comma, at most six words, none of them a verb or a comma), or null.
    /// </summary>
    private int? AppositionOpening(int last, int sentenceFirst)
    {
        for (int j = last; j >= sentenceFirst && last - j <= 6; j--)
        {
            if (_x.Lower(j) == ",")
            {
                if (j == last || j - 1 < sentenceFirst) return null;
                bool opened = _x.Lower(j + 1) is "a" or "an" or "the" || (j + 1 == last && _x.Pos(last) == UniversalPos.NUM);
                return opened ? j : null;
            }
            if (_x.IsVerb(j) || _x.IsBoundary(j)) return null;
        }
        return null;
    }

    /// <summary>
    /// "The United Auto Workers union and General Motors": an organization or group named right before a head noun of its
    /// own (no name itself) at <paramref name="k"/>, right before "and"/"or", is that conjunct; null otherwise.
    /// </summary>
    private ArgUnit? NamedBeforeHeadNoun(int k) =>
        k >= 1 && k + 1 < _x.Tokens.Count && _x.Lower(k + 1) is "and" or "or" && _x.UnitAt(k) is null && _x.Pos(k) is UniversalPos.NOUN or UniversalPos.PROPN && char.IsLower(_x.Tokens.GetChars(k)[0])
        && _x.UnitAt(k - 1) is { IsCommonNoun: false, IsReference: false, Actors: [{ Kind: ActorKind.Organization or ActorKind.Group }, ..] } named && named.Last == k - 1
            ? named : null;

    /// <summary>The nearest list of coordinated actors that ends left of <paramref name="from"/>, skipping prepositional objects and parentheticals.</summary>
    public List<Actor> LeftChain(int from, int sentenceFirst)
    {
        var result = new List<Actor>();
        int i = from - 1;
        int depth = 0; // inside a comma-delimited parenthetical opened on the right
        ArgUnit? found = null;
        // ("Adams said ..., adding": a participle continuing a reported act shares the reporting verb's subject; so does
        // one saying how the act was done, "defended the bill by noting that".)
        // ("backed the plan while insisting that …": so does one after a subordinator, whose clause has no subject of its own.)
        int before = StepLeftPast(from - 1, sentenceFirst + 1, PreVerbWords.Adverbs);
        bool continuing = from > sentenceFirst && from < _x.Tokens.Count && _x.Lower(from).EndsWith("ing", StringComparison.Ordinal)
            && (_x.Lower(before) is "," or "by" || (before > sentenceFirst && _c.ClauseSubordinators.Contains(_x.Lower(before))));
        // ("Lawyers for the family raised accusations that X had mistreated his son, saying": the participle goes on from
        // the main clause, whose subject is that of the sentence's first verb, not of a clause inside its object.)
        // ("Police said the attacker fled after stabbing two women": after a subordinator, the participle goes on from the
        // reported clause, whose subject did it, not whoever reported it.)
        if (continuing && FirstMainVerb(sentenceFirst, from - 1) is int main
            && (_x.Lower(before) == "," ? main : ReportedClauseVerb(main, from) ?? main) is var goesOnFrom
            && (SubjectBeforeAside(goesOnFrom, sentenceFirst) ?? LeftChain(goesOnFrom, sentenceFirst)) is { Count: > 0 } mainSubject) return mainSubject;
        if (!continuing && PossessedPersonBefore(from, sentenceFirst) is { } possessed)
        {
            result.Add(possessed);
            return result;
        }
        while (i >= sentenceFirst)
        {
            if (_x.IsBoundary(i))
            {
                // "X defended a law that sparked protests, saying": a participle going on from the main clause skips a
                // relative clause on that clause's object.
                if (continuing && _x.Lower(i) is "that" or "which" && i > sentenceFirst && _x.Pos(i - 1) is UniversalPos.NOUN or UniversalPos.PROPN)
                {
                    i--;
                    continue;
                }
                // "Army officers who follow border affairs said": past a relative clause, its antecedent is the subject.
                if (_x.Lower(i) is "who" or "which" && i > sentenceFirst && !HasCommaBetween(i, from))
                {
                    int k = _x.Lower(i - 1) == "," ? i - 2 : i - 1;
                    // ("drafted by Dennis Ross, who met Arafat", "met with Mubarak, who said": a named person set off by a comma
                    // is the antecedent whatever preposition takes him; not after "of", "the son of Ali Hassan, who", where
                    // the head before "of" may be meant.)
                    if (k >= sentenceFirst && _x.UnitAt(k) is { } antecedent && antecedent.Last == k
                        && (!IsPrepositionalObject(antecedent) || (k == i - 2 && !antecedent.IsCommonNoun && antecedent.Actors is [{ Kind: ActorKind.Person }]
                            && _x.Lower(PrepositionBefore(antecedent)) != "of"))) found = antecedent;
                    // "Tom Bell, a grocer, who was killed", "Ann Cole, 45, who was shot": past an apposition or an age
                    // between commas to the named person it describes.
                    else if (k == i - 2 && AppositionOpening(k, sentenceFirst) is int comma && _x.UnitAt(comma - 1) is { Actors: [{ Kind: ActorKind.Person }, ..] } named
                             && named.Last == comma - 1 && !IsPrepositionalObject(named)) found = named;
                    // "Committee sources who spoke on condition of anonymity said": a common-noun antecedent that opens
                    // the clause (after the sentence start or a comma) is the speaker of a reporting verb.
                    else if (k == i - 1 && _x.Lower(i) == "who" && from < _x.Tokens.Count && IsReportingVerb(from) && NounPhraseEndingAt(k, sentenceFirst) is { } people
                             && _x.TokenRange(people.Span).First is var start && (start == sentenceFirst || _x.Lower(start - 1) == "," || OnlyModifiersBefore(start, sentenceFirst)))
                    {
                        // ("A recently released dock worker who …": with the modifiers the phrase had.)
                        result.Add(start == sentenceFirst || _x.Lower(start - 1) == "," ? people : _x.UnnamedActor(sentenceFirst, k));
                        return result;
                    }
                }
                break;
            }
            // A dateline ("JERUSALEM (AP)_") ends where the story starts.
            if (_x.Lower(i) == "_") break;
            var u = _x.UnitAt(i);
            // ("The March accession will …": a lone month or day name taken for a name; "the Madrid summit": a capital
            // naming where a meeting is held. Neither is the subject sought.)
            // ("The French Embassy in Nairobi, Kenya, had no comment": nor is a country saying where a city is.)
            if (u is not null && (IsCalendarName(u) || IsMeetingSeat(u) || IsCityQualifier(u))) { i = u.First - 1; continue; }
            if (u is not null)
            {
                // "The Union of ... (UAAR)": a parenthesized abbreviation is not the subject itself.
                bool bracketed = u.First > sentenceFirst && _x.Lower(u.First - 1) == "(" && u.Last + 1 < _x.Tokens.Count && _x.Lower(u.Last + 1) == ")";
                if (!bracketed && !IsPrepositionalObject(u) && !IsVerbObject(u) && !IsObjectConjunct(u) && !IsParenthetical(u.First, sentenceFirst, from)) { found = u; break; }
                if (IsAbsoluteWithSubject(u, from)) { found = u; break; }
                i = u.First - 1;
                continue;
            }
            // "Officials said the president met": a reporting verb closes the clause whose subject is sought.
            // (Not "The minister is reported to have asked": a passive raising verb, whose subject is the sought one.)
            if (!continuing && _x.Pos(i) == UniversalPos.VERB && IsReportingVerb(i) && !IsParenthetical(i, sentenceFirst, from)
                && !(IsRaisingPassive(i, sentenceFirst) && IsSpeechVerb(from))) break;
            i--;
        }
        _ = depth;
        if (found is null) return result;
        var chain = new List<ArgUnit> { found };
        int j = found.First - 1;
        while (j >= sentenceFirst)
        {
            // "The mayor and the leader of the opposition held talks": the party a people word acts for stands for its
            // conjunct; the list goes on before the people word.
            if (j + 1 == chain[^1].First && PeopleWordActingFor(chain[^1], sentenceFirst) is int peopleFirst) j = peopleFirst - 1;
            if (j < sentenceFirst) break;
            // "Ruiz, Trade Minister Juan Soto and others": a title the recognizer left apart belongs to the name after it.
            bool afterTitle = false;
            if (_x.UnitAt(j) is { } title && IsTitleBefore(title))
            {
                j = title.First - 1;
                // ("Sergei Lavrov and U.S. Secretary of State Rex Tillerson": the title's "of" phrase, too.)
                while (j - 1 >= sentenceFirst && _x.Lower(j) == "of" && _x.UnitAt(j - 1) is { IsReference: false, IsCommonNoun: false, Actors: [{ Kind: ActorKind.Other }] } head && head.Last == j - 1)
                    j = head.First - 1;
                afterTitle = true;
            }
            // "Somchai Wongsa and his Cambodian counterpart Sok Pheap": a possessed role right before the name titles it.
            else if (PossessedRoleBefore(j, chain[^1], sentenceFirst) is int roleStart) j = roleStart - 1;
            // ("Ana Ruiz and Gen. Tomas Vidal": a title abbreviation before a person's name.)
            else if (_x.UnitAt(j) is null && _x.Tokens.GetKind(j) == TokenKind.Abbreviation && j + 1 == chain[^1].First && chain[^1].Actors is [{ Kind: ActorKind.Person }, ..]) j--;
            // "Abdel Burhan and militia commander Mohamed Dagalo", "... and the RSF leader Mohamed Dagalo": lowercase role
            // words right before a person's name title it, and so does a name that modifies them after a determiner; the
            // list goes on before them.
            else if (j + 1 == chain[^1].First && !chain[^1].IsCommonNoun && chain[^1].Actors is [{ Kind: ActorKind.Person }, ..] && IsLowercaseNoun(j))
            {
                while (j >= sentenceFirst && _x.UnitAt(j) is null && IsLowercaseNoun(j)) j--;
                // ("William Burns and Mossad chief David Barnea": so does one opening the conjunct, right after "and" or a comma.)
                if (j > sentenceFirst && _x.UnitAt(j) is { } modifier && modifier.Last == j && modifier.Actors is [{ Kind: not ActorKind.Person }, ..]
                    && modifier.First - 1 >= sentenceFirst && (_x.IsDeterminer(modifier.First - 1) || _x.Lower(modifier.First - 1) is "and" or ",")) j = modifier.First - 1;
                afterTitle = true;
            }
            if (j < sentenceFirst) break;
            // "Ryutaro Hashimoto and U.S. Trade Representative Mickey Kantor": a country the recognizer left out of any unit,
            // opening a person's title, is that person's nationality, not a coordinator's stop; the list goes on before it.
            if (afterTitle && NationalityBeforeTitle(j) is int nationalityFirst) j = nationalityFirst - 1;
            if (j < sentenceFirst) break;
            // "Peru's President Ana Ruiz and Chile's Prime Minister Tomas Vidal": the possessor before a person's title
            // is that person's country, not a party of its own; the list goes on before it.
            if (afterTitle || chain[^1].Actors is [{ Kind: ActorKind.Person }, ..]) j = BeforePossessor(j, sentenceFirst);
            // "Protest leaders and the government's negotiators met": a common-noun party's possessor, named or not, owns
            // that party; the list goes on before it.
            else if (chain[^1].IsCommonNoun && j + 1 == chain[^1].First) j = BeforeAnyPossessor(j, sentenceFirst);
            if (j < sentenceFirst) break;
            int k = j;
            bool coordinated = false;
            int steps = 0;
            while (k >= sentenceFirst && steps < 5 && _x.UnitAt(k) is null && IsChainGap(k, ref coordinated)) { k--; steps++; }
            // "X and [New Zealand] Prime Minister Aroha Ngata": a nationality the recognizer made a unit of its own, opening
            // the next person's title phrase, belongs to that person; the list goes on before it.
            if (!coordinated && k >= sentenceFirst && afterTitle && _x.UnitAt(k) is { } nationality && nationality.Last == k
                && TitledPersonAfter(nationality, chain[^1].Last + 1) == chain[^1])
            {
                k = nationality.First - 1;
                while (k >= sentenceFirst && steps < 5 && _x.UnitAt(k) is null && IsChainGap(k, ref coordinated)) { k--; steps++; }
            }
            if (k < sentenceFirst || !coordinated) break;
            var u = _x.UnitAt(k) ?? NamedBeforeHeadNoun(k) ?? GroupBeforeOwnPhrase(k, sentenceFirst);
            // ("Late Monday, U.S. officials said": a time expression the recognizer took for a name coordinates nothing.)
            // ("after Dick Cheney and Colin Powell returned": a subordinator opening the clause is no preposition of the first conjunct.)
            if (u is null || ((IsPrepositionalObject(u) || IsBehindPreposition(u)) && !OpensSubordinateClause(u)) || _x.TimexAt(u.Last) is not null) break;
            // ("Immigration and Naturalization Service Commissioner X": a name of no known kind before a title is more of the title.)
            // ("Prime Minister Sato and President Kim": a unit that opens with a title word and ends in a capitalized name
            // is a titled person the recognizer did not know, and a party.)
            if (afterTitle && u.Actors is [{ Kind: ActorKind.Other }] && !IsTitledName(u)) break;
            // "…, killing nine soldiers, the army said": a verb's object set off by a bare comma ends the clause before
            // the reporting clause; it is no speaker ("Russia, China and Pakistan said" is joined by "and").
            // ("said John Kerry, the Secretary of State, contacted": after a reporting verb the unit opens the clause.)
            // ("carried out by members of the Front, officials said": so does a party the people phrase of a preposition's
            // object stands for.)
            if (chain.Count == 1 && !HasWordCoordinator(k + 1, chain[0].First) && (IsVerbObject(u) || IsObjectConjunct(u)) && !AfterReportingVerb(u)) break;
            if (chain.Count == 1 && !HasWordCoordinator(k + 1, chain[0].First) && PeoplePhraseAfterPreposition(u, sentenceFirst)) break;
            // ("In Lisbon, Portugal, Prime Minister X said": a country after a city and a comma says where the city is.)
            if (IsCityQualifier(u) && !HasWordCoordinator(u.Last + 1, chain[^1].First)) break;
            chain.Add(u);
            j = u.First - 1;
        }
        chain.Reverse();
        DropAppositives(chain);
        foreach (var u in chain)
            foreach (var a in u.Actors) MentionDraft.AddActor(result, a);
        return result;
    }

    /// <summary>
    /// "Kopp's stepmother said", "Tom Ruiz's family said": a person noun (no argument unit of its own) owned by a named
    /// possessor, right before <paramref name="from"/> or an auxiliary or adverb there, is the subject as a whole; the
    /// possessor alone would be a different person. Null when the words before are not such a phrase.
    /// </summary>
    private Actor? PossessedPersonBefore(int from, int sentenceFirst)
    {
        int j = StepLeftPast(from - 1, sentenceFirst, PreVerbWords.Adverbs | PreVerbWords.Auxiliaries, limit: 2);
        if (j <= sentenceFirst || _x.UnitAt(j) is not null || _x.Pos(j) is not (UniversalPos.NOUN or UniversalPos.PROPN)
            || !char.IsLower(_x.Tokens.GetChars(j)[0]) || !LooksLikePersonNoun(j)) return null;
        int k = j - 1;
        while (k >= sentenceFirst && j - k <= 3 && _x.UnitAt(k) is null && _x.Pos(k) is UniversalPos.ADJ or UniversalPos.NOUN) k--;
        if (k <= sentenceFirst || _x.Lower(k) is not ("'s" or "’s")) return null;
        return _x.UnitAt(k - 1) is { IsReference: false, IsCommonNoun: false } owner && owner.Last == k - 1 ? _x.UnnamedActor(owner.First, j) : null;
    }

    /// <summary>A reporting verb ("said") or a verb of speaking to someone ("asked", "urged") at <paramref name="i"/>.</summary>
    private bool IsSpeechVerb(int i) => i < _x.Tokens.Count && (IsReportingVerb(i) || OpensAddresseeVerb(i, _x.Tokens.Count));

    /// <summary>"is reported to", "was said to": a passive reporting verb raising its subject to the infinitive after it.</summary>
    private bool IsRaisingPassive(int verb, int sentenceFirst) =>
        verb + 1 < _x.Tokens.Count && _x.Lower(verb + 1) == "to" && verb - 1 >= sentenceFirst && _x.Lower(verb - 1) is "is" or "was" or "are" or "were" or "been" or "be";

    /// <summary>
    /// "A recently released dock worker": only a determiner, adverbs, adjectives and participles stand between the
    /// sentence start and <paramref name="start"/>.
    /// </summary>
    private bool OnlyModifiersBefore(int start, int sentenceFirst)
    {
        for (int i = sentenceFirst; i < start; i++)
            if (!(_x.IsDeterminer(i) || _x.IsAdverb(i) || _x.TimexAt(i) is not null || _x.Pos(i) == UniversalPos.ADJ || (IsParticiple(i) && _x.Pos(i) == UniversalPos.VERB))) return false;
        return start > sentenceFirst;
    }

    /// <summary>"Lisbon, Portugal", "Austin, Texas": a place unit right after a city and a comma, naming where the city is.</summary>
    private bool IsCityQualifier(ArgUnit u) =>
        u.First - 2 >= 0 && _x.Lower(u.First - 1) == "," && _x.PlaceAt(u.First - 2) is { IsCountry: false }
        && (_x.PlaceAt(u.First) is not null || u.Actors is [{ Kind: ActorKind.Country }, ..]);

    /// <summary>
    /// The sentence's first verb before <paramref name="end"/>, past a fronted phrase ("Over the weekend, …") and outside
    /// quotation marks and names; null when there is none.
    /// </summary>
    private int? FirstMainVerb(int sentenceFirst, int end)
    {
        int i = sentenceFirst;
        if (i < end && (_x.IsPreposition(i) || _x.IsAdverb(i)))
        {
            while (i < end && _x.Lower(i) != ",") i++;
            i++;
        }
        // (An odd number of marks: the sentence opens inside a quotation begun in the one before.)
        bool quoted = false;
        for (int k = sentenceFirst; k < end; k++)
            if (_x.IsQuote(k)) quoted = !quoted;
        for (; i < end; i++)
        {
            if (_x.IsQuote(i)) { quoted = !quoted; continue; }
            if (quoted || _x.UnitAt(i) is not null) continue;
            // ("Martinez, who said the issue mattered, defended …": past a relative clause set off by commas.)
            if (_x.Lower(i) is "who" or "which" && i - 1 > sentenceFirst && _x.Lower(i - 1) == ",")
            {
                while (i + 1 < end && _x.Lower(i + 1) != ",") i++;
                i++;
                continue;
            }
            if (_x.IsBoundary(i)) return null;
            if (_x.Pos(i) == UniversalPos.VERB) return i;
        }
        return null;
    }

    /// <summary>True when the word before <paramref name="u"/>, past determiners, adjectives and numbers, is a reporting verb.</summary>
    private bool AfterReportingVerb(ArgUnit u)
    {
        int i = BeforeModifiers(u);
        return i >= 0 && _x.Pos(i) == UniversalPos.VERB && IsReportingVerb(i);
    }

    /// <summary>The token before <paramref name="u"/>, its title and the determiners, adjectives and numbers right before it; -1 at the text's start.</summary>
    private int BeforeModifiers(ArgUnit u)
    {
        int i = u.First - 1;
        // "criticised Finance Minister Christian Lindner": the title the recognizer left as a unit of its own is part of the phrase.
        if (i >= 0 && _x.UnitAt(i) is { } title && title.Last == i && IsTitleBefore(title)) i = title.First - 1;
        while (i >= 0 && (_x.IsDeterminer(i) || (_x.Pos(i) is UniversalPos.ADJ or UniversalPos.NUM && _x.UnitAt(i) is null))) i--;
        return i;
    }

    /// <summary>
    /// "Representatives of the union and the company met": before "and", a noun phrase naming no party ("the union")
    /// that is the "of"/"from" phrase of a word for people acting for a party (group-nouns.txt): the unit of those
    /// people, the conjunct before the "and"; null when the words ending at <paramref name="last"/> are no such phrase.
    /// </summary>
    private ArgUnit? GroupBeforeOwnPhrase(int last, int sentenceFirst)
    {
        int i = last;
        if (_x.Pos(i) != UniversalPos.NOUN) return null;
        while (i >= sentenceFirst && last - i < 4 && _x.UnitAt(i) is null && (_x.IsDeterminer(i) || _x.Pos(i) is UniversalPos.NOUN or UniversalPos.ADJ)) i--;
        if (i - 1 < sentenceFirst || _x.Lower(i) is not ("of" or "from")) return null;
        return _x.UnitAt(i - 1) is { } group && group.Last == i - 1 && _c.GroupNouns.Contains(_x.Lower(i - 1)) ? group : null;
    }

    /// <summary>True when a coordinating word ("and", "or", "as well as"), not only commas, lies in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private bool HasWordCoordinator(int from, int to)
    {
        for (int i = from; i < to; i++)
            if (_x.Lower(i) is not "," && (CueLexicon.Coordinators.Contains(_x.Lower(i)) || _x.Lower(i) == "well")) return true;
        return false;
    }

    /// <summary>
    /// When the words ending at <paramref name="j"/> are "his/her/their [adjectives] ROLE" (possessed-role-nouns.txt)
    /// right before <paramref name="named"/>, a unit with a name, the first of those words; otherwise null.
    /// </summary>
    private int? PossessedRoleBefore(int j, ArgUnit named, int sentenceFirst)
    {
        if (j < sentenceFirst || j + 1 != named.First || named.IsCommonNoun || named.IsReference) return null;
        return PossessedRoleEndingAt(j, sentenceFirst);
    }

    /// <summary>
    /// When the words ending at <paramref name="j"/> are "his/her/their/its [adjectives] ROLE" (possessed-role-nouns.txt),
    /// the index of the possessive; otherwise null.
    /// </summary>
    private int? PossessedRoleEndingAt(int j, int sentenceFirst)
    {
        if (j < sentenceFirst || !_c.PossessedRoleNouns.Contains(_x.Lower(j))) return null;
        int k = _x.UnitAt(j) is { } roleUnit ? roleUnit.First - 1 : j - 1;
        for (int n = 0; k >= sentenceFirst && n < 3 && _x.UnitAt(k) is null && _x.Pos(k) == UniversalPos.ADJ; n++) k--;
        return k >= sentenceFirst && _x.Lower(k) is "his" or "her" or "their" or "its" ? k : null;
    }

    /// <summary>"[Minister Sato]": a unit of two or more words whose first is a title (gazetteer roles) and whose last is capitalized and no title.</summary>
    private bool IsTitledName(ArgUnit u) =>
        u.Last > u.First && HasRole(u.First, RoleClass.Title) && !HasRole(u.Last, RoleClass.Title) && _x.Pos(u.Last) == UniversalPos.PROPN && StartsUpper(u.Last);

    /// <summary>A one-word unit of no known kind that is a day or month name ("The March accession").</summary>
    private bool IsCalendarName(ArgUnit u) =>
        u.First == u.Last && u.Actors is [{ Kind: ActorKind.Other }] && _c.CalendarWords.Contains(_x.SpanText(u.First, u.First));

    /// <summary>A capital right before a meeting noun ("last year's Madrid summit"): the meeting's place, not a party.</summary>
    private bool IsMeetingSeat(ArgUnit u) =>
        u.Last + 1 < _x.Tokens.Count && _c.MeetingNouns.Contains(_x.Lower(u.Last + 1)) && CapitalPlace(u) is not null;

    /// <summary>
    /// When <paramref name="j"/> is the "'s" of a possessor, a named unit or a common-noun phrase of at most four words
    /// ("the government's"), the token before that possessor; otherwise <paramref name="j"/>.
    /// </summary>
    private int BeforeAnyPossessor(int j, int sentenceFirst)
    {
        // ("Management and the pilots' union": a plural possessor takes the apostrophe alone.)
        if (j <= sentenceFirst || !IsPossessiveMark(j)) return j;
        if (_x.UnitAt(j - 1) is { IsReference: false } possessor) return possessor.First - 1;
        int k = j - 1;
        while (k >= sentenceFirst && j - k <= 4 && _x.UnitAt(k) is null && _x.Pos(k) is UniversalPos.NOUN or UniversalPos.ADJ or UniversalPos.PROPN) k--;
        if (k == j - 1) return j;
        if (k >= sentenceFirst && _x.UnitAt(k) is null && _x.IsDeterminer(k)) k--;
        return k;
    }

    /// <summary>"'s", or the apostrophe alone after a word ending in "s" ("the pilots' union").</summary>
    private bool IsPossessiveMark(int i) =>
        _x.Lower(i) is "'s" or "’s" || (i > 0 && _x.Lower(i) is "'" or "’" && _x.Lower(i - 1).EndsWith('s'));

    /// <summary>
    /// When the words ending at <paramref name="j"/> are a possessor and at most two adjectives of a title ("Chile's",
    /// "Chile's Prime"), the token before the possessor; otherwise <paramref name="j"/>.
    /// </summary>
    private int BeforePossessor(int j, int sentenceFirst)
    {
        int p = j;
        while (p >= sentenceFirst && j - p < 2 && _x.Pos(p) == UniversalPos.ADJ) p--;
        if (p <= sentenceFirst || _x.Lower(p) is not ("'s" or "’s")) return j;
        return _x.UnitAt(p - 1) is { IsReference: false, IsCommonNoun: false } possessor ? possessor.First - 1 : j;
    }

    private bool HasCommaBetween(int first, int end)
    {
        for (int i = first; i < end && i < _x.Tokens.Count; i++)
            if (_x.Lower(i) == ",") return true;
        return false;
    }

    /// <summary>
    /// The people of named person units joined by "and" or commas that fill tokens <paramref name="from"/> up to
    /// <paramref name="end"/> exactly ("Kevin Rudd and John Key"); null when anything else stands there.
    /// </summary>
    private List<Actor>? PersonListFilling(int from, int end)
    {
        var people = new List<Actor>();
        int k = from;
        while (k < end)
        {
            if (_x.UnitAt(k) is not { IsCommonNoun: false, IsReference: false, Actors: [{ Kind: ActorKind.Person }, ..] } u || u.First != k || u.Last >= end) return null;
            foreach (var a in u.Actors) MentionDraft.AddActor(people, a);
            k = u.Last + 1;
            if (k == end) return people;
            if (_x.Lower(k) is not ("and" or ",")) return null;
            k++;
            if (k < end && _x.Lower(k) == "and") k++;
        }
        return null;
    }

    /// <summary>A verb that reports speech ("said", "told", "reported"), from the reporting-verbs resource.</summary>
    private bool IsReportingVerb(int i) => _c.ReportingVerbs.Contains(_x.Lower(i));

    /// <summary>
    /// The verb of the clause a reporting verb at <paramref name="reporting"/> introduces with a party of its own ("said
    /// [that] the gunman fled"), when it comes before <paramref name="end"/>; null when the verb reports nothing so built.
    /// </summary>
    private int? ReportedClauseVerb(int reporting, int end)
    {
        if (!IsReportingVerb(reporting)) return null;
        int j = reporting + 1;
        if (j < end && _x.Lower(j) == "that") j++;
        if (j >= end || _x.UnitAt(j) is not { } subject || subject.First != j) return null;
        int verb = StepRightPast(subject.Last + 1, end, PreVerbWords.Adverbs | PreVerbWords.Auxiliaries | PreVerbWords.Negation);
        return verb < end && _x.Pos(verb) == UniversalPos.VERB ? verb : null;
    }

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

    /// <summary>
    /// "hosted by [Britain] 's [Defence Secretary] [Alan Reed]": a country or body owning a title that the recognizer left
    /// as a unit of its own before a person's name stands for that person; null otherwise.
    /// </summary>
    private ArgUnit? PossessorOfTitledPerson(ArgUnit owner, int end)
    {
        int i = owner.Last + 1;
        if (owner.IsReference || i + 2 >= end || _x.Lower(i) is not ("'s" or "’s")) return null;
        return PersonAfterTitleAt(i + 1, end);
    }

    /// <summary>
    /// "Chile's foreign minister, Sofia Navarro": a unit with a singular lowercase noun head, then only a comma, then a named
    /// person's unit not followed by "and" or a further comma-list item.
    /// </summary>
    private bool IsRoleAppositive(ArgUnit role, ArgUnit named)
    {
        // (The recognizer keeps "Chile's foreign minister" as a name of no known kind: a lowercase noun head is a role.)
        bool roleHead = role.IsCommonNoun || (_x.Pos(role.Last) == UniversalPos.NOUN && char.IsLower(_x.Tokens.GetChars(role.Last)[0]));
        if (!roleHead || role.IsReference || named.IsCommonNoun || named.IsReference) return false;
        if (named.Actors is not [{ Kind: ActorKind.Person }, ..] || named.First != role.Last + 2 || _x.Lower(role.Last + 1) != ",") return false;
        if (_x.Lower(role.Last).EndsWith('s')) return false;
        int after = named.Last + 1;
        return after >= _x.Tokens.Count || _x.Lower(after) != "and";
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

    /// <summary>A reporting verb at <paramref name="i"/>, so the phrase ending before it is that verb's subject.</summary>
    private bool OpensReportingClauseAt(int i) =>
        i < _x.Tokens.Count && (_c.ReportingVerbs.Contains(_x.Lower(i)) || (_x.Pos(i) == UniversalPos.VERB && IsReportingVerb(i)));

    /// <summary>
    /// "the oil [ministers of Saudi Arabia]", "the defense [ministers]": a lowercase noun right before a party phrase that
    /// opens with a lowercase noun modifies that phrase; it heads no phrase of its own.
    /// </summary>
    private bool ModifiesPartyPhrase(int i) =>
        IsLowercaseNoun(i) && i + 1 < _x.Tokens.Count && _x.UnitAt(i + 1) is { } modified && modified.First == i + 1 && IsLowercaseNoun(i + 1);

    /// <summary>A common noun in lowercase at <paramref name="i"/> ("commander", "militia").</summary>
    // (A role word the tagger read as an adjective, "Mossad chief Omar Haddad", is a noun of the title too.)
    private bool IsLowercaseNoun(int i) => char.IsLower(_x.Tokens.GetChars(i)[0])
        && (_x.Pos(i) == UniversalPos.NOUN || (_x.Pos(i) == UniversalPos.ADJ && HasRole(i, RoleClass.Title)));

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
            bool role = IsLowercaseNoun(i) && TitleBeforePerson(i + 1, end);
            // ("Dr. Barnett Slepian": a title abbreviation before a person's name.)
            role = role || (_x.Tokens.GetKind(i) == TokenKind.Abbreviation && i + 1 < end && _x.UnitAt(i + 1) is { IsCommonNoun: false, Actors: [{ Kind: ActorKind.Person }, ..] });
            // ("met U.S. envoy Amos Hochstein": the title's country, folded into the person's, opens the lowercase title.)
            role = role || (i == start && _x.Pos(i) == UniversalPos.PROPN && i + 1 < end && IsLowercaseNoun(i + 1) && TitleBeforePerson(i + 1, end));
            // ("met Iraqi Deputy Prime Minister Tariq Aziz", "Vice President Hassan Habibi": wire copy capitalizes the title,
            // and the tagger reads "Deputy"/"Vice" as common nouns the recognizer leaves outside the title unit.)
            role = role || CapitalTitleBeforePerson(i, end);
            // ("met with the family's lawyer": a common-noun possessor before the party.)
            // ("will meet farmers' leaders": a plural possessor takes the apostrophe alone.)
            bool possessor = (IsPossessiveMark(i) && i > start) || (_x.Pos(i) == UniversalPos.NOUN && i + 1 < end && IsPossessiveMark(i + 1));
            // ("a meeting of the oil ministers of Saudi Arabia, Kuwait and Iraq": a noun modifier, as an adjective would be.)
            bool compound = i + 1 < end && ModifiesPartyPhrase(i);
            // ("according to both Smith and Jones": "both" opens a coordinated list.)
            // ("an attack by suspected rebels": a word of suspicion, whatever its tag, before the party.)
            bool ok = _x.IsDeterminer(i) || _c.GroupNouns.Contains(w) || (_x.Pos(i) == UniversalPos.ADJ) || role || possessor || compound || (w == "both" && i == start)
                || _c.SuspicionModifiers.Contains(w)
                || ((w is "from" or "of") && i > start && _c.GroupNouns.Contains(_x.Lower(i - 1)));
            // ("the California [Representative] [Henry Waxman]": the place where a titled person holds office.)
            if (!ok && _x.PlaceAt(i) is { } office && _x.TokenRange(office.Span).Last + 1 is int t && PersonAfterTitleAt(t, end) is not null)
            {
                i = t;
                break;
            }
            if (!ok) return (result, start);
            i++;
            steps++;
        }
        if (i >= end || _x.UnitAt(i) is not { } first) return (result, start);
        if (!allowPrepositionStart && IsPrepositionalObject(first)) return (result, start);
        // ("talks dominated by a U.S. plan": a country before a common noun the recognizer left out of it modifies a thing.)
        if (first.Actors is [{ Kind: ActorKind.Country }] && first.Last + 1 < end && _x.UnitAt(first.Last + 1) is null
            && _x.Pos(first.Last + 1) == UniversalPos.NOUN && i > start && _x.Lower(i - 1) is "a" or "an") return (result, start);
        // "met with President Juan Soto": a title the recognizer left apart is not a party of its own.
        if (IsTitleBefore(first) && first.Last + 1 < end) first = _x.UnitAt(first.Last + 1)!;
        else if ((TitledPersonAfter(first, end) ?? OrganizationTitlePerson(first, end) ?? PlaceTitlePerson(first, end) ?? RoleNounPerson(first, end) ?? PossessedRoleName(first, end)) is { } titled) first = titled;
        else if (PossessorOfTitledPerson(first, end) is { } owned) first = owned;
        var chain = new List<ArgUnit> { first };
        int j = first.Last + 1;
        while (j < end)
        {
            // "between the EU's foreign policy chief and Iran's foreign minister": the owner stands for its role phrase,
            // and the list goes on after it.
            int k = PastPossessedRole(j, end);
            bool coordinated = false;
            int gap = 0;
            while (k < end && gap < 5 && _x.UnitAt(k) is null && IsChainGap(k, ref coordinated)) { k++; gap++; }
            // ("will meet Treasury Secretary X and trade representative Y": lowercase title words before a later name, as
            // before the first.)
            if (coordinated && k < end && _x.UnitAt(k) is null && IsLowercaseNoun(k) && TitleBeforePerson(k, end))
                while (_x.UnitAt(k) is null) k++;
            // ("… and U.S. President Joe Biden": a country folded into a later person's title, as before the first.)
            if (coordinated && k + 1 < end && _x.UnitAt(k) is null && _x.Pos(k) == UniversalPos.PROPN && _x.UnitAt(k + 1) is { } titleUnit
                && titleUnit.First == k + 1 && IsTitleBefore(titleUnit))
                k++;
            if (k >= end || !coordinated || _x.UnitAt(k) is not { } u) break;
            // "killing at least 14 soldiers, Somali officials said", "did not meet the Thai minister, his spokesman said":
            // the subject of a reporting verb opens the reporting clause; it does not continue the list.
            if (OpensReportingClauseAt(u.Last + 1)) break;
            if (IsTitleBefore(u) && u.Last + 1 < end) u = _x.UnitAt(u.Last + 1)!;
            else if ((TitledPersonAfter(u, end) ?? OrganizationTitlePerson(u, end)) is { } titled) u = titled;
            chain.Add(u);
            j = u.Last + 1;
        }
        int chainEnd = chain[^1].Last + 1;
        // "received Chile's foreign minister, Sofia Navarro, at": a singular role set off by a comma before a name is that
        // person (not "officials, Ana Ruiz and ...", a list).
        for (int k = chain.Count - 1; k >= 1; k--)
            if (IsRoleAppositive(chain[k - 1], chain[k])) chain.RemoveAt(k - 1);
        foreach (var u in chain)
        {
            // ("met with Elian's father": the person a named person's kin or role noun names is someone else.)
            if (PossessedPersonAfter(u, end) is { } owned)
            {
                MentionDraft.AddActor(result, owned.Actor);
                if (u == chain[^1]) chainEnd = owned.End;
                continue;
            }
            foreach (var a in u.Actors) MentionDraft.AddActor(result, a);
        }
        return (result, chainEnd);
    }

    /// <summary>
    /// "Elian's father", "Ruiz's two lawyers": a person noun (no argument unit of its own, at most two modifiers before it)
    /// owned by the named person <paramref name="owner"/> is the party as a whole, and the token past it; null when no such
    /// phrase follows, or a name follows the noun ("Ruiz's lawyer Ana Soto", whose title it is).
    /// </summary>
    private (Actor Actor, int End)? PossessedPersonAfter(ArgUnit owner, int end)
    {
        int mark = owner.Last + 1;
        if (owner.IsReference || owner.IsCommonNoun || owner.Actors is not [{ Kind: ActorKind.Person }] || mark + 1 >= end || _x.Lower(mark) is not ("'s" or "’s")) return null;
        int head = -1;
        // ("Ruiz's [two lawyers]": the recognizer may have made the owned phrase a unit of its own.)
        if (_x.UnitAt(mark + 1) is { IsCommonNoun: true, IsReference: false } owned && owned.First == mark + 1 && owned.Last < end
            && char.IsLower(_x.Tokens.GetChars(mark + 1)[0]))
            head = owned.Last;
        else
        {
            for (int k = mark + 1; k < end && k - mark <= 3 && _x.UnitAt(k) is null && char.IsLower(_x.Tokens.GetChars(k)[0]) && _x.Pos(k) is UniversalPos.ADJ or UniversalPos.NOUN or UniversalPos.NUM; k++)
                if (_x.Pos(k) == UniversalPos.NOUN) head = k;
        }
        if (head < 0 || !LooksLikePersonNoun(head) || (head + 1 < end && _x.UnitAt(head + 1) is not null)) return null;
        return (_x.UnnamedActor(owner.First, head) with { Kind = ActorKind.Person }, head + 1);
    }

    /// <summary>
    /// The token after a possessive and the lower-case role words it owns ("'s foreign policy chief"), when "and" or
    /// "or" follows them; <paramref name="j"/> otherwise.
    /// </summary>
    private int PastPossessedRole(int j, int end)
    {
        if (j + 1 >= end || _x.Lower(j) is not ("'s" or "’s")) return j;
        int k = j + 1;
        while (k < end && k - j <= 4 && _x.UnitAt(k) is null && char.IsLower(_x.Tokens.GetChars(k)[0]) && _x.Pos(k) is UniversalPos.ADJ or UniversalPos.NOUN) k++;
        // (Not before a comma: "Bush's son, George, …" is an apposition, not a list.)
        return k > j + 1 && k < end && _x.Pos(k - 1) == UniversalPos.NOUN && _x.Lower(k) is "and" or "or" ? k : j;
    }

    /// <summary>
    /// "[President] [Juan Soto]", "[Trade Minister] [Joseph Kimotho]": a capitalized unit of no known kind right before a
    /// person's name is the name's title, which the recognizer left as a unit of its own. ("[Chinese Foreign Minister] [Sun
    /// Weidong]": a unit ending in a title word titles the capitalized name after it even when the recognizer did not know
    /// that name for a person's.)
    /// </summary>
    private bool IsTitleBefore(ArgUnit u) =>
        !u.IsReference && !u.IsCommonNoun && u.Actors is [{ Kind: ActorKind.Other }] && u.Last + 1 < _x.Tokens.Count
        && _x.UnitAt(u.Last + 1) is { IsReference: false, IsCommonNoun: false } named && named.First == u.Last + 1
        && (named.Actors is [{ Kind: ActorKind.Person }, ..]
            || (named.Actors is [{ Kind: ActorKind.Other }] && HasRole(u.Last, RoleClass.Title) && _x.Pos(named.Last) == UniversalPos.PROPN && StartsUpper(named.First)));

    /// <summary>
    /// "[South] Korean [President] [Lee Min-ho]", "[North Korean] leader [Kim Tae-song]": a capitalized unit of no known
    /// kind that opens a person's nationality-and-title phrase (the recognizer left part of a two-word nationality, or
    /// the nationality itself, as a unit) stands for the person named at the phrase's end; null when no person's name
    /// follows within a few nationality or title words.
    /// </summary>
    private ArgUnit? TitledPersonAfter(ArgUnit u, int end)
    {
        if (u.IsReference || u.IsCommonNoun || u.Actors is not [{ Kind: ActorKind.Other }]) return null;
        int i = u.Last + 1;
        for (int n = 0; i < end && n < 5; n++)
        {
            if (_x.UnitAt(i) is { } next)
            {
                if (next.First != i) return null;
                if (!next.IsReference && !next.IsCommonNoun && next.Actors is [{ Kind: ActorKind.Person }, ..]) return n > 0 ? next : null;
                if (!IsTitleBefore(next) && !(next.Actors is [{ Kind: ActorKind.Other }] && !next.IsCommonNoun && !next.IsReference)) return null;
                i = next.Last + 1;
                continue;
            }
            // "[Secretary] of [Defense] [Robert Gates]", "[Director] of the Budget Office [Ann Lee]": a title's "of" phrase.
            if (n < 3 && _x.Lower(i) is "of" or "the" && i + 1 < end && !_x.IsPunct(i + 1)) { i++; continue; }
            // A capitalized nationality or title word ("Korean", "Prime"), or a lowercase title word ("leader", "foreign").
            bool word = _x.Tokens.GetKind(i) == TokenKind.Word && _x.PlaceAt(i) is null && _x.TimexAt(i) is null;
            if (!word || _x.Pos(i) is not (UniversalPos.ADJ or UniversalPos.NOUN or UniversalPos.PROPN)) return null;
            i++;
        }
        return null;
    }

    /// <summary>
    /// "NATO chief Mark Rutte", "Hamas leader Ismail Haniyeh", "European Council President Charles Michel", "Communist Party
    /// General Secretary Nguyen Phu Trong": an organization or group named before title words
    /// and a person's name is the person's affiliation; the person is the party. Null when no title word and name follow.
    /// </summary>
    private ArgUnit? OrganizationTitlePerson(ArgUnit u, int end)
    {
        // (A capitalized party phrase counts as a name: "European Council" read from its head "council".)
        if (u.IsReference || (u.IsCommonNoun && !char.IsUpper(_x.Tokens.GetChars(u.First)[0])) || u.Actors is not [{ Kind: ActorKind.Organization or ActorKind.Group }]) return null;
        int i = u.Last + 1;
        // ("European Council [President] [Charles Michel]": a capitalized title the recognizer left as a unit of its own.)
        if (PersonAfterTitleAt(i, end) is { } person) return person;
        // ("Communist Party General [Secretary] [Nguyen Phu Trong]": capitalized title words the recognizer left outside.)
        if (i < end && _x.UnitAt(i) is null && CapitalTitleBeforePerson(i, end))
        {
            while (i < end && _x.UnitAt(i) is null) i++;
            return PersonAfterTitleAt(i, end) ?? _x.UnitAt(i);
        }
        if (i >= end || _x.UnitAt(i) is not null || !TitleBeforePerson(i, end)) return null;
        while (i < end && _x.UnitAt(i) is null) i++;
        return _x.UnitAt(i);
    }

    /// <summary>
    /// "the California [Representative] [Henry Waxman]": a place before a capitalized title and a person's name is where
    /// the person holds office; the person is the party. Null when no title unit and name follow the place.
    /// </summary>
    private ArgUnit? PlaceTitlePerson(ArgUnit u, int end)
    {
        if (u.IsReference || u.IsCommonNoun || _x.PlaceAt(u.First) is null) return null;
        return PersonAfterTitleAt(u.Last + 1, end);
    }

    /// <summary>The person's unit after a title unit that starts at <paramref name="t"/> ("[President] [Juan Soto]"), both before <paramref name="end"/>; else null.</summary>
    private ArgUnit? PersonAfterTitleAt(int t, int end) =>
        t < end && _x.UnitAt(t) is { } title && title.First == t && IsTitleBefore(title) && title.Last + 1 < end ? _x.UnitAt(title.Last + 1) : null;

    /// <summary>
    /// "[budget experts] [William Patrick] and …": a plural role noun phrase right before a person's name is the names'
    /// shared role, not a party of its own; the first named person is. Null otherwise.
    /// </summary>
    private ArgUnit? RoleNounPerson(ArgUnit u, int end)
    {
        if (!u.IsCommonNoun || u.IsReference || u.Last + 1 >= end || !char.IsLower(_x.Tokens.GetChars(u.Last)[0])) return null;
        return _x.UnitAt(u.Last + 1) is { IsCommonNoun: false, IsReference: false, Actors: [{ Kind: ActorKind.Person }, ..] } named && named.First == u.Last + 1 ? named : null;
    }

    /// <summary>
    /// "his [Pakistani counterpart] [Imran Qadir]": a unit ending in a role noun of possessed-role-nouns.txt, right before a
    /// capitalized name, is the name's title even when the recognizer gave the name no kind; the name is the party. Null otherwise.
    /// </summary>
    private ArgUnit? PossessedRoleName(ArgUnit u, int end)
    {
        if (u.IsReference || u.Last + 1 >= end || !_c.PossessedRoleNouns.Contains(_x.Lower(u.Last)) || !char.IsLower(_x.Tokens.GetChars(u.Last)[0])) return null;
        return _x.UnitAt(u.Last + 1) is { IsCommonNoun: false, IsReference: false, Actors: [{ Kind: ActorKind.Person or ActorKind.Other }, ..] } named
            && named.First == u.Last + 1 && char.IsUpper(_x.Tokens.GetChars(named.First)[0]) ? named : null;
    }

    /// <summary>
    /// True when capitalized title words (at most four, none of them a unit, place or time) from <paramref name="i"/> lead to
    /// a person's name or to a title unit right before one: "Deputy Prime [Minister] [Tariq Aziz]", "Vice President [Hassan Habibi]".
    /// </summary>
    private bool CapitalTitleBeforePerson(int i, int end)
    {
        for (int n = 0; i < end && n <= 4; i++, n++)
        {
            if (_x.UnitAt(i) is { } u)
                return n > 0 && u.First == i && (IsTitleBefore(u) || (!u.IsCommonNoun && !u.IsReference && u.Actors is [{ Kind: ActorKind.Person }, ..]));
            if (_x.Tokens.GetKind(i) != TokenKind.Word || !char.IsUpper(_x.Tokens.GetChars(i)[0]) || _x.PlaceAt(i) is not null || _x.TimexAt(i) is not null
                || _x.Pos(i) is not (UniversalPos.NOUN or UniversalPos.ADJ or UniversalPos.PROPN)) return false;
        }
        return false;
    }

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

    /// <summary>A quote mark at <paramref name="i"/> that opens or closes quotes around a single word before the noun at <paramref name="nounFirst"/>.</summary>
    private bool IsScareQuote(int i, int sentenceFirst, int nounFirst)
    {
        if (!_x.IsQuote(i)) return false;
        bool closes = i - 2 >= sentenceFirst && _x.IsQuote(i - 2) && _x.Tokens.GetKind(i - 1) == TokenKind.Word;
        bool opens = i + 2 < nounFirst && _x.IsQuote(i + 2) && _x.Tokens.GetKind(i + 1) == TokenKind.Word;
        return closes || opens;
    }

    /// <summary>A hyphen inside a word ("two-day"), with no space on either side.</summary>
    private bool IsWordHyphen(int i) =>
        (_x.Tokens.GetKind(i) == TokenKind.Dash || (_x.Tokens.GetKind(i) == TokenKind.Punctuation && _x.Tokens.GetChars(i) is ['-' or '\u2010' or '\u2011'])) && i > 0 && i + 1 < _x.Tokens.Count
        && _x.Tokens.GetSpan(i - 1).End == _x.Tokens.GetSpan(i).Start && _x.Tokens.GetSpan(i).End == _x.Tokens.GetSpan(i + 1).Start;

    /// <summary>
    /// A unit before <paramref name="end"/> followed by "'s" or by a common noun (or another such unit), as in "Sweden's
    /// NATO bid": a possessor or modifier of a noun, no phrase of its own.
    /// </summary>
    private bool IsNounModifier(ArgUnit u, int end)
    {
        int next = u.Last + 1;
        if (next >= end) return false;
        if (_x.Lower(next) is "'s" or "’s") return true;
        return _x.UnitAt(next) is { } after ? after.First == next && IsNounModifier(after, end) : _x.Pos(next) == UniversalPos.NOUN;
    }

    private bool IsMeetingNoun(int i) => _c.MeetingNouns.Contains(_x.Lower(i)) || _c.GenericMeetingNouns.Contains(_x.Lower(i)) || _c.TalkWords.Contains(_x.Lower(i));

    /// <summary>The verb a noun trigger is the object of ("take part in peace talks", "held their last meeting"), or -1.</summary>
    private int GoverningVerb(int nounFirst, int sentenceFirst)
    {
        for (int i = nounFirst - 1, n = 0; i >= sentenceFirst && n < 7; i--, n++)
        {
            // "a two-day visit", "a first round of face-to-face talks": a hyphened word counts as one word.
            if (IsWordHyphen(i)) { n--; continue; }
            if (i > sentenceFirst && IsWordHyphen(i - 1)) n--;
            // "arrived in Cairo on Tuesday for talks": a time expression (with its "on") stands between the verb and the noun.
            if (_x.TimexAt(i) is { } timex)
            {
                int timexFirst = _x.TokenRange(timex.Span).First;
                n--; // (the time expression does not count as words in the way)
                i = timexFirst - 1 >= sentenceFirst && _x.Lower(timexFirst - 1) == "on" ? timexFirst - 1 : timexFirst;
                continue;
            }
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
            // 'had held "constructive" talks': scare quotes around one modifier stand in no one's way.
            if (IsScareQuote(i, sentenceFirst, nounFirst)) { n--; continue; }
            // "X said after talks with Y that …", "X left before a meeting with Y": who acts after or before talks
            // "with" someone held them (not "after talks between Y and Z", a meeting of others).
            if (_x.Lower(i) is "after" or "before" or "following" && _x.Pos(i) == UniversalPos.ADP && HasWithPhrase(nounFirst)) continue;
            // "discussed Sweden's NATO bid at a meeting": a name that only modifies a noun of the verb's object stands in no one's way.
            // (Only before a meeting noun: "an Israeli official's speech", "Iraq's invasion" are the acts of the one named.)
            if (_x.UnitAt(i) is { } modifier && IsMeetingNoun(nounFirst) && IsNounModifier(modifier, nounFirst))
            {
                n += modifier.Last - modifier.First;
                i = modifier.First;
                continue;
            }
            if (_x.IsBoundary(i) || _x.IsPunct(i) || _x.UnitAt(i) is not null) return -1;
            if (_x.IsVerb(i)) return i;
            string w = _x.Lower(i);
            // "paid tribute on a whirlwind visit to East Africa", "is on a three-day visit to Moscow": the traveller is
            // the subject of the verb (or copula) that a visit's "on" phrase belongs to.
            if (w == "on" && IsMovementNoun(nounFirst))
            {
                for (int v = i - 1; v >= sentenceFirst && v >= i - 10; v--)
                {
                    if (_x.IsBoundary(v) || _x.IsPunct(v)) break;
                    if (_x.IsVerb(v) || _x.Lower(v) is "is" or "was" or "are" or "were" or "be" or "been") return v;
                }
                return -1;
            }
            // ("returned from a visit with …": who comes back from a visit made it, and who "withdrew from the talks" was in
            // them; not "expelled from the talks".)
            // ("refused to sign the deal through two days of negotiations": who acts through talks holds them.)
            // ("sat down for talks", "set off a car bomb": the particle of a phrasal verb, like "up" and "out".)
            bool ok = _x.IsDeterminer(i) || _x.IsAdverb(i) || w is "in" or "of" or "at" or "to" or "for" or "into" or "part" or "'s" or "up" or "out" or "down" or "off" or "during" or "through"
                || (w == "from" && (IsMovementNoun(nounFirst) || (i > sentenceFirst && _c.MeetingLeavingWords.Contains(_x.Lower(i - 1)))))
                // ("carried out more than 100 attacks": the "than" of a count.)
                || (w == "than" && i > sentenceFirst && _x.Lower(i - 1) is "more" or "fewer" or "less")
                || _x.Pos(i) is UniversalPos.ADJ or UniversalPos.NOUN or UniversalPos.NUM or UniversalPos.PART or UniversalPos.PRON
                || (!_x.HasPos && _x.IsNounLike(i));
            if (!ok) return -1;
        }
        return -1;
    }

    /// <summary>True when a "with" follows the noun phrase at <paramref name="nounFirst"/> (nouns and adjectives only between).</summary>
    private bool HasWithPhrase(int nounFirst)
    {
        for (int i = nounFirst + 1; i < _x.Tokens.Count && i <= nounFirst + 3; i++)
        {
            if (_x.Lower(i) == "with") return true;
            if (_x.Pos(i) is not (UniversalPos.NOUN or UniversalPos.ADJ) || _x.UnitAt(i) is not null) return false;
        }
        return false;
    }

    /// <summary>A visit or trip noun at <paramref name="nounFirst"/> or a few words on ("a three-day visit").</summary>
    private bool IsMovementNoun(int nounFirst)
    {
        for (int i = nounFirst; i < _x.Tokens.Count && i < nounFirst + 4; i++)
            if (_c.MovementWords.Contains(_x.Lower(i))) return true;
        return false;
    }

    /// <summary>"Russia's talks", "the president's visit": the actor before a possessive clitic right before the trigger.</summary>
    private List<Actor> Possessor(int first, int sentenceFirst)
    {
        int i = PossessiveMarkBefore(first, sentenceFirst);
        if (i >= 0 && _x.UnitAt(i - 1) is { } u) return u.Actors.ToList();
        return new List<Actor>();
    }

    /// <summary>
    /// The "'s" (or lone "'") of a possessor before the noun phrase whose head starts at <paramref name="first"/>, past at
    /// most three modifiers, with a word before it; -1 when there is none.
    /// </summary>
    private int PossessiveMarkBefore(int first, int sentenceFirst)
    {
        int i = first - 1;
        int n = 0;
        while (i >= sentenceFirst && n < 3 && _x.Lower(i) is not ("'s" or "’s" or "'") && (_x.Pos(i) is UniversalPos.ADJ or UniversalPos.NOUN || (!_x.HasPos && _x.IsNounLike(i))) && _x.UnitAt(i) is null) { i--; n++; }
        return i - 1 >= sentenceFirst && _x.Lower(i) is "'s" or "’s" or "'" ? i : -1;
    }

    /// <summary>
    /// "the army's shelling of the town", "the rebels' new offensive": an unnamed party (party-heads.txt) possessing the
    /// noun at <paramref name="first"/>, as the phrase from its determiner (the party-phrase units leave a possessor out,
    /// so <see cref="Possessor"/> finds none). Null when the possessor is no such party.
    /// </summary>
    private Actor? UnnamedPartyPossessor(int first, int sentenceFirst)
    {
        int mark = PossessiveMarkBefore(first, sentenceFirst);
        if (mark < 0) return null;
        int head = mark - 1;
        if (_x.UnitAt(head) is not null || _x.Pos(head) != UniversalPos.NOUN || !_c.PartyHeads.TryGetValue(_x.Lower(head), out var kind)) return null;
        int start = head;
        while (start - 1 >= sentenceFirst && head - start < 3 && _x.UnitAt(start - 1) is null && _x.PlaceAt(start - 1) is null
               && _x.Pos(start - 1) is UniversalPos.ADJ or UniversalPos.NOUN) start--;
        if (start - 1 >= sentenceFirst && _x.IsDeterminer(start - 1)) start--;
        return _x.UnnamedActor(start, head) with { Kind = kind };
    }

    /// <summary>"the Kremlin's demand", "the mother's request": a named actor or an unnamed person or group possesses the noun at <paramref name="first"/>.</summary>
    private bool HasPartyPossessor(int first, int sentenceFirst) =>
        Possessor(first, sentenceFirst).Count > 0 || UnnamedPartyPossessor(first, sentenceFirst) is { Kind: ActorKind.Person or ActorKind.Group };

    /// <summary>
    /// "the group's ability to conduct", "the rebels' plan to stage": the possessor (named, or an unnamed party) of the
    /// noun right before the "to" of the infinitive <paramref name="verb"/>; empty when there is none.
    /// </summary>
    private List<Actor> InfinitiveNounPossessor(int verb, int sentenceFirst)
    {
        int to = verb - 1;
        if (to - 1 < sentenceFirst || _x.Lower(to) != "to" || _x.Pos(to - 1) != UniversalPos.NOUN || _x.UnitAt(to - 1) is not null) return new List<Actor>();
        var named = Possessor(to, sentenceFirst);
        if (named.Count == 0 && UnnamedPartyPossessor(to, sentenceFirst) is { } party) named.Add(party);
        return named;
    }

    /// <summary>
    /// "they are on the brink of launching", "it is capable of carrying out": the subject pronoun of the copula before a
    /// state phrase ending in "of" that takes the "-ing" <paramref name="verb"/>; null when there is none (not past another
    /// verb: "they were accused of carrying out" names suspects).
    /// </summary>
    private int? StatePhrasePronoun(int verb, int sentenceFirst)
    {
        if (verb - 2 < sentenceFirst || _x.Lower(verb - 1) != "of" || !_x.Lower(verb).EndsWith("ing", StringComparison.Ordinal)) return null;
        int i = verb - 2;
        for (int n = 0; i >= sentenceFirst && n < 4 && _x.UnitAt(i) is null && (_x.IsDeterminer(i) || _x.Pos(i) is UniversalPos.NOUN or UniversalPos.ADJ or UniversalPos.ADP); i--, n++) { }
        if (i < sentenceFirst || _x.Lower(i) is not ("is" or "are" or "was" or "were" or "be" or "been")) return null;
        int p = StepLeftPast(i - 1, sentenceFirst, PreVerbWords.Adverbs | PreVerbWords.Auxiliaries);
        return p >= sentenceFirst && _x.Lower(p) is "he" or "she" or "it" or "they" ? p : null;
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
}
