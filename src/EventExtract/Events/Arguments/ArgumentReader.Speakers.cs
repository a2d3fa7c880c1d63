using EventExtract.Places;
using EventExtract.Tagging;
using EventExtract.Text;

namespace EventExtract.Events.Arguments;

// Speakers without a named entity: pronouns, fallbacks, coordinated and fronted subjects.
internal sealed partial class ArgumentReader
{
    /// <summary>
    /// The speaker of a reporting verb when no named actor is its subject: a pronoun ("he said", "said she") stands
    /// for the nearest person (he/she) or organization/country (it) named before; a common-noun subject ("the
    /// official said", "Police said", "a leaked internal letter says") is the speaker itself.
    /// </summary>
    private Actor? FallbackSpeaker(Sentence s, MentionDraft d)
    {
        if (d.IsJointStatement) return null;
        int verb = d.Anchor;
        int i = StepLeftPast(d.First - 1, s.FirstToken, PreVerbWords.Adverbs | PreVerbWords.Auxiliaries | PreVerbWords.Negation);
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
        if (OfPhraseSubject(i, s.FirstToken) is { } whole) return whole;
        // "Some predicted that …", "Others, including X, have argued": a quantifier standing alone as the subject.
        if (QuantifierSubject(i, s) is { } quantifier) return quantifier;
        if (RelativeClauseAntecedent(i, s) is { } relativeHead) return relativeHead;
        if (NounPhraseEndingAt(i, s.FirstToken) is { } np) return np;
        // "The official said" with "official" tagged as an adjective: a determiner and one word before the verb.
        if (i - 1 >= s.FirstToken && i == d.First - 1 && _x.Pos(i) == UniversalPos.ADJ && _x.IsDeterminer(i - 1) && _x.Lower(i - 1) is "the" or "a" or "an" && (i - 1 == s.FirstToken || _x.IsPunct(i - 2) || _x.IsQuote(i - 2)))
            return _x.UnnamedActor(i - 1, i);
        // '"…," Waters said', "Moreno, echoing the minister, said": a capitalized name the tagger and recognizer missed.
        if (CapitalizedNameEndingAt(i, s.FirstToken) is { } name) return name;
        // '"We don't just arrive," said four-star Gen. John Dailey': the first name a few words after a verb that follows a quote.
        // ('The newspaper, quoting "secret reports," said': the quote closes an aside after the subject, not what was said.)
        if (d.First - 1 > s.FirstToken && _x.IsQuote(d.First - 1) && SubjectBeforeAside(d.First, s.FirstToken) is [var asideSubject, ..]) return asideSubject;
        bool afterQuote = SubjectSlotEmpty(d.First, s.FirstToken, commaCloses: false);
        // "Delays were not unusual, says retired Col. Tom Reed, who …": a comma closing an unquoted clause, when the name
        // after the verb closes the inverted clause too.
        bool afterClause = !afterQuote && i == d.First - 1 && _x.Lower(i) == "," && _x.HasVerbIn(s.FirstToken, i);
        if (afterQuote || afterClause)
        {
            // "Replied Foreign Ministry deputy spokeswoman Ana Reyes": the person among the names, else the first name.
            Actor? first = null;
            for (int k = d.Last + 1; k < s.EndToken && k - d.Last <= 8; k++)
            {
                if (_x.UnitAt(k) is { Actors.Count: > 0 } named)
                {
                    // (Not "said Syria had indicated ...": a name with its own verb is the subject of what was said.)
                    // ('"…," says one official involved in the talks': a participle after an unnamed phrase modifies it.)
                    if (named.Last + 1 < s.EndToken && _x.IsVerb(named.Last + 1)) return first ?? (afterQuote ? ModifiedInvertedSubject(d.Last + 1, s.EndToken) : null);
                    if (afterClause && named.Last + 1 < s.EndToken && !_x.IsPunct(named.Last + 1)) return null;
                    if (named.Actors[0].Kind == ActorKind.Person && !named.IsCommonNoun) return named.Actors[0];
                    first ??= named.Actors[0];
                    k = named.Last;
                    continue;
                }
                // ("four-star Gen.": a hyphen inside a modifier; "says retired Col. Peter Hall": a participle modifying the
                // title, right after the verb and before a word that is no verb.)
                if (IsWordHyphen(k) || (k == d.Last + 1 && IsPreNameParticiple(k, s.EndToken))) continue;
                if (_x.IsVerb(k) || _x.IsQuote(k) || (_x.IsPunct(k) && _x.Tokens.GetKind(k) != TokenKind.Dash)) break;
            }
            if (first is not null) return first;
            if (afterQuote && ModifiedInvertedSubject(d.Last + 1, s.EndToken) is { } modified) return modified;
        }
        // "..., said the spokesman" / "said he": an inverted subject right after a sentence-final verb. (Not after a trigger
        // ending in a determiner, "welcomed the ruling": its object follows.)
        int j = d.Last + 1;
        if (j < s.EndToken && !_x.IsDeterminer(d.Last) && SubjectSlotEmpty(d.First, s.FirstToken, commaCloses: true))
        {
            if (_x.Lower(j) is "he" or "she") return ResolvePronoun(j, s);
            int k = j;
            while (k < s.EndToken && k - j < 6 && !_x.IsPunct(k) && !_x.IsQuote(k) && !_x.IsVerb(k) && !_x.IsPreposition(k) && _x.Lower(k) != "and") k++;
            // ("say political consultants and some campaign advisers.": the first of two; InvertedConjunct adds the second.)
            if (k > j && (k >= s.EndToken || _x.IsPunct(k) || (_x.Lower(k) == "and" && _x.Lower(d.Anchor) is "say" or "says" or "said" or "added" or "wrote" or "noted" && ConjunctClosingSentence(k, s) is not null)) && NounPhraseEndingAt(k - 1, j) is { } inverted && inverted.Span.Start == _x.Tokens.GetSpan(j).Start) return inverted;
        }
        return null;
    }

    /// <summary>
    /// A quantifier (quantifier-subjects.txt) at <paramref name="i"/> that opens its clause (sentence start, comma, quote,
    /// "and" or "but" before it) and stands for unnamed people ("Some predicted", "and many said"); "Others, including X,":
    /// the word before an aside naming who they are. Null otherwise.
    /// </summary>
    private Actor? QuantifierSubject(int i, Sentence s)
    {
        int q = i;
        if (_x.Lower(q) == "," && AsideOpening(q, s) is int open) q = open - 1;
        if (q < s.FirstToken || !_c.QuantifierSubjects.Contains(_x.Lower(q))) return null;
        if (!(q == s.FirstToken || _x.IsQuote(q - 1) || _x.Lower(q - 1) is "," or "and" or "but")) return null;
        return _x.UnnamedActor(q, q);
    }

    /// <summary>The comma opening a comma-set aside that the comma at <paramref name="close"/> closes ("Others, including X, have"), or null.</summary>
    private int? AsideOpening(int close, Sentence s)
    {
        for (int k = close - 1; k > s.FirstToken && close - k <= 12; k--)
        {
            if (_x.Lower(k) == ",") return k;
            if (_x.IsQuote(k) || (_x.IsVerb(k) && _x.Lower(k) != "including")) return null;
        }
        return null;
    }

    /// <summary>
    /// '"…," says one senior official involved in the talks', '"…," said a trader working for a bank', '"…," said one
    /// firefighter who was there': after a quote, an unnamed noun phrase right after the verb is its subject even when a
    /// participle, relative clause or preposition goes on after its head (the phrase up to the head speaks). The phrase
    /// must open with a determiner or count, so that a content clause ("said prices rose") is not read as one. Null
    /// when no such phrase starts at <paramref name="j"/>.
    /// </summary>
    private Actor? ModifiedInvertedSubject(int j, int end)
    {
        if (j >= end || !(_x.IsDeterminer(j) || _x.Pos(j) == UniversalPos.NUM)) return null;
        int k = j + 1;
        while (k < end && k - j < 6 && _x.Pos(k) is UniversalPos.ADJ or UniversalPos.NOUN or UniversalPos.PROPN && _x.PlaceAt(k) is null && _x.TimexAt(k) is null) k++;
        if (k == j + 1 || k >= end) return null;
        bool postModifier = _x.Lower(k) is "who" or "whose" or "that" || _x.IsPreposition(k) || IsParticipleVerb(k);
        // ("said a Spanish version of the letter", "said a statement issued by …": things; only a person noun speaks.)
        if (!postModifier || !LooksLikePersonNoun(k - 1)) return null;
        if (_x.UnitAt(k - 1) is { IsCommonNoun: true, Actors.Count: > 0 } unit && unit.First == j && unit.Last == k - 1) return unit.Actors[0];
        return NounPhraseEndingAt(k - 1, j) is { } np && np.Span.Start == _x.Tokens.GetSpan(j).Start ? np : null;
    }

    /// <summary>
    /// A noun naming people: a party or people noun (party-heads.txt, meeting-people-nouns.txt, source-people-nouns.txt), or a word with an agent
    /// ending (person-noun-endings.txt: "trader", "analyst", "official"); not a thing ("statement", "version").
    /// </summary>
    private bool LooksLikePersonNoun(int i)
    {
        return IsPeopleHead(i) || _c.KinNouns.Contains(_x.Lower(i)) || _c.SourcePeopleNouns.Contains(_x.Lower(i)) || _c.HasPersonNounEnding(_x.Lower(i));
    }

    /// <summary>
    /// "One resident of the valley said", "A spokesman of the ministry said": a common-noun head with an "of" (or "at",
    /// "in", "from") phrase that
    /// ends at <paramref name="last"/> and fills the subject slot (opens the sentence or follows a comma or quote mark) is
    /// the speaker as a whole, not the object of "of". Null when no such phrase ends there.
    /// </summary>
    private Actor? OfPhraseSubject(int last, int sentenceFirst)
    {
        int inner;
        if (_x.PlaceAt(last) is { } place && _x.TokenRange(place.Span).Last == last) inner = _x.TokenRange(place.Span).First;
        else if (NounPhraseEndingAt(last, sentenceFirst) is { } np) inner = _x.TokenRange(np.Span).First;
        else return null;
        int of = inner - 1;
        // ("Engineers at the plant said", "Doctors in the capital said": a place or workplace phrase, too.)
        if (of - 1 < sentenceFirst || _x.Lower(of) is not ("of" or "at" or "in" or "from") || _x.Pos(of - 1) != UniversalPos.NOUN || _x.PlaceAt(of - 1) is not null
            || _x.UnitAt(of - 1) is { IsCommonNoun: false }) return null;
        if (NounPhraseEndingAt(of - 1, sentenceFirst) is not { } head) return null;
        int first = _x.TokenRange(head.Span).First;
        if (!OpensSubjectSlot(first, sentenceFirst)) return null;
        return _x.UnnamedActor(first, last);
    }

    /// <summary>
    /// "People familiar with the matter said", "The father of a girl killed in the strike said", "Fans who attended the
    /// concert at the Garden said", "A source close to the company, who asked not to be named, said": a phrase headed by a people noun that opens the clause, with a modifier after the head
    /// (a preposition, an adjective and its preposition, a participle or a relative clause) running up to
    /// <paramref name="verb"/>, is the subject as a whole. A name or noun at the end of the modifier only says which
    /// people are meant; taking it for the speaker gives a party that said nothing. Returns the phrase and the first
    /// token after its head; null when the words before the verb are no such phrase.
    /// </summary>
    private (Actor Phrase, int ModifierStart)? PostModifiedSubject(int verb, Sentence s)
    {
        int last = StepLeftPast(verb - 1, s.FirstToken, PreVerbWords.Adverbs | PreVerbWords.Auxiliaries | PreVerbWords.Negation);
        // ("Machinists at Boeing on Thursday rejected": the phrase ends before a time phrase set between it and its verb.)
        if (last >= s.FirstToken && _x.TimexAt(last) is not null)
        {
            last = StepLeftPast(last, s.FirstToken, PreVerbWords.TimeExpressions);
            if (last > s.FirstToken && _x.IsPreposition(last)) last--;
        }
        // ("A source close to the company, who asked not to be named, said": the phrase ends before a relative or participle aside.)
        if (last > s.FirstToken && _x.Lower(last) == "," && RelativeAsideOpening(last, last, s.FirstToken) is int aside) last = aside - 1;
        int start = last;
        while (start > s.FirstToken && !IsClauseMark(start - 1)) start--;
        // (After a comma only when a fronted phrase ends there, "In the capital, residents of …"; a comma after a name opens an apposition.)
        // ("…, two sources briefed on the matter told Reuters.": or a comma opening a reporting clause that ends the sentence.)
        if (start > s.FirstToken && !IsFrontedPhraseEnd(start - 1, s.FirstToken) && !(_x.Lower(start - 1) == "," && EndsSentenceReport(verb, s))) return null;
        int i = start;
        while (i < last && _x.UnitAt(i) is null && (_x.IsDeterminer(i) || _x.Pos(i) is UniversalPos.ADJ or UniversalPos.NUM)) i++;
        int head = -1;
        while (i < last && _x.Pos(i) is UniversalPos.NOUN or UniversalPos.PROPN && _x.PlaceAt(i) is null && _x.TimexAt(i) is null
               && _x.UnitAt(i) is null or { IsCommonNoun: true }) head = i++;
        if (head < 0 || !LooksLikePersonNoun(head) || (_x.UnitAt(head) is { } headUnit && headUnit.Last > head)) return null;
        string opener = _x.Lower(i);
        bool relative = opener is "who" or "whose" or "that";
        bool modifier = relative || (_x.IsPreposition(i) && opener != "by" && _x.TimexAt(i + 1) is null)
            || (_x.Pos(i) == UniversalPos.ADJ && _x.IsPreposition(i + 1))
            || (_x.Pos(i) == UniversalPos.VERB && (opener.EndsWith("ing", StringComparison.Ordinal) || (IsParticiple(i) && _x.IsPreposition(i + 1))));
        if (!modifier || last - start > 16) return null;
        // ("Secretary of State Madeleine Albright said": a capitalized title whose "of" phrase runs into the person's name.)
        if (char.IsUpper(_x.Tokens.GetChars(head)[0]) && opener == "of" && _x.UnitAt(last) is { IsCommonNoun: false, Actors: [{ Kind: ActorKind.Person }, ..] }) return null;
        for (int k = i + 1; k <= last; k++)
        {
            // ("Tour operators in Kenya and Tanzania say": places joined inside the modifier; "Residents of the town and police
            // said" joins a second speaker.)
            if (CueLexicon.Coordinators.Contains(_x.Lower(k)) && k + 1 <= last && IsPlaceWord(k - 1) && IsPlaceWord(k + 1)) continue;
            if (IsClauseMark(k) || CueLexicon.Coordinators.Contains(_x.Lower(k)) || _x.TimexAt(k) is not null) return null;
            // ("Lawmakers pushed ahead with a bill that critics say …": a relative clause further on has a subject of its own.)
            if (_x.Lower(k) is "that" or "which" or "who" or "whom" or "whose") return null;
            // (A verb of speech inside is a clause of its own, "Residents of the town told reporters the mayor said"; outside a
            // relative clause, so is any verb but a participle going on with a phrase, "a girl killed in the strike".)
            if (_x.Pos(k) != UniversalPos.VERB) continue;
            if (IsSpeechVerb(k)) return null;
            if (!relative && !_x.Lower(k).EndsWith("ing", StringComparison.Ordinal) && !(IsParticiple(k) && k + 1 <= last && _x.IsPreposition(k + 1))) return null;
        }
        return (_x.UnnamedActor(start, last), i);
    }

    /// <summary>
    /// True when the reporting verb at <paramref name="verb"/> ends its sentence, alone or with one party told ("…, sources
    /// said.", "…, two sources told Reuters.").
    /// </summary>
    private bool EndsSentenceReport(int verb, Sentence s)
    {
        int next = verb + 1;
        if (next < s.EndToken && _x.UnitAt(next) is { } told && told.First == next) next = told.Last + 1;
        return next >= s.EndToken || (_x.IsPunct(next) && next + 1 >= s.EndToken);
    }

    /// <summary>A word of a place name or of a country the recognizer made a party at <paramref name="i"/>.</summary>
    private bool IsPlaceWord(int i) => _x.PlaceAt(i) is not null || _x.UnitAt(i) is { Actors: [{ Kind: ActorKind.Country }, ..] };

    /// <summary>A comma, quote mark or other punctuation (not a hyphen inside a word) at <paramref name="i"/>.</summary>
    private bool IsClauseMark(int i) => _x.IsQuote(i) || (_x.IsPunct(i) && !IsInnerHyphen(i));

    /// <summary>
    /// "In the capital,", "On Monday,", "Meanwhile,": the comma at <paramref name="comma"/> closes the only phrase before
    /// it, which opens with a preposition, adverb or subordinator and holds no verb.
    /// </summary>
    private bool IsFrontedPhraseEnd(int comma, int sentenceFirst)
    {
        if (_x.Lower(comma) != "," || comma <= sentenceFirst) return false;
        if (!(_x.IsPreposition(sentenceFirst) || _x.IsAdverb(sentenceFirst) || _x.TimexAt(sentenceFirst) is not null)) return false;
        for (int k = sentenceFirst; k < comma; k++)
            if (IsClauseMark(k) || (_x.Pos(k) == UniversalPos.VERB && _x.UnitAt(k) is null)) return false;
        return true;
    }

    /// <summary>
    /// "Residents who said they opposed the strike decried the attack": when the phrase ending at <paramref name="last"/>,
    /// right before the verb, is the object of a verb inside a "who"/"that" clause, the subject is the phrase that clause
    /// follows, filling the subject slot (opening the sentence or after punctuation). Null otherwise.
    /// </summary>
    private Actor? RelativeClauseAntecedent(int last, Sentence s)
    {
        if (NounPhraseEndingAt(last, s.FirstToken) is not { } np) return null;
        int first = _x.TokenRange(np.Span).First;
        if (first - 1 <= s.FirstToken || !_x.IsVerb(first - 1) || _x.Pos(first - 1) == UniversalPos.AUX) return null;
        for (int r = first - 2; r > s.FirstToken && first - r <= 15; r--)
        {
            if (_x.IsQuote(r) || _x.IsPunct(r)) return null;
            if (_x.Lower(r) is not ("who" or "that")) continue;
            Actor? head = _x.UnitAt(r - 1) is { Actors.Count: > 0 } u && u.Last == r - 1 ? u.Actors[0] : NounPhraseEndingAt(r - 1, s.FirstToken);
            if (head is null) return null;
            int start = _x.TokenRange(head.Span).First;
            return OpensSubjectSlot(start, s.FirstToken) ? head : null;
        }
        return null;
    }

    /// <summary>
    /// The subject of the sentence's first main verb when <paramref name="verb"/> is coordinated with it by "and"/"but"
    /// ("Granma compared A with B and said", "X said …, but indicated"); null when no "and"/"but" stands right before
    /// the verb, no main verb comes before it, or that verb has no subject found. With <paramref name="nearest"/>, the
    /// main verb nearest before the "and" ("advises me that Aafia did not have the money and called Ismat").
    /// </summary>
    private List<Actor>? CoordinatedVerbSubject(int verb, Sentence s, bool nearest = false)
    {
        int i = StepLeftPast(verb - 1, s.FirstToken, PreVerbWords.Adverbs | PreVerbWords.Auxiliaries | PreVerbWords.Negation);
        if (i <= s.FirstToken || _x.Lower(i) is not ("and" or "but")) return null;
        for (int n = 0, v = nearest ? i - 1 : s.FirstToken; n < i - s.FirstToken; n++, v += nearest ? -1 : 1)
        {
            if (_x.IsQuote(v)) return null;
            if (_x.Pos(v) != UniversalPos.VERB || _x.Lower(v).EndsWith("ing", StringComparison.Ordinal)) continue;
            // (Not a verb inside the subject: "residents who said …", "a decision to leave".)
            if (v > s.FirstToken && _x.Lower(v - 1) is "to" or "who" or "which" or "that") continue;
            // (Nor a participle modifying a noun: "In a televised address, he said … and called".)
            if (v > s.FirstToken && _x.IsDeterminer(v - 1) && v + 1 < i && _x.Pos(v + 1) == UniversalPos.NOUN) continue;
            // ("She was scheduled to tour …, talk to … and meet": a passive verb raising its subject to a "to" verb still has it.)
            if (_x.UnitAt(v) is not null || (IsPassive(v, s.FirstToken) && !(v + 1 < s.EndToken && _x.Lower(v + 1) == "to"))) return null;
            if (SubjectPronoun(v, s.FirstToken) is int p) return ResolvePronoun(p, s) is { } r ? new List<Actor> { r } : null;
            var chain = SubjectBeforeAside(v, s.FirstToken) ?? LeftChain(v, s.FirstToken);
            if (chain.Count > 0) return chain;
            // ("Investigators would not divulge the evidence but said": an unnamed noun phrase opening the sentence; not
            // when a relative clause between may hold the verb coordinated with this one, "X, which had condemned …
            // but also criticized".)
            for (int k = v + 1; k < i; k++)
                if (_x.Lower(k) is "which" or "who" or "that") return null;
            return WholeNounSubject(v, s.FirstToken) is { } unnamed && _x.TokenRange(unnamed.Span).First == s.FirstToken ? new List<Actor> { unnamed } : null;
        }
        return null;
    }

    /// <summary>
    /// "hospital officials and family members said": an unnamed noun phrase right before the verb, joined by "and" to
    /// a named or recognized party, is a speaker too; null otherwise.
    /// </summary>
    private Actor? UnnamedConjunct(int verb, int sentenceFirst)
    {
        int i = StepLeftPast(verb - 1, sentenceFirst, PreVerbWords.Adverbs | PreVerbWords.Auxiliaries);
        if (i < sentenceFirst || _x.Pos(i) != UniversalPos.NOUN || _x.UnitAt(i) is not null || NounPhraseEndingAt(i, sentenceFirst) is not { } np) return null;
        var (first, last) = _x.TokenRange(np.Span);
        for (int k = first; k <= last; k++)
            if (_x.UnitAt(k) is not null || _x.PlaceAt(k) is not null) return null;
        return first - 2 >= sentenceFirst && _x.Lower(first - 1) == "and" && _x.UnitAt(first - 2) is { Actors.Count: > 0 } u && u.Last == first - 2 ? np : null;
    }

    /// <summary>
    /// "White House and Republican sources", "Pentagon and Israeli officials": an unnamed conjunct (see
    /// <see cref="UnnamedConjunct"/>) that opens with a capitalized modifier and ends in a plural head, after an
    /// institution's or country's name that opens the clause, names one party of both modifiers: the whole phrase.
    /// Null otherwise.
    /// </summary>
    private Actor? SharedHeadConjunction(Actor conjunct, int sentenceFirst)
    {
        var (first, last) = _x.TokenRange(conjunct.Span);
        if (first - 2 < sentenceFirst || !_x.Lower(last).EndsWith('s') || _x.Pos(first) is not (UniversalPos.ADJ or UniversalPos.PROPN)
            || !char.IsUpper(_x.Tokens.GetChars(first)[0])) return null;
        if (_x.UnitAt(first - 2) is not { IsCommonNoun: false, IsReference: false, Actors: [{ Kind: ActorKind.Organization or ActorKind.Country or ActorKind.Group }, ..] } name
            || name.Last != first - 2) return null;
        int open = name.First - 1;
        if (open >= sentenceFirst && _x.Lower(open) == "the") open--;
        if (open >= sentenceFirst && !_x.IsPunct(open) && !_x.IsQuote(open)) return null;
        return _x.UnnamedActor(name.First, last) with { Kind = ActorKind.Group };
    }

    /// <summary>
    /// The unnamed or pronoun subject of an issuing verb that governs a statement noun ("The group issued a statement",
    /// "He gave a speech"), or of a verb whose "to" complement the noun is ("The office declined to comment"); or null.
    /// </summary>
    private Actor? Issuer(Sentence s, MentionDraft d)
    {
        int verb = GoverningVerb(d.First, s.FirstToken);
        // ("The prime minister's office declined to comment", with "comment" tagged a noun: the verb's "to" complement.)
        bool toComplement = verb >= 0 && d.First - 2 == verb && _x.Lower(d.First - 1) == "to";
        if (verb < 0 || !(_c.IssuingVerbs.Contains(_x.Lower(verb)) || toComplement) || IsPassive(verb, s.FirstToken)) return null;
        if (SubjectPronoun(verb, s.FirstToken) is int p) return ResolvePronoun(p, s);
        int i = StepLeftPast(verb - 1, s.FirstToken, PreVerbWords.Adverbs | PreVerbWords.Auxiliaries);
        return i >= s.FirstToken && NounPhraseEndingAt(i, s.FirstToken) is { } np && _x.TokenRange(np.Span).First == s.FirstToken ? np : null;
    }

    /// <summary>
    /// "Reports in Kenya said …": a message noun ("reports", "a leaked letter") that names no author ("by", "from"), in the
    /// subject of a reporting verb, speaks itself, with its modifier; null when it does not open the subject slot, is a
    /// definite reference ("the report"), or a verb or clause mark stands between it and the verb.
    /// </summary>
    private Actor? SourcelessMessageSubject(Sentence s, MentionDraft d)
    {
        int verb = d.Anchor;
        if (!IsReportingVerb(verb) || IsPassive(verb, s.FirstToken)) return null;
        int last = StepLeftPast(verb - 1, s.FirstToken, PreVerbWords.Adverbs | PreVerbWords.Auxiliaries | PreVerbWords.TimeExpressions);
        int noun = -1;
        for (int k = last; k >= s.FirstToken && last - k <= 8; k--)
        {
            if (IsClauseMark(k) || _x.IsVerb(k) || _x.IsBoundary(k) || _x.Lower(k) is "by" or "from") break;
            string w = _x.Lower(k);
            if (_x.Pos(k) == UniversalPos.NOUN && (_c.MessageNouns.Contains(w) || (w.EndsWith('s') && _c.MessageNouns.Contains(w[..^1])))) noun = k;
        }
        if (noun < 0) return null;
        int first = NounPhraseEndingAt(noun, s.FirstToken) is { } np ? _x.TokenRange(np.Span).First : noun;
        // ("A report by the UN said … The report said": a definite message points back to one whose author was named.)
        // ("A joint statement said": the parties of the meeting it closes speak, found later.)
        if (_c.AnaphoricDeterminers.Contains(_x.Lower(first)) || _x.Pos(first) == UniversalPos.PRON || d.IsJointStatement || JointCueBefore(first, noun)) return null;
        return first == s.FirstToken || _x.Lower(first - 1) == "," || _x.IsQuote(first - 1) ? _x.UnnamedActor(first, last) : null;
    }

    /// <summary>
    /// "Several of them said", "Many of the residents said", "One of the survivors told reporters": a quantifier picking
    /// some of a group (partitive-quantifiers.txt) with its "of" phrase, filling the subject slot of
    /// <paramref name="verb"/>, speaks as a whole; the group named after "of" did not all speak. Null otherwise.
    /// </summary>
    private Actor? PartitiveSubject(int verb, int sentenceFirst)
    {
        int last = StepLeftPast(verb - 1, sentenceFirst, PreVerbWords.Adverbs | PreVerbWords.Auxiliaries | PreVerbWords.Negation);
        if (last < sentenceFirst) return null;
        int inner;
        if (_x.Lower(last) is "them" or "us" or "those") inner = last;
        else if (_x.UnitAt(last) is { IsCommonNoun: true } group && group.Last == last && LooksLikePersonNoun(last)) inner = group.First;
        else if (_x.Pos(last) == UniversalPos.NOUN && LooksLikePersonNoun(last) && NounPhraseEndingAt(last, sentenceFirst) is { } np) inner = _x.TokenRange(np.Span).First;
        else return null;
        int of = inner - 1;
        if (of - 1 < sentenceFirst || _x.Lower(of) != "of" || !_c.PartitiveQuantifiers.Contains(_x.Lower(of - 1))) return null;
        int first = of - 1;
        // ("The majority of them said", "A few of the protesters said": an article before the quantifier.)
        if (first - 1 >= sentenceFirst && _x.Lower(first - 1) is "the" or "a") first--;
        return OpensSubjectSlot(first, sentenceFirst) ? _x.UnnamedActor(first, last) : null;
    }

    /// <summary>
    /// "a Reuters witness said", "an Obama aide said", "one Hamas commander said": a person noun after a name that only says
    /// whose or which people are meant, filling the subject slot of <paramref name="verb"/>, speaks as a whole; the name
    /// itself said nothing. Null otherwise.
    /// </summary>
    private Actor? NameModifiedPersonSubject(int verb, int sentenceFirst)
    {
        int last = StepLeftPast(verb - 1, sentenceFirst, PreVerbWords.Adverbs | PreVerbWords.Auxiliaries | PreVerbWords.Negation);
        if (last - 2 < sentenceFirst || _x.Pos(last) != UniversalPos.NOUN || _x.UnitAt(last) is not null || !LooksLikePersonNoun(last)) return null;
        if (_x.UnitAt(last - 1) is not { IsCommonNoun: false } name || name.Last != last - 1 || _x.PlaceAt(last - 1) is not null) return null;
        int first = name.First - 1;
        if (first < sentenceFirst || _x.Lower(first) is not ("a" or "an" or "one" or "another")) return null;
        return OpensSubjectSlot(first, sentenceFirst) ? _x.UnnamedActor(first, last) : null;
    }

    /// <summary>
    /// A common-noun phrase (no name in it) that alone fills the subject slot of a verb: it opens the sentence or
    /// follows a comma or quote mark ("…, the French presidency said"); null otherwise.
    /// </summary>
    private Actor? WholeNounSubject(int verb, int sentenceFirst)
    {
        // ("Investigators would not divulge": past a negation too; "Farmers have started asking": and past a verb of
        // starting or going on.)
        var skip = PreVerbWords.Adverbs | PreVerbWords.Auxiliaries | PreVerbWords.Negation;
        if (_x.Lower(verb).EndsWith("ing", StringComparison.Ordinal)) skip |= PreVerbWords.Aspectual;
        int i = StepLeftPast(verb - 1, sentenceFirst, skip);
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

    /// <summary>The parties between the quoting verb at <paramref name="quotingVerb"/> and the "as" before the trigger ("quoted X as saying").</summary>
    private List<Actor> QuotedAsSaying(int quotingVerb, MentionDraft d) =>
        RightChain(quotingVerb + 1, d.First - 1, allowPrepositionStart: false).Actors;

    /// <summary>
    /// The quoting verb ("quoted", "cited") a few words before the "as" right before <paramref name="d"/> ("quoted X as
    /// saying", "was quoted by Y as saying"), with no punctuation, quote mark or clause boundary between; else null.
    /// </summary>
    private int? QuotingVerbBeforeAs(Sentence s, MentionDraft d)
    {
        int asToken = d.First - 1;
        if (asToken <= s.FirstToken || _x.Lower(asToken) != "as") return null;
        for (int v = asToken - 1; v >= s.FirstToken && asToken - v <= 10; v--)
        {
            if (_x.IsPunct(v) || _x.IsQuote(v) || _x.IsBoundary(v)) return null;
            if (_c.QuotingVerbs.Contains(_x.Lower(v))) return v;
        }
        return null;
    }

    /// <summary>
    /// "A senior official who saw the files was quoted by local media as saying": the subject of the quoting verb at
    /// <paramref name="quotingVerb"/>, when passive, speaks (the "by" phrase names who quoted). Null when the verb is
    /// active or its subject is not found.
    /// </summary>
    private List<Actor>? PassiveQuotedSubject(Sentence s, int quotingVerb)
    {
        if (!IsPassive(quotingVerb, s.FirstToken)) return null;
        int i = StepLeftPast(quotingVerb - 1, s.FirstToken, PreVerbWords.Adverbs | PreVerbWords.Auxiliaries | PreVerbWords.TimeExpressions);
        if (i < s.FirstToken) return null;
        if (_x.Pos(i) == UniversalPos.PRON && _x.Lower(i) is "he" or "she" or "it" or "they")
            return ResolvePronoun(i, s) is { } resolved ? new List<Actor> { resolved } : null;
        // ("An official who saw the files was quoted": the phrase before the relative clause opening the sentence.)
        for (int k = s.FirstToken + 1; k < i; k++)
            if (_x.Lower(k) is "who" or "that")
            {
                if (_x.UnitAt(k - 1) is { Actors.Count: > 0 } head && head.Last == k - 1 && head.First == s.FirstToken) return new List<Actor>(head.Actors);
                return NounPhraseEndingAt(k - 1, s.FirstToken) is { } np && _x.TokenRange(np.Span).First == s.FirstToken ? new List<Actor> { np } : null;
            }
        if (_x.UnitAt(i) is { Actors.Count: > 0 } named && named.Last == i) return new List<Actor>(named.Actors);
        return NounPhraseEndingAt(i, s.FirstToken) is { } subject && _x.TokenRange(subject.Span).First == s.FirstToken ? new List<Actor> { subject } : null;
    }

    /// <summary>
    /// "…, say local analysts and some union officials.": a second subject joined by "and" to a speaker that follows the
    /// verb and ends the sentence. Null unless the speaker starts right after the verb and the conjunct closes the sentence.
    /// </summary>
    private Actor? InvertedConjunct(Sentence s, MentionDraft d, Actor speaker)
    {
        var (first, last) = _x.TokenRange(speaker.Span);
        if (first != d.Last + 1 || last + 2 >= s.EndToken || _x.Lower(last + 1) != "and") return null;
        return ConjunctClosingSentence(last + 1, s);
    }

    /// <summary>The party named after the "and" at <paramref name="and"/> when it runs to the sentence's closing punctuation, or null.</summary>
    private Actor? ConjunctClosingSentence(int and, Sentence s)
    {
        int end = s.EndToken - 1;
        while (end > and && (_x.IsPunct(end) || _x.IsQuote(end))) end--;
        if (end <= and) return null;
        if (_x.UnitAt(and + 1) is { Actors.Count: > 0 } named && named.First == and + 1 && named.Last == end) return named.Actors[0];
        return NounPhraseEndingAt(end, and + 1) is { } np && _x.TokenRange(np.Span).First == and + 1 ? np : null;
    }

    /// <summary>
    /// "protesters demanding civilian rule", "students calling for reform": the party (a party noun, party-heads.txt) right
    /// before an -ing statement verb that opens the mention; null otherwise.
    /// </summary>
    private Actor? ReducedRelativeSpeaker(Sentence s, MentionDraft d)
    {
        int n = d.First - 1;
        if (!d.AnchorIsVerb || d.Anchor != d.First || n < s.FirstToken || !_x.Lower(d.First).EndsWith("ing", StringComparison.Ordinal) || !IsPartyHead(n)) return null;
        var party = _x.UnitAt(n) is { Actors: [var named, ..] } unit && unit.Last == n ? named : NounPhraseEndingAt(n, s.FirstToken);
        // ("sent a fax to local police explaining that": after "to" the party is the one addressed; the message explains.)
        if (party is null || _x.TokenRange(party.Span).First is var start && start - 1 >= s.FirstToken && _x.Lower(start - 1) == "to") return null;
        return party;
    }

    /// <summary>
    /// "wrote a letter to the premier demanding an inquiry", "posted a message on its website warning citizens": the verb
    /// that sends the message (message-nouns.txt) an -ing statement verb opening the mention goes on from, past the
    /// message's own "to"/"on" phrase; its subject wrote the message and speaks. Null otherwise, or when that verb is passive.
    /// </summary>
    private int? MessageSender(Sentence s, MentionDraft d)
    {
        if (!d.AnchorIsVerb || d.Anchor != d.First || !_x.Lower(d.First).EndsWith("ing", StringComparison.Ordinal)) return null;
        int k = d.First - 1;
        while (k >= s.FirstToken && d.First - k <= 8 && !_c.MessageNouns.Contains(_x.Lower(k)))
        {
            if (_x.IsPunct(k) || _x.IsQuote(k) || _x.IsBoundary(k) || (_x.IsVerb(k) && _x.Pos(k) != UniversalPos.AUX)) return null;
            k--;
        }
        if (k < s.FirstToken || !_c.MessageNouns.Contains(_x.Lower(k)) || _x.Pos(k) != UniversalPos.NOUN) return null;
        // (Past the message: only its own prepositional phrase, "to members", "on its website".)
        if (k + 1 < d.First && !_x.IsPreposition(k + 1)) return null;
        int v = k - 1;
        while (v >= s.FirstToken && k - v <= 5 && _x.UnitAt(v) is null && (_x.IsDeterminer(v) || _x.Pos(v) is UniversalPos.ADJ or UniversalPos.NOUN or UniversalPos.NUM)) v--;
        v = StepLeftPast(v, s.FirstToken, PreVerbWords.Adverbs);
        if (v < s.FirstToken || _x.Pos(v) != UniversalPos.VERB || _x.Lower(v).EndsWith("ing", StringComparison.Ordinal) || IsPassive(v, s.FirstToken)) return null;
        return v;
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
        int i = StepLeftPast(verb - 1, sentenceFirst, PreVerbWords.Adverbs | PreVerbWords.Auxiliaries);
        if (i < sentenceFirst || _x.IsQuote(i)) return true;
        if (commaCloses && _x.IsPunct(i)) return true;
        // A comma alone may close an appositive ("X, the spokesman, said"); after a quote mark it closes the quote.
        return _x.Lower(i) == "," && i - 1 >= sentenceFirst && _x.IsQuote(i - 1);
    }

    /// <summary>
    /// "The attackers stormed the village, said police spokesman Yazid Abubakar": a reporting verb right after a comma
    /// that closes a clause of its own, followed by a noun phrase that runs to the sentence end or a comma with no verb of
    /// its own, has that phrase as its inverted subject; the parties of the clause before are what was said about.
    /// (Not "…, said the talks would resume": a verb after the phrase makes it the subject of what was said.)
    /// </summary>
    private bool IsInvertedAfterClause(Sentence s, MentionDraft d)
    {
        if (!d.AnchorIsVerb || d.First != d.Anchor || d.First - 1 <= s.FirstToken || _x.Lower(d.First - 1) != ",") return false;
        if (_x.Lower(d.Anchor).EndsWith("ing", StringComparison.Ordinal) || !_x.HasVerbIn(s.FirstToken, d.First - 1)) return false;
        // ("Kopp's stepmother, who married …, said Thursday": the comma closes an aside after the subject.)
        if (SubjectBeforeAside(d.First, s.FirstToken) is { Count: > 0 }) return false;
        int j = d.Last + 1;
        if (j >= s.EndToken || _x.TimexAt(j) is not null || !(_x.IsDeterminer(j) || _x.Pos(j) is UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.ADJ or UniversalPos.NUM || _x.UnitAt(j) is not null)) return false;
        for (int k = j; k < s.EndToken && k - j < InvertedSubjectLength; k++)
        {
            if (_x.IsPunct(k) && !IsWordHyphen(k)) return k > j;
            if (_x.IsQuote(k) || (_x.IsVerb(k) && !(k == j && IsPreNameParticiple(k, s.EndToken)))) return false;
        }
        return s.EndToken - j <= InvertedSubjectLength;
    }

    /// <summary>How many words an inverted subject after a reporting verb may run ("said army spokesman Brig. Gen. X").</summary>
    private const int InvertedSubjectLength = 8;

    /// <summary>
    /// True when the object of verb mention <paramref name="d"/>, ending at <paramref name="objEnd"/>, is its inverted
    /// subject: the verb follows a quote with nothing of a subject between ('"Why?" asked Li Wei.', '"Stay," urged the
    /// mayor, …') and the object closes the clause (punctuation or the sentence end follows). Not an "-ing" form, whose
    /// subject is the main clause's ("…," he said, urging voters.).
    /// </summary>
    private bool IsInvertedSubject(Sentence s, MentionDraft d, int objEnd)
    {
        if (_x.Lower(d.Anchor).EndsWith("ing", StringComparison.Ordinal) || !SubjectSlotEmpty(d.First, s.FirstToken, commaCloses: false)) return false;
        int i = StepLeftPast(d.First - 1, s.FirstToken, PreVerbWords.Adverbs | PreVerbWords.Auxiliaries);
        if (i < s.FirstToken) return false;
        if (objEnd >= s.EndToken || _x.IsPunct(objEnd) || _x.IsQuote(objEnd)) return true;
        // ('asked Li Wei, a customs officer in Egypt, a country taking part in the war.': a phrase trailing the name's
        // description, with no verb of its own to the sentence end (a participle after a noun modifies it), still closes
        // the clause.)
        if (!_x.IsPreposition(objEnd)) return false;
        for (int k = objEnd + 1; k < s.EndToken; k++)
            if ((_x.IsVerb(k) && !(_x.Lower(k).EndsWith("ing", StringComparison.Ordinal) && _x.Pos(k - 1) is UniversalPos.NOUN or UniversalPos.PROPN))
                || _x.Pos(k) == UniversalPos.AUX || _x.IsQuote(k)) return false;
        return true;
    }

    /// <summary>
    /// "Mayor Tom Keller, asked whether he would resign, replied": an addressee verb's participle opening an aside right
    /// after the subject, followed by the question or request put ("whether", "if", "about", "to" …), is a reduced passive:
    /// the subject is the one asked, not the asker.
    /// </summary>
    private bool IsQuestionAside(Sentence s, MentionDraft d)
    {
        if (d.Type != EventType.Statement || !d.AnchorIsVerb || d.First != d.Anchor || d.First - 1 <= s.FirstToken || _x.Lower(d.First - 1) != ",") return false;
        string verb = _x.Lower(d.Anchor);
        if (!(verb.EndsWith("ed", StringComparison.Ordinal) || verb == "told") || !IsAddresseeVerb(d, s)) return false;
        int next = d.Last + 1;
        return next < s.EndToken && (_x.Lower(next) == "to" || OpensQuestion(next));
    }

    /// <summary>A word opening the question put after a verb of asking ("whether", "about", …: trigger-cues.tsv, questionword).</summary>
    private bool OpensQuestion(int i) => TriggerCueWords.Has(_x.Tokens.GetChars(i), "questionword");

    /// <summary>A past participle at <paramref name="k"/> modifying the word after it ("retired Col.", "retired engineer"), not a verb of its own.</summary>
    private bool IsPreNameParticiple(int k, int end) =>
        _x.Pos(k) is UniversalPos.VERB or UniversalPos.ADJ && _x.Lower(k).EndsWith("ed", StringComparison.Ordinal)
        && k + 1 < end && _x.Pos(k + 1) is UniversalPos.NOUN or UniversalPos.PROPN && !_x.IsVerb(k + 1);

    /// <summary>
    /// "A spokesman for the Chinese embassy", "an official of the Kenyan foreign ministry": an unnamed speaker (a common-noun
    /// unit with no country) followed by a "for"/"of"/"at"/"from" phrase whose party belongs to a country is that whole
    /// phrase, of that country. Null when the speaker has a country already or no such phrase follows.
    /// </summary>
    private Actor? OwnedSpeaker(Actor speaker)
    {
        if (speaker.CountryCode is not null) return null;
        var (first, last) = _x.TokenRange(speaker.Span);
        if (_x.UnitAt(last) is not { IsCommonNoun: true } u || u.Last != last) return null;
        int p = last + 1;
        int si = _x.SentenceOfToken(last);
        int end = si >= 0 ? _x.Document.Sentences[si].EndToken : _x.Tokens.Count;
        if (p + 1 >= end || _x.Lower(p) is not ("for" or "of" or "at" or "from")) return null;
        int q = p + 1;
        while (q < end && _x.IsDeterminer(q) && _x.UnitAt(q) is null) q++;
        if (q >= end || _x.UnitAt(q) is not { Actors.Count: > 0 } owner || owner.First != q || owner.Actors[0].CountryCode is not { } code) return null;
        var span = _x.Span(first, owner.Last);
        string text = span.GetText(_x.Document.Text);
        return speaker with { Text = text, Span = span, CountryCode = code, Canonical = text };
    }

    /// <summary>
    /// "A spokesman for President Li Wei said": a speaker found as the object of "for" after an unnamed person (past a
    /// title the recognizer left apart) is that person's owner; the one who speaks is the whole phrase, of the owner's
    /// country. Null for any other speaker.
    /// </summary>
    private Actor? SpokespersonOf(Actor owner)
    {
        var (first, last) = _x.TokenRange(owner.Span);
        int k = first - 1;
        if (k >= 0 && _x.UnitAt(k) is { IsCommonNoun: false, Actors: [{ Kind: ActorKind.Other }] } title && title.Last == k && IsTitleBefore(title)) k = title.First - 1;
        // ("for the Prime Minister Anna Berg": determiners and the title's own modifiers.)
        while (k >= 0 && first - k <= 4 && (_x.IsDeterminer(k) || _x.Pos(k) == UniversalPos.ADJ) && _x.UnitAt(k) is null) k--;
        if (k < 1 || _x.Lower(k) != "for" || _x.UnitAt(k - 1) is not { IsCommonNoun: true, Actors: [{ Kind: ActorKind.Person }] } person || person.Last != k - 1) return null;
        var span = _x.Span(person.First, last);
        string text = span.GetText(_x.Document.Text);
        return new Actor(text, span, ActorKind.Person, owner.CountryCode, text, person.Actors[0].Confidence);
    }

    /// <summary>
    /// "Professors Anna Berg and Tom Hale found … They argued": "they" opening its sentence goes on with the named people
    /// coordinated as the subject of the sentence before, whom no single name stands for; null when that subject is no
    /// such list.
    /// </summary>
    private List<Actor>? CoordinatedPeopleBefore(int pronoun)
    {
        int own = _x.SentenceStartOf(pronoun);
        if (own == 0 || !_x.LowerIs(pronoun, "they") || StepLeftPast(pronoun - 1, own, PreVerbWords.Adverbs) >= own) return null;
        int prev = _x.SentenceStartOf(own - 1);
        if (!_x.Document.IsBodySentence(_x.SentenceOfToken(prev)) || FirstMainVerb(prev, own) is not int main) return null;
        var subject = SubjectBeforeAside(main, prev) ?? LeftChain(main, prev);
        return subject.Count >= 2 && subject.TrueForAll(a => a.Kind == ActorKind.Person) ? subject : null;
    }

    /// <summary>
    /// A subject pronoun (he, she, it, they) right before a verb, past auxiliaries and adverbs ("it would strike"), and
    /// before an -ing verb past a verb of starting or going on ("they began shooting"), or null.
    /// </summary>
    private int? SubjectPronoun(int verb, int sentenceFirst)
    {
        var skip = PreVerbWords.Adverbs | PreVerbWords.Auxiliaries;
        if (_x.Lower(verb).EndsWith("ing", StringComparison.Ordinal)) skip |= PreVerbWords.Aspectual;
        int i = StepLeftPast(verb - 1, sentenceFirst, skip);
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
    /// before, that is a clause's subject ("Peru and Chile signed a treaty. They will meet in May"), or a subject headed
    /// by a plural noun for people ("the negotiators"); or null.
    /// </summary>
    private List<Actor>? PartyListBefore(int pronoun, Sentence s)
    {
        int si = _x.SentenceOfToken(pronoun);
        int limit = si > 0 ? _x.Document.Sentences[si - 1].FirstToken : s.FirstToken;
        for (int i = pronoun - 1; i >= limit; i--)
        {
            if (_x.UnitAt(i) is not { } u) continue;
            i = u.First;
            if (u.Actors.Count == 0 || IsPrepositionalObject(u) || IsVerbObject(u) || InsideQuote(u.First)) continue;
            // Only a list that ends right before its verb is a subject ("X and Y have not met since their summit": a
            // negated verb too).
            int next = StepRightPast(u.Last + 1, _x.Tokens.Count, PreVerbWords.Adverbs | PreVerbWords.Auxiliaries | PreVerbWords.Negation);
            if (next >= _x.Tokens.Count || !_x.IsVerb(next)) continue;
            int sentenceFirst = _x.SentenceStartOf(u.First);
            var chain = LeftChain(u.Last + 1, sentenceFirst);
            if (chain.Count >= 2) return chain;
            // ("X and Y signed a deal, officials said. They met": the lone source of a trailing reporting clause is not
            // who "they" are; the list before it is.)
            if (IsReportingVerb(next) && u.First - 1 >= sentenceFirst && (_x.Lower(u.First - 1) == "," || _x.IsQuote(u.First - 1))) continue;
            // ("Israeli and Palestinian negotiators arrived. They resumed talks", "Union officials said they would boycott
            // the talks": a subject headed by a plural noun for people is a party of several, as a list is; a lone name
            // is too often a wrong guess.)
            if (chain.Count == 1 && chain[0] == u.Actors[0] && IsPluralPeopleHead(u.Last)) return chain;
            return null;
        }
        return null;
    }

    /// <summary>A lowercase plural noun for people acting together (party-heads.txt Group, or meeting-people-nouns.txt).</summary>
    private bool IsPluralPeopleHead(int i)
    {
        if (_x.Pos(i) != UniversalPos.NOUN || !char.IsLower(_x.Tokens.GetChars(i)[0])) return false;
        string w = _x.Lower(i);
        if (!w.EndsWith('s')) return false;
        return _c.PartyHeads.TryGetValue(w, out var kind) ? kind == ActorKind.Group : _c.MeetingPeopleNouns.Contains(w);
    }

    /// <summary>
    /// "bombing victims", "his grandmothers": a noun phrase from <paramref name="start"/> whose head is one of the
    /// people one meets with (meeting-people-nouns.txt), with no name in it, and the token after it; or null.
    /// </summary>
    private (Actor Actor, int End)? UnnamedPeople(int start, int end)
    {
        var found = ThingPhrase(start, end);
        // ("the boy's two grandmothers", "the victims' families": past a common-noun possessor to the head it owns.)
        if (found is { } owner && owner.Head + 2 < end && _x.Lower(owner.Head + 1) is "'s" or "’s" or "'" or "’" && ThingPhrase(owner.Head + 2, end) is { } owned) found = owned;
        // ("the victim's widow", "his uncle": a kin word names a person one meets, too.)
        if (found is not { } np || !(_c.MeetingPeopleNouns.Contains(_x.Lower(np.Head)) || _c.KinNouns.Contains(_x.Lower(np.Head)))) return null;
        for (int i = start; i < np.Head; i++)
            if (_x.UnitAt(i) is not null || _x.PlaceAt(i) is not null) return null;
        // "with the families of the victims": an "of" phrase with no name in it goes with the head.
        int last = np.Head;
        if (last + 2 < end && _x.Lower(last + 1) == "of" && ThingPhrase(last + 2, end) is { } of && _x.Pos(of.Head) == UniversalPos.NOUN)
        {
            bool named = false;
            for (int i = last + 2; i <= of.Head && !named; i++) named = _x.UnitAt(i) is not null || _x.PlaceAt(i) is not null;
            if (!named) last = of.Head;
        }
        // "the five permanent members of the council": an "of" phrase that is the body the people belong to goes with the
        // head too (the people met, not the whole body).
        if (last == np.Head && last + 2 < end && _x.Lower(last + 1) == "of" && _x.UnitAt(last + 2) is { Actors: [{ Kind: ActorKind.Organization or ActorKind.Group }] } body
                 && body.First == last + 2 && body.Last < end) last = body.Last;
        // ("convening a special shareholders' meeting": a plural possessor modifies what follows.)
        if (last + 1 < end && _x.Lower(last + 1) is "of" or "'s" or "’s" or "'" or "’") return null;
        return (_x.UnnamedActor(start, last), last + 1);
    }

    /// <summary>
    /// The actor list after the comma closing a sentence-opening "After/Before/During/Following …" phrase that holds the
    /// meeting noun (no verb between the opener and the noun), or null.
    /// </summary>
    private List<Actor>? FrontedTimePhraseSubject(Sentence s, MentionDraft d)
    {
        // ("PARIS, May 13 (Wire) -- In a phone call, …": past a dateline.)
        int open = PastDateline(s.FirstToken, d.First);
        // ("In July 1997, at a summit in Madrid, the alliance announced": past a fronted time expression and its comma.)
        if (_x.Lower(open) is "in" or "on" && _x.TimexAt(open + 1) is { } fronted && _x.TokenRange(fronted.Span).Last + 1 is int comma
            && comma < d.First && _x.Lower(comma) == ",") open = comma + 1;
        else if (_x.TimexAt(open) is { } opening && _x.TokenRange(opening.Span).Last + 1 is int c && c < d.First && _x.Lower(c) == ",") open = c + 1;
        // "At a summit in Madrid, the alliance announced": those at a meeting named in a fronted place phrase; "In a phone
        // call on Tuesday, X told Y": those on a call named in a fronted "in" phrase.
        // (Not "At a news conference, X said": one party speaking to reporters.)
        if (_x.Lower(open) is not ("after" or "before" or "during" or "following" or "at" or "in")
            || (_x.Lower(open) is "at" or "in" && _c.PressEventNouns.Contains(_x.Lower(d.Last)))) return null;
        for (int i = open + 1; i < d.First; i++)
            if (_x.IsVerb(i) || _x.Lower(i) == ",") return null;
        for (int i = d.Last + 1; i < s.EndToken; i++)
        {
            if (_x.UnitAt(i) is { } u) { i = u.Last; continue; }
            if (_x.IsVerb(i)) return null;
            if (_x.Lower(i) != ",") continue;
            // ("in Madrid, Spain, the alliance": a place set off by commas is the place's country, not the subject.)
            int countryLast = _x.PlaceAt(i + 1) is { } place ? _x.TokenRange(place.Span).Last
                : _x.PlaceAt(i - 1) is not null && _x.UnitAt(i + 1) is { Actors: [{ Kind: ActorKind.Country }] } country ? country.Last : -1;
            if (countryLast > i && countryLast + 1 < s.EndToken && _x.Lower(countryLast + 1) == ",") { i = countryLast; continue; }
            var (chain, chainEnd) = RightChain(i + 1, s.EndToken, allowPrepositionStart: false);
            // ("In a phone call, Macron told Zelensky that …": with no party named beside the meeting noun, a person or
            // country right after the subject's verb is the other party.)
            // (Not after "after"/"before": "After talks, Merz praised Trump" names no one on the talks.)
            bool ownParties = d.Last + 1 < s.EndToken && _x.Lower(d.Last + 1) is "with" or "between" or "among";
            if (chain.Count > 0 && !ownParties && _x.Lower(open) is "in" or "during" && chainEnd + 1 < s.EndToken && _x.IsVerb(chainEnd) && _x.Pos(chainEnd) != UniversalPos.AUX)
            {
                var (objects, _) = RightChain(chainEnd + 1, s.EndToken, allowPrepositionStart: false);
                foreach (var a in objects)
                    if (a.Kind is ActorKind.Person or ActorKind.Country) MentionDraft.AddActor(chain, a);
            }
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

    /// <summary>
    /// The subject pronoun of a verb trigger ("he met") or the possessive of a noun trigger ("his meeting"), or null;
    /// with <paramref name="firstPerson"/>, the first-person one instead ("we met", "I had a meeting", "our talks").
    /// </summary>
    private int? PronounBefore(Sentence s, MentionDraft d, bool firstPerson = false)
    {
        int i = d.First - 1;
        // "he met", "he's expected to meet", "she will travel to meet", "he is due to hold talks" (a word of planning
        // tagged an adjective).
        int n = 0;
        // ("their third day-long meeting": the adjectives, numbers and compound words of a noun trigger's phrase.)
        // ("she has not visited": a negation between the pronoun and the verb, too.)
        while (i >= s.FirstToken && n < 6)
        {
            if (_x.IsAdverb(i) || _x.Pos(i) == UniversalPos.AUX || (d.AnchorIsVerb && _x.Lower(i) is "not" or "n't")
                || (!d.AnchorIsVerb && _x.UnitAt(i) is null && (_x.Pos(i) is UniversalPos.ADJ or UniversalPos.NUM || IsWordHyphen(i) || (_x.Pos(i) == UniversalPos.NOUN && IsWordHyphen(i + 1))))
                || (d.AnchorIsVerb && (_x.Lower(i) is "to" or "'s" or "’s" || ((_x.Pos(i) == UniversalPos.VERB || _c.PlanToMeetWords.Contains(_x.Lower(i))) && i - 1 >= s.FirstToken && _x.Lower(i + 1) == "to"))))
                i--;
            // "he flew to Berlin to meet": the traveller, the subject of a movement verb and its destination, is who
            // goes on to meet (the place between is no party).
            else if (d.AnchorIsVerb && _x.Lower(i + 1) == "to" && DestinationStart(i, s.FirstToken) is { } movement)
                i = movement - 1;
            else break;
            n++;
        }
        if (i < s.FirstToken) return null;
        string w = _x.Lower(i);
        if (d.AnchorIsVerb && (firstPerson ? w is "i" or "we" : w is "he" or "she" or "they")) return i;
        if (!d.AnchorIsVerb && (firstPerson ? w is "my" or "our" : w is "his" or "her" or "their")) return i;
        // "said he had held secret talks with X", "she had talks with X", "she held a phone call with X": the pronoun subject
        // of the verb that takes a noun trigger as its object (past the object's article).
        if (!d.AnchorIsVerb && w is "a" or "an" or "the" && i - 1 >= s.FirstToken) w = _x.Lower(--i);
        // ("he held a two-hour meeting with X", "she held a joint news conference with X": a compound noun or a
        // duration before the noun stops the walk above; the active verb taking the noun trigger as its object has the
        // subject. Not "we were pushed out of the talks": who undergoes a passive or holds a prepositional phrase need
        // not take part.)
        if (!d.AnchorIsVerb && _x.Pos(i) != UniversalPos.VERB && GoverningVerb(d.First, s.FirstToken) is var governing and >= 0
            && NounIsObjectOf(governing, d.First) && !IsPassive(governing, s.FirstToken)) i = governing;
        if (!d.AnchorIsVerb && _x.Pos(i) == UniversalPos.VERB && !IsReportingVerb(i))
        {
            int j = StepLeftPast(i - 1, s.FirstToken, PreVerbWords.Adverbs | PreVerbWords.Auxiliaries | PreVerbWords.Negation, limit: 4);
            // ("he is scheduled to hold a summit", "she plans to hold talks": past the "to" and the verb that takes it.)
            if (j - 1 >= s.FirstToken && _x.Lower(j) == "to" && _x.Pos(j - 1) == UniversalPos.VERB && !IsReportingVerb(j - 1))
                j = StepLeftPast(j - 2, s.FirstToken, PreVerbWords.Adverbs | PreVerbWords.Auxiliaries | PreVerbWords.Negation, limit: 4);
            if (j >= s.FirstToken && (firstPerson ? _x.Lower(j) is "i" or "we" : _x.Lower(j) is "he" or "she" or "they")) return j;
        }
        return null;
    }

    /// <summary>
    /// "Hussein met Saddam on Monday. It was their third meeting": a meeting that found no party of its own but whose
    /// subject or possessor is "they"/"their".
    /// </summary>
    public bool HasOnlyPluralPronounParty(Sentence s, MentionDraft d) =>
        d.Type == EventType.Meeting && d.Participants.Count == 0 && PronounBefore(s, d) is int p && _x.Lower(p) is "they" or "their";

    /// <summary>
    /// '"We had a very good meeting," Arafat said', '"I met with him twice," the envoy said': a meeting inside a quote
    /// whose subject or possessor is a first-person pronoun is the quoted speaker's own, so the speakers of the statement
    /// that quotes it, outside the quote in the same sentence, are participants.
    /// </summary>
    public void ShareQuotedSpeakers(Sentence s, List<MentionDraft> drafts)
    {
        foreach (var d in drafts)
        {
            if (d.Type != EventType.Meeting || !InsideQuote(d.First) || PronounBefore(s, d, firstPerson: true) is not int p || !InsideQuote(p)) continue;
            MentionDraft? quoting = null;
            foreach (var o in drafts)
                if (o.Type == EventType.Statement && o.Speakers.Count > 0 && !InsideQuote(o.First)
                    && (quoting is null || Math.Abs(o.First - d.First) < Math.Abs(quoting.First - d.First))) quoting = o;
            if (quoting is null) continue;
            foreach (var a in quoting.Speakers) MentionDraft.AddActor(d.Participants, a);
        }
    }

    /// <summary>
    /// The movement verb (movement-words.txt) of "flew to Berlin" when token <paramref name="i"/> ends the place after its
    /// "to"; null otherwise.
    /// </summary>
    private int? DestinationStart(int i, int sentenceStart)
    {
        if (_x.PlaceAt(i) is not { } place) return null;
        var (first, last) = _x.TokenRange(place.Span);
        if (last != i || first - 2 < sentenceStart || _x.Lower(first - 1) != "to") return null;
        return _x.IsVerb(first - 2) && _c.MovementWords.Contains(_x.Lower(first - 2)) ? first - 2 : null;
    }

    /// <summary>How many sentences back "the minister" may look for the person given that title.</summary>
    private const int TitleLookback = 3;

    /// <summary>
    /// "Health Minister Priya Nair … The minister also announced", "Pope Leo … the pope said": a definite role noun
    /// ("the" and one singular noun) speaking stands for the nearest person named before it with that word in the title
    /// right before the name, a few sentences back at most; null when there is none.
    /// </summary>
    private Actor? TitledAntecedent(Actor speaker)
    {
        var (first, last) = _x.TokenRange(speaker.Span);
        if (last != first + 1 || _x.Lower(first) != "the" || _x.UnitAt(last) is not { IsCommonNoun: true }) return null;
        string role = _x.Lower(last);
        if (role.EndsWith('s') || _x.Pos(last) != UniversalPos.NOUN) return null;
        // "Army chief X … the army said": a body of the state (roles.tsv government, institution) is no person's title.
        if ((Gazetteer.Default.Role(role) & (RoleClass.Government | RoleClass.Institution)) != 0) return null;
        int sentence = _x.Document.SentenceAt(speaker.Span.Start);
        int limit = _x.Document.Sentences[Math.Max(0, sentence - TitleLookback)].FirstToken;
        for (int i = first - 1; PersonUnitAtOrBefore(ref i, limit) is { } u; i--)
        {
            // The title: up to three words right before the name ("Health Minister", "Opposition leader"), or inside it.
            for (int t = u.First; t <= u.Last; t++)
                if (_x.Lower(t) == role) return u.Actors[0];
            for (int t = u.First - 1; t >= Math.Max(limit, u.First - 3) && !_x.IsPunct(t) && !_x.IsVerb(t); t--)
                if (_x.Lower(t) == role) return u.Actors[0];
        }
        return null;
    }

    /// <summary>How many sentences back "the Indian leader" may look for the person it means.</summary>
    private const int NationalRoleLookback = 4;

    /// <summary>
    /// "Indian Prime Minister Narendra Modi … The Indian leader later met", "the Chilean president said": "the", a
    /// nationality and a singular role noun (resolved as one role phrase of that country) stand for the nearest person of
    /// that country named before, a few sentences back at most; null when there is none.
    /// </summary>
    private Actor? NationalRoleAntecedent(Actor role)
    {
        if (role.Kind != ActorKind.Other || role.CountryCode is not { } code) return null;
        var (first, last) = _x.TokenRange(role.Span);
        if (last != first + 1 || first - 1 < 0 || _x.Lower(first - 1) != "the" || !char.IsUpper(_x.Tokens.GetChars(first)[0])) return null;
        if (_x.Pos(last) != UniversalPos.NOUN || _x.Lower(last).EndsWith('s')) return null;
        int sentence = _x.Document.SentenceAt(role.Span.Start);
        int limit = _x.Document.Sentences[Math.Max(0, sentence - NationalRoleLookback)].FirstToken;
        for (int i = first - 2; PersonUnitAtOrBefore(ref i, limit) is { } u; i--)
            if (!u.IsReference && u.Actors[0].CountryCode == code) return u.Actors[0];
        return null;
    }

    /// <summary>
    /// The nearest unit at or before token <paramref name="i"/>, down to <paramref name="limit"/>, that names one person
    /// (not a common noun, not a name that took in a date); <paramref name="i"/> is left at its first token, for the
    /// search to go on before it. Null when there is none.
    /// </summary>
    private ArgUnit? PersonUnitAtOrBefore(ref int i, int limit)
    {
        for (; i >= limit; i--)
        {
            var u = _x.UnitAt(i);
            if (u is null) continue;
            i = u.First;
            if (u.IsCommonNoun || u.Actors.Count != 1 || u.Actors[0].Kind != ActorKind.Person || SwallowedDate(u)) continue;
            return u;
        }
        return null;
    }

    /// <summary>"President Bill Clinton Saturday": a name that took in a date is misread; the role noun is the better speaker.</summary>
    private bool SwallowedDate(ArgUnit u)
    {
        for (int t = u.First; t <= u.Last; t++) if (_x.TimexAt(t) is not null) return true;
        return false;
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

    /// <summary>
    /// "Police found dozens of residents trapped … The officers urged them to leave": the object "them" of a verb of
    /// telling stands for the nearest plural party (a group, or a common-noun phrase with a plural head) named before it
    /// in its sentence or the body sentence before, other than who speaks; null when there is none.
    /// </summary>
    private Actor? PluralObjectAntecedent(int pronoun, Sentence s, List<Actor> speakers)
    {
        int limit = s.FirstToken > 0 && _x.Document.IsBodySentence(_x.Document.SentenceAt(_x.Tokens.GetSpan(s.FirstToken - 1).Start))
            ? _x.SentenceStartOf(s.FirstToken - 1) : s.FirstToken;
        for (int i = pronoun - 1; i >= limit; i--)
        {
            var u = _x.UnitAt(i);
            if (u is null) continue;
            i = u.First;
            if (u.Actors.Count == 0 || u.IsReference || InsideQuote(u.First)) continue;
            var a = u.Actors[0];
            bool plural = a.Kind == ActorKind.Group || (u.IsCommonNoun && _x.Lower(u.Last).EndsWith('s'));
            if (!plural || speakers.Exists(sp => SameParty(sp, a) || sp.Span.Overlaps(a.Span))) continue;
            return a;
        }
        return null;
    }

    /// <summary>
    /// An object pronoun ("urged him", "told her") resolved like a subject one, except that a person named after a
    /// preposition ("turned to Claudia Ruiz … and told her") may be the one it stands for.
    /// </summary>
    private Actor? ResolveObjectPronoun(int pronoun, Sentence s) => ResolvePronoun(pronoun, s, 0, objectPronoun: true);

    /// <summary>"[Defence Minister] [Tran Quoc Dung]": a capitalized name of no known kind right after a title word (gazetteer roles).</summary>
    private bool IsTitledUnknownName(ArgUnit u) =>
        !u.IsCommonNoun && !u.IsReference && u.Actors is [{ Kind: ActorKind.Other }] && u.First > 0 && _x.Pos(u.First) == UniversalPos.PROPN
        && HasRole(u.First - 1, RoleClass.Title) && !HasRole(u.First, RoleClass.Title);

    private Actor? ResolvePronoun(int pronoun, Sentence s, int depth, bool objectPronoun = false)
    {
        string w = _x.Lower(pronoun);
        bool person = w is "he" or "she" or "his" or "her" or "him";
        bool thing = w is "it" or "they" or "their";
        if (!person && !thing) return null;
        var gender = w is "she" or "her" ? PersonGender.Female : w is "he" or "his" or "him" ? PersonGender.Male : PersonGender.Unknown;
        int limit = Math.Max(0, s.FirstToken - 400);
        // "Hussein told him": an object pronoun never stands for its own clause's subject, the nearest subject before it
        // in its sentence, nor for other mentions of that same party.
        Actor? clauseSubject = null;
        for (int i = pronoun - 1; i >= limit; i--)
        {
            // "He said …. He added": an earlier subject pronoun of the same gender stands for the same person.
            if (person && depth < PronounChainDepth && IsSubjectPronounOf(i, gender) && !InsideQuote(i)) return ResolvePronoun(i, s, depth + 1);
            var u = _x.UnitAt(i);
            if (u is null)
            {
                // "A middle-aged taxi driver told me … He said": an unnamed person in a subject slot is who "he"/"she" means.
                if (person && !objectPronoun && UnnamedPersonSubjectEndingAt(i, gender) is { } unnamed) return unnamed;
                continue;
            }
            i = u.First;
            if (u.Actors.Count == 0) continue;
            // (A pronoun of the story never stands for a name in its headline or boilerplate.)
            if (!_x.Document.IsBodySentence(_x.Document.SentenceAt(_x.Tokens.GetSpan(u.First).Start))) continue;
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
            // ("Defence Minister Tran Quoc Dung ... He met": a name of no known kind right after a title is a person.)
            else if (!(person ? (a.Kind == ActorKind.Person || IsUnnamedPersonSubject(u) || (!u.IsCommonNoun && a.Kind != ActorKind.Country && FirstNameGender(a.Text) == gender) || IsTitledUnknownName(u)) && !IsTheName(u) : a.Kind is ActorKind.Organization or ActorKind.Country or ActorKind.Group || (a.Kind == ActorKind.Person && IsTheName(u)))) continue;
            // "it": not a plural group ("additional troops", "306 combat aircraft") nor a verb's object.
            else if (w == "it" && (IsVerbObject(u) || (u.IsCommonNoun && (_x.Lower(u.Last).EndsWith('s') || (_x.TryNumber(u.First, out int count) && count > 1))))) continue;
            // A name used as a modifier ("Warhol's photographs", "the Warhol exhibit") or after a preposition is rarely the one who speaks next.
            int next = u.Last + 1;
            bool modifier = next < _x.Tokens.Count && (_x.Lower(next) is "'s" or "’s" || _x.Pos(next) is UniversalPos.NOUN);
            // ("Bush's chief aim in his meeting": a person's possessive earlier in the same sentence is whom "his"/"her" refers to.)
            bool ownerHere = w is "his" or "her" && u.First >= s.FirstToken && _x.Lower(next) is "'s" or "’s" && a.Kind == ActorKind.Person;
            if ((modifier && !ownerHere) || ((IsPrepositionalObject(u) || IsTitledPrepositionalObject(u)) && !(objectPronoun && a.Kind == ActorKind.Person))) continue;
            // "Ted Eubank, president of the company": a role after a name stands for that name, found next.
            if (u.IsCommonNoun && IsAppositiveOfName(u)) continue;
            // "Karl Lind is a lawyer who … He said": a role after "is"/"was" describes the subject, found next (not a
            // subject after a fronted auxiliary: "were the killers acting out …").
            if (u.IsCommonNoun && BeforeModifiers(u) is var verb && verb >= 1 && _x.Pos(verb) == UniversalPos.AUX
                && (_x.UnitAt(verb - 1) is not null || _x.Pos(verb - 1) is UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.PRON)) continue;
            // A name inside quoted words ('Wilkins said, "[Warhol] liked ..."') is not who is reported on next.
            if (InsideQuote(u.First)) continue;
            if (person && IsOtherGender(u, gender)) continue;
            if (objectPronoun && person)
            {
                if (clauseSubject is null && u.First >= s.FirstToken && u.Last < pronoun && !IsVerbObject(u) && !IsPrepositionalObject(u) && IsSubjectOfVerbBefore(u, pronoun))
                {
                    clauseSubject = a;
                    continue;
                }
                if (clauseSubject is not null && SameParty(a, clauseSubject)) continue;
            }
            // ("The bear knocked Smith to the ground, he said": a subject pronoun does not stand for an object of its own sentence.)
            // ("Albright, echoing the president, said …. \"…,\" she said": nor for an object in the sentence before, when that
            // sentence has a subject of the pronoun's gender before it.)
            if (person && !objectPronoun && w is "he" or "she" && u.First >= s.FirstToken && pronoun >= s.FirstToken && IsVerbObject(u)) continue;
            if (person && !objectPronoun && w is "he" or "she" && _x.SentenceStartOf(pronoun) is var own && u.First < own && own > 0
                && u.First >= _x.SentenceStartOf(own - 1) && IsVerbObject(u) && (PersonBefore(u.First, gender) is not null || SubjectPronounBefore(u.First, gender))) continue;
            // "Yvette Cooper said … Rishi Sunak rejected it. She continued": "she" passes over a person of unknown gender
            // to a woman her name or title marks, named in the pronoun's sentence or the two before.
            if (gender == PersonGender.Female && a.Kind == ActorKind.Person && GenderOf(u) == PersonGender.Unknown && WomanBefore(u.First - 1, pronoun) is { } woman) return woman;
            if (person && depth < PronounChainDepth && ReportingSubjectBefore(u, gender, s, depth) is { } reporter) return reporter;
            return a;
        }
        return null;
    }

    /// <summary>
    /// True when one verb, and no comma, subordinator or clause boundary, stands between <paramref name="u"/> and
    /// <paramref name="pronoun"/>: the unit is the subject of the verb the pronoun is the object of ("Hussein told him";
    /// not "Qanooni refused the advice as his allies urged him").
    /// </summary>
    private bool IsSubjectOfVerbBefore(ArgUnit u, int pronoun)
    {
        int verbs = 0;
        for (int i = u.Last + 1; i < pronoun; i++)
        {
            if (_x.Lower(i) == "," || _x.IsBoundary(i) || _c.ClauseSubordinators.Contains(_x.Lower(i))) return false;
            if (_x.Pos(i) == UniversalPos.VERB) verbs++;
        }
        return verbs == 1;
    }

    /// <summary>Two mentions of one party: the same canonical name, or the same last word ("King Hussein", "Hussein").</summary>
    private static bool SameParty(Actor a, Actor b)
    {
        if (string.Equals(a.Canonical, b.Canonical, StringComparison.OrdinalIgnoreCase)) return true;
        var lastA = a.Text.AsSpan(a.Text.LastIndexOf(' ') + 1);
        var lastB = b.Text.AsSpan(b.Text.LastIndexOf(' ') + 1);
        return lastA.Equals(lastB, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "A senior U.S. official said … He declined to say": a unit headed by a singular person noun (no name of its own,
    /// whatever country it belongs to) that a reporting verb follows, so who spoke, stands for a person.
    /// </summary>
    private bool IsUnnamedPersonSubject(ArgUnit u) =>
        u.Last > u.First && _x.Pos(u.Last) == UniversalPos.NOUN && char.IsLower(_x.Tokens.GetChars(u.Last)[0]) && IsSingularPersonHead(u.Last)
        && IsReportingSubjectEnd(u.Last) && !IsVerbObject(u);

    /// <summary>
    /// A singular noun for one person: a person word of party-heads.txt or meeting-people-nouns.txt, or a word of no
    /// party kind with an agent ending ("driver", "analyst"); not an institution ("his company").
    /// </summary>
    private bool IsSingularPersonHead(int i)
    {
        string w = _x.Lower(i);
        if (w.EndsWith('s')) return false;
        if (_c.PartyHeads.TryGetValue(w, out var kind)) return kind == ActorKind.Person;
        return _c.MeetingPeopleNouns.Contains(w) || LooksLikePersonNoun(i);
    }

    /// <summary>True when a reporting verb ("said", "told") follows token <paramref name="i"/>, so a phrase ending there speaks.</summary>
    private bool IsReportingSubjectEnd(int i) => i + 1 < _x.Tokens.Count && _x.Pos(i + 1) == UniversalPos.VERB && IsReportingVerb(i + 1);

    /// <summary>
    /// An unnamed singular person phrase ("a middle-aged taxi driver") ending at token <paramref name="head"/>, opening
    /// with an article and followed by a reporting verb, in a body sentence and outside quotes, of no gender other than
    /// <paramref name="gender"/>; else null.
    /// </summary>
    private Actor? UnnamedPersonSubjectEndingAt(int head, PersonGender gender)
    {
        if (_x.Pos(head) != UniversalPos.NOUN || !IsSingularPersonHead(head) || InsideQuote(head)) return null;
        var g = Gender(_x.Lower(head));
        if (gender != PersonGender.Unknown && g != PersonGender.Unknown && g != gender) return null;
        int start = _x.SentenceStartOf(head);
        if (!_x.Document.IsBodySentence(_x.SentenceOfToken(head))) return null;
        if (NounPhraseEndingAt(head, start) is not { } np) return null;
        int first = _x.TokenRange(np.Span).First;
        if (!IsReportingSubjectEnd(head)) return IntroducesPerson(first, head, start, gender) ? np with { Kind = ActorKind.Person } : null;
        // "My doctor said it was nothing. She told me to rest": the writer's own possessive names a person "he"/"she" may
        // mean (it never means the writer).
        if (first > start && _x.Lower(first - 1) is "my" or "our" && (first - 1 == start || _x.IsPunct(first - 2)))
            return _x.UnnamedActor(first - 1, head) with { Kind = ActorKind.Person };
        // (An article or count, not a possessive: "his company said" is the company's.)
        if (_x.Lower(first) is not ("a" or "an" or "the" or "one" or "another") || (first > start && !_x.IsPunct(first - 1))) return null;
        return np with { Kind = ActorKind.Person };
    }

    /// <summary>
    /// "I had a long talk with a taxi driver who … He said", "Another senior member (…) was working there and he
    /// confirmed": an indefinite person phrase opening at <paramref name="first"/> brings a new person into the story,
    /// whom a later "he"/"she" goes on with, wherever the phrase stands. The head must be a known word for people or
    /// open a "who" clause, set off or not (an agent ending alone also fits "a poster", "a number"). Not a predicate ("Smith is a
    /// lawyer"), an apposition ("Smith, a lawyer"; "a member (a senior one)"), a person inside what a reporting verb
    /// before it reports ("he said a soldier was hurt"), nor a phrase after a person of the pronoun's gender its
    /// sentence already has as subject ("Akashi came back a frustrated man": he is Akashi).
    /// </summary>
    private bool IntroducesPerson(int first, int head, int start, PersonGender gender)
    {
        if (_x.Lower(first) is not ("a" or "an" or "another")) return false;
        int after = head + 1 < _x.Tokens.Count && _x.Lower(head + 1) == "," ? head + 2 : head + 1;
        if (!(IsPeopleHead(head) || _c.KinNouns.Contains(_x.Lower(head)) || Gender(_x.Lower(head)) != PersonGender.Unknown
              || (after < _x.Tokens.Count && _x.Lower(after) == "who"))) return false;
        if (PersonBefore(first, gender) is not null || SubjectPronounBefore(first, gender)) return false;
        if (first > start)
        {
            int before = first - 1;
            if (_x.Pos(before) == UniversalPos.AUX) return false;
            if (_x.IsPunct(before) && !_x.IsQuote(before) && before > start && (_x.UnitAt(before - 1) is not null || _x.Pos(before - 1) is UniversalPos.NOUN or UniversalPos.PROPN)) return false;
        }
        for (int k = start; k < first; k++)
            if (_x.Pos(k) == UniversalPos.VERB && IsReportingVerb(k)) return false;
        return true;
    }

    /// <summary>A person unit of a fitting gender before token <paramref name="first"/> in its sentence, not itself a verb's or preposition's object; else null.</summary>
    private ArgUnit? PersonBefore(int first, PersonGender gender)
    {
        for (int i = first - 1; i >= _x.SentenceStartOf(first); i--)
        {
            if (_x.UnitAt(i) is not { } v) continue;
            i = v.First;
            if (v.Actors.Count > 0 && v.Actors[0].Kind == ActorKind.Person && !v.IsCommonNoun && !IsOtherGender(v, gender) && !IsVerbObject(v) && !IsPrepositionalObject(v) && !InsideQuote(v.First)) return v;
        }
        return null;
    }

    /// <summary>
    /// "He met Foreign Minister X on Saturday. He is expected to meet Y": a subject pronoun of the gender before token
    /// <paramref name="first"/> in its sentence, which the later pronoun goes on from (found by the chain rule further left).
    /// </summary>
    private bool SubjectPronounBefore(int first, PersonGender gender)
    {
        for (int i = first - 1; i >= _x.SentenceStartOf(first); i--)
            if (IsSubjectPronounOf(i, gender) && !InsideQuote(i)) return true;
        return false;
    }

    /// <summary>True when token <paramref name="i"/> is "he" (male) or "she" (female) before a verb, auxiliary or adverb.</summary>
    private bool IsSubjectPronounOf(int i, PersonGender gender)
    {
        if (gender == PersonGender.Unknown || !_x.LowerIs(i, gender == PersonGender.Female ? "she" : "he")) return false;
        return i + 1 < _x.Tokens.Count && (_x.IsVerb(i + 1) || _x.IsAdverb(i + 1) || _x.Pos(i + 1) == UniversalPos.AUX);
    }

    /// <summary>
    /// When unit <paramref name="u"/> sits in what a reporting verb before it reports, the verb's subject if that is a
    /// person of a fitting gender (a named person, or "he"/"she" resolved in turn); else null.
    /// </summary>
    private Actor? ReportingSubjectBefore(ArgUnit u, PersonGender gender, Sentence s, int depth)
    {
        int si = _x.SentenceOfToken(u.First);
        if (si < 0) return null;
        int first = _x.Document.Sentences[si].FirstToken;
        int verb = -1;
        for (int k = first; k < u.First && verb < 0; k++)
            if (_x.Pos(k) == UniversalPos.VERB && IsReportingVerb(k)) verb = k;
        if (verb < 0) return null;
        int j = StepLeftPast(verb - 1, first, PreVerbWords.Adverbs | PreVerbWords.Auxiliaries);
        if (j < first) return null;
        if (IsSubjectPronounOf(j, gender)) return ResolvePronoun(j, s, depth + 1);
        return _x.UnitAt(j) is { } subject && subject != u && subject.Last == j && subject.Actors.Count > 0 && subject.Actors[0].Kind == ActorKind.Person
            && !IsOtherGender(subject, gender) && !InsideQuote(subject.First) ? subject.Actors[0] : null;
    }

    /// <summary>The nearest person unit before <paramref name="i"/>, in <paramref name="pronoun"/>'s sentence or the two before, whose name or title marks a woman; null when none.</summary>
    private Actor? WomanBefore(int i, int pronoun)
    {
        int bound = _x.SentenceStartOf(pronoun);
        for (int back = 0; back < 2 && bound > 0; back++) bound = _x.SentenceStartOf(bound - 1);
        for (; i >= bound; i--)
        {
            if (_x.UnitAt(i) is not { } u) continue;
            i = u.First;
            if (u.Actors is [{ Kind: ActorKind.Person } a, ..] && !InsideQuote(u.First) && GenderOf(u) == PersonGender.Female) return a;
        }
        return null;
    }

    /// <summary>True when the person's name or title marks the gender other than <paramref name="gender"/>.</summary>
    private bool IsOtherGender(ArgUnit u, PersonGender gender)
    {
        var g = GenderOf(u);
        return gender != PersonGender.Unknown && g != PersonGender.Unknown && g != gender;
    }

    /// <summary>
    /// The gender a person unit's title or first name marks: a title before it ("Mrs."), a gendered noun or first name in
    /// its words or in the fullest name of the same person (the last word of a name, the surname, is not read as a first
    /// name, nor is a name of one word).
    /// </summary>
    private PersonGender GenderOf(ArgUnit u)
    {
        if (u.First > 0 && Gender(_x.Lower(u.First - 1)) is var before && before != PersonGender.Unknown) return before;
        foreach (var name in new[] { u.Actors[0].Text, u.Actors[0].Canonical })
        {
            if (string.IsNullOrEmpty(name)) continue;
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // (A lone name is a surname in news copy, "Lula said": its first-name reading, a woman's name, is no evidence.)
            // (The word nearest the surname first: it is the given name, and a title word before it may look like one,
            // "Shadow Home Secretary Yvette Cooper".)
            int count = u.IsCommonNoun ? words.Length : words.Length - 1;
            for (int k = count - 1; k >= 0; k--)
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
        int si = _x.SentenceOfToken(token);
        if (si < 0) return false;
        bool inside = false;
        for (int i = _x.Document.Sentences[si].FirstToken; i < token; i++)
            if (_x.IsQuote(i)) inside = !inside;
        return inside;
    }
}
