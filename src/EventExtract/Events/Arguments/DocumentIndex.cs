using EventExtract.Places;
using EventExtract.Tagging;
using EventExtract.Text;
using EventExtract.Time;

namespace EventExtract.Events.Arguments;

/// <summary>
/// Per-document lookup tables for the argument rules: lowercase token text, POS, and which actor,
/// place or time expression covers each token. Built once per <see cref="RuleEventFinder.Find"/> call; its per-token
/// arrays are rented from the shared array pools and go back there on <see cref="Dispose"/> (the index is then unusable).
/// </summary>
internal sealed class DocumentIndex : IDisposable
{
    private readonly string?[] _lower;
    private readonly int[] _unitAt;
    private readonly int[] _placeAt;
    private readonly int[] _timexAt;
    private readonly UniversalPos[] _pos;
    // During construction only: per token 0 = not yet asked, 1 = no scan word, 2 = a scan word (both scans ask about every token).
    private byte[]? _scanCache;
    /// <summary>
    /// Units folded into a wider one ("U.S." into "U.S. and Kuwaiti officials", "Somali" into "Somali al-Shabaab"), dropped
    /// before the units are indexed for the last time.
    /// </summary>
    private List<ArgUnit>? _absorbedUnits;

    /// <summary>Last words of multi-word person names (see <see cref="Surnames"/>); null when the document names no such person.</summary>
    private readonly Dictionary<string, Actor?>? _surnames;

    public DocumentIndex(AnalyzedDocument document, CueLexicon cues)
    {
        Document = document;
        Cues = cues;
        Tokens = document.Tokens;
        int n = Tokens.Count;
        _lower = System.Buffers.ArrayPool<string?>.Shared.Rent(n);
        Array.Clear(_lower, 0, n); // filled on first use: most tokens are never looked at in lower case
        _pos = document.PosArray.Length == n ? document.PosArray : Array.Empty<UniversalPos>();
        HasPos = _pos.Length == n && n > 0;
        if (HasPos) _pos = WithPeopleNounsAsNouns(_pos);
        _unitAt = Fill(n);
        _placeAt = Fill(n);
        _timexAt = Fill(n);
        Units = new List<ArgUnit>(2 * document.Actors.Count + 16); // actors, then references, party phrases and names
        _surnames = Surnames();
        foreach (var actor in ByStartLongestFirst(document.Actors))
        {
            var (first, last) = TokenRange(actor.Span);
            if (first > last || _unitAt[first] >= 0 || _unitAt[last] >= 0) continue;
            if (actor.Kind == ActorKind.Other && IsAreaNounAt(last + 1)) continue;
            AddUnit(new ArgUnit(first, last, UnitKind.Actor, AsPerson(actor, first, last, _surnames)));
        }
        for (int p = 0; p < document.Places.Count; p++)
        {
            var (first, last) = TokenRange(document.Places[p].Span);
            for (int i = first; i <= last; i++) if (_placeAt[i] < 0) _placeAt[i] = p;
        }
        for (int t = 0; t < document.Timexes.Count; t++)
        {
            var (first, last) = TokenRange(document.Timexes[t].Span);
            for (int i = first; i <= last; i++) if (_timexAt[i] < 0) _timexAt[i] = t;
        }
        _scanCache = System.Buffers.ArrayPool<byte>.Shared.Rent(n);
        Array.Clear(_scanCache, 0, n);
        FindReferences();
        FindPartyPhrases();
        ExtendCoordinatedNationalities();
        FindCountriesOfPeopleFrom();
        AttachToNamedGroups();
        System.Buffers.ArrayPool<byte>.Shared.Return(_scanCache);
        _scanCache = null;
        if (_absorbedUnits is not null) Units.RemoveAll(_absorbedUnits.Contains);
        Units.Sort((a, b) => a.First.CompareTo(b.First));
        IndexUnits();
        TimexesByStart = ByStart(document.Timexes);
    }

    /// <summary>The actors ordered by start, longer first at one start (stable, as OrderBy/ThenByDescending); no copy when already ordered.</summary>
    private static IReadOnlyList<Actor> ByStartLongestFirst(IReadOnlyList<Actor> actors)
    {
        static int Compare(Actor a, Actor b)
        {
            int c = a.Span.Start.CompareTo(b.Span.Start);
            return c != 0 ? c : b.Span.Length.CompareTo(a.Span.Length);
        }
        bool ordered = true;
        for (int i = 1; i < actors.Count && ordered; i++) ordered = Compare(actors[i - 1], actors[i]) <= 0;
        if (ordered) return actors;
        var copy = new Actor[actors.Count];
        var keys = new int[actors.Count];
        for (int i = 0; i < copy.Length; i++) { copy[i] = actors[i]; keys[i] = i; }
        // Original position breaks ties, which keeps the sort stable.
        Array.Sort(keys, (x, y) => { int c = Compare(actors[x], actors[y]); return c != 0 ? c : x.CompareTo(y); });
        for (int i = 0; i < copy.Length; i++) copy[i] = actors[keys[i]];
        return copy;
    }

    /// <summary>The time expressions ordered by start (stable, as OrderBy).</summary>
    private static Timex[] ByStart(IReadOnlyList<Timex> timexes)
    {
        var copy = new Timex[timexes.Count];
        bool ordered = true;
        for (int i = 0; i < copy.Length; i++)
        {
            copy[i] = timexes[i];
            if (i > 0 && copy[i - 1].Span.Start > copy[i].Span.Start) ordered = false;
        }
        if (ordered) return copy;
        var keys = new int[copy.Length];
        for (int i = 0; i < keys.Length; i++) keys[i] = i;
        Array.Sort(keys, (x, y) => { int c = timexes[x].Span.Start.CompareTo(timexes[y].Span.Start); return c != 0 ? c : x.CompareTo(y); });
        for (int i = 0; i < copy.Length; i++) copy[i] = timexes[keys[i]];
        return copy;
    }

    /// <summary>The document's time expressions ordered by start, for range lookups per sentence.</summary>
    public Timex[] TimexesByStart { get; }

    /// <summary>Index of the first time expression in <see cref="TimexesByStart"/> starting at or after <paramref name="offset"/>.</summary>
    public int FirstTimexFrom(int offset)
    {
        int lo = 0, hi = TimexesByStart.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (TimexesByStart[mid].Span.Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Index of the first unit in <see cref="Units"/> starting at or after token <paramref name="token"/>.</summary>
    public int FirstUnitFrom(int token)
    {
        int lo = 0, hi = Units.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Units[mid].First < token) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    public AnalyzedDocument Document { get; }
    public CueLexicon Cues { get; }
    public TokenTable Tokens { get; }
    public string Text => Document.Text;
    public bool HasPos { get; }

    /// <summary>Actors and references, in text order.</summary>
    public List<ArgUnit> Units { get; }

    public string Lower(int i) => _lower[i] ?? LowerAt(i);

    /// <summary>
    /// <see cref="Lower"/>(<paramref name="i"/>) == <paramref name="lower"/>, compared char by char when the token was
    /// not lowercased yet: the scans that test every token for one word ("the", "he") would otherwise lowercase
    /// nearly all of them into strings.
    /// </summary>
    public bool LowerIs(int i, string lower)
    {
        if (_lower[i] is { } known) return known == lower;
        var chars = Tokens.GetChars(i);
        if (chars.Length != lower.Length) return false;
        for (int k = 0; k < chars.Length; k++)
            if (char.ToLowerInvariant(chars[k]) != lower[k]) return false;
        return true;
    }

    /// <summary>
    /// Lowercases token <paramref name="i"/> and keeps it. Punctuation and the commonest words (about half of news
    /// tokens) reuse one shared string from <see cref="CueLexicon.SharedLowercase"/> instead of allocating one.
    /// </summary>
    private string LowerAt(int i)
    {
        var chars = Tokens.GetChars(i);
        string lower;
#if NET9_0_OR_GREATER
        if (chars.Length <= 16)
        {
            Span<char> folded = stackalloc char[chars.Length];
            chars.ToLowerInvariant(folded);
            lower = Cues.SharedLowercase.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(folded, out var word) ? word : folded.ToString();
        }
        else
        {
            lower = chars.ToString().ToLowerInvariant();
        }
#else
        lower = chars.ToString().ToLowerInvariant();
#endif
        return _lower[i] = lower;
    }

    /// <summary>False when token <paramref name="i"/> is surely none of <see cref="CueLexicon.ScanWords"/> (checked without lowercasing it into a string).</summary>
    private bool MayBeScanWord(int i)
    {
        if (_scanCache is { } cache)
        {
            if (cache[i] != 0) return cache[i] == 2;
            bool may = ComputeMayBeScanWord(i);
            cache[i] = may ? (byte)2 : (byte)1;
            return may;
        }
        return ComputeMayBeScanWord(i);
    }

    private bool ComputeMayBeScanWord(int i)
    {
        if (_lower[i] is { } known) return Cues.ScanWords.Contains(known);
        var chars = Tokens.GetChars(i);
        if (!Cues.MayBeScanWord(chars)) return false; // most tokens: no lowercase string, no set lookup
#if NET9_0_OR_GREATER
        if (chars.Length <= 32)
        {
            Span<char> folded = stackalloc char[chars.Length];
            chars.ToLowerInvariant(folded);
            return Cues.ScanWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded);
        }
#endif
        return Cues.ScanWords.Contains(Lower(i));
    }

    /// <summary>
    /// "killed by [Serb] gunmen": a people noun that is never a verb (noun-only-people.txt) but was tagged one is a noun.
    /// The document's array is shared, so it is copied, and only when there is something to correct.
    /// </summary>
    private UniversalPos[] WithPeopleNounsAsNouns(UniversalPos[] pos)
    {
        UniversalPos[]? fixedPos = null;
        for (int i = 0; i < pos.Length; i++)
        {
            // (Plural people nouns end in -s or -men: the cheap test keeps most verbs from being lowercased here.)
            if (pos[i] != UniversalPos.VERB || Tokens.GetChars(i) is not [_, _, _, _, .., 's' or 'n'] || !Cues.NounOnlyPeople.Contains(Lower(i))) continue;
            fixedPos ??= (UniversalPos[])pos.Clone();
            fixedPos[i] = UniversalPos.NOUN;
        }
        return fixedPos ?? pos;
    }

    public UniversalPos Pos(int i) => HasPos ? _pos[i] : UniversalPos.X;

    public ArgUnit? UnitAt(int i) => _unitAt[i] >= 0 ? Units[_unitAt[i]] : null;

    public int UnitIndexAt(int i) => _unitAt[i];

    public Place? PlaceAt(int i) => _placeAt[i] >= 0 ? Document.Places[_placeAt[i]] : null;

    public Timex? TimexAt(int i) => _timexAt[i] >= 0 ? Document.Timexes[_timexAt[i]] : null;

    public bool IsPunct(int i) => Tokens.GetKind(i) is TokenKind.Punctuation or TokenKind.Dash or TokenKind.Bracket;

    public bool IsQuote(int i) => Tokens.GetKind(i) == TokenKind.Quote;

    public bool IsNumber(int i) => Tokens.GetKind(i) == TokenKind.Number;

    /// <summary>True for verbs and auxiliaries (by tag; by a crude word test when untagged).</summary>
    public bool IsVerb(int i)
    {
        if (HasPos) return _pos[i] is UniversalPos.VERB or UniversalPos.AUX;
        // Untagged text: auxiliaries, listed irregular forms, and lowercase "-ed"/"-ing" words that are not listed nouns.
        string w = Lower(i);
        if (s_auxiliaries.Contains(w) || Cues.UntaggedVerbs.Contains(w)) return true;
        if (Cues.UntaggedNouns.Contains(w) || !char.IsLower(Tokens.GetChars(i)[0]) || w.Contains('-')) return false;
        return w.Length > 4 && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal));
    }

    /// <summary>True when a verb or auxiliary lies in tokens [<paramref name="first"/>, <paramref name="end"/>).</summary>
    public bool HasVerbIn(int first, int end)
    {
        for (int i = first; i < end; i++)
            if (IsVerb(i)) return true;
        return false;
    }

    public bool IsNounLike(int i)
    {
        if (HasPos) return _pos[i] is UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.ADJ or UniversalPos.NUM;
        return Tokens.GetKind(i) is TokenKind.Word or TokenKind.Abbreviation or TokenKind.Number
            && !Cues.Prepositions.Contains(Lower(i)) && !s_auxiliaries.Contains(Lower(i)) && !Cues.ClauseBoundaries.Contains(Lower(i));
    }

    // ("a bill that critics say": "that" read as a pronoun opens a relative clause and determines nothing.)
    public bool IsDeterminer(int i) =>
        HasPos ? _pos[i] == UniversalPos.DET || _pos[i] == UniversalPos.PRON && s_determiners.Contains(Lower(i)) && Lower(i) != "that" || IsArticleTaggedAsName(i)
               : s_determiners.Contains(Lower(i));

    /// <summary>
    /// "BRUSSELS, Sept 13 - A planned meeting": an article the tagger took for a proper noun (after a dateline, in a
    /// headline) is still an article when a lowercase word follows it.
    /// </summary>
    private bool IsArticleTaggedAsName(int i) =>
        _pos[i] == UniversalPos.PROPN && Lower(i) is "a" or "an" or "the" && i + 1 < Tokens.Count && Tokens.GetChars(i + 1) is [var c, ..] && char.IsLower(c);

    // (A word inside a name is no adverb, whatever its tag: "Quispe later warned" with "Quispe" tagged ADV.)
    public bool IsAdverb(int i) => (HasPos ? _pos[i] == UniversalPos.ADV : s_adverbs.Contains(Lower(i))) && _unitAt[i] < 0;

    public bool IsPreposition(int i) => Cues.Prepositions.Contains(Lower(i)) && (!HasPos || _pos[i] is UniversalPos.ADP or UniversalPos.SCONJ or UniversalPos.VERB || Lower(i) == "of");

    /// <summary>True when token <paramref name="i"/> opens a new clause (see clause-boundaries.txt).</summary>
    public bool IsBoundary(int i)
    {
        var kind = Tokens.GetKind(i);
        if (kind == TokenKind.Dash) return true;
        string w = Lower(i);
        if (!Cues.ClauseBoundaries.Contains(w)) return false;
        switch (w)
        {
            case "that":
                return !HasPos || _pos[i] is UniversalPos.SCONJ or UniversalPos.PRON;
            case "as":
                return HasPos && _pos[i] == UniversalPos.SCONJ;
            case "since" or "after" or "before" or "until":
                // ("after a car struck a worker": the tagger often reads the subordinator as a preposition when a clause follows.)
                return HasPos && (_pos[i] == UniversalPos.SCONJ || (_pos[i] == UniversalPos.ADP && OpensClause(i + 1)));
            default:
                return true;
        }
    }

    /// <summary>
    /// True when a short subject phrase (determiners, modifiers, nouns, pronouns) starting at <paramref name="i"/> is followed by a
    /// verb or auxiliary: a clause ("a car struck", "the talks ended"), not a prepositional object ("the talks in Moscow").
    /// </summary>
    private bool OpensClause(int i)
    {
        bool subject = false;
        for (int k = i; k < Tokens.Count && k < i + 6; k++)
        {
            switch (_pos[k])
            {
                case UniversalPos.DET or UniversalPos.ADJ or UniversalPos.NUM:
                    continue;
                case UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.PRON:
                    subject = true;
                    continue;
                case UniversalPos.VERB or UniversalPos.AUX:
                    return subject;
                default:
                    return false;
            }
        }
        return false;
    }

    /// <summary>
    /// The first token of the first of <paramref name="phrases"/> (in list order) that ends at token <paramref name="last"/>
    /// and starts at or after <paramref name="floor"/>; -1 when none does.
    /// </summary>
    public int PhraseEndingAt(List<string[]> phrases, int last, int floor)
    {
        foreach (var phrase in phrases)
        {
            int start = last - phrase.Length + 1;
            if (start >= floor && MatchAt(start, phrase, last + 1) == last + 1) return start;
        }
        return -1;
    }

    /// <summary>Matches <paramref name="words"/> starting at <paramref name="i"/>, skipping adverbs between words; returns the index past the match or -1.</summary>
    public int MatchAt(int i, string[] words, int end)
    {
        int k = i;
        for (int w = 0; w < words.Length; w++)
        {
            if (w > 0)
            {
                int skipped = 0;
                while (k < end && skipped < 2 && !LowerIs(k, words[w]) && IsAdverb(k)) { k++; skipped++; }
            }
            if (k >= end || !LowerIs(k, words[w])) return -1;
            k++;
        }
        return k;
    }

    /// <summary>The inclusive token range covering <paramref name="span"/>; first &gt; last when none.</summary>
    public (int First, int Last) TokenRange(TextSpan span)
    {
        int first = Tokens.FindFirstEndingAfter(span.Start);
        int last = first - 1;
        for (int i = first; i < Tokens.Count && Tokens.GetSpan(i).Start < span.End; i++) last = i;
        return (first, last);
    }

    public string SpanText(int first, int last) =>
        Text.Substring(Tokens.GetSpan(first).Start, Tokens.GetSpan(last).End - Tokens.GetSpan(first).Start);

    public TextSpan Span(int first, int last) => new(Tokens.GetSpan(first).Start, Tokens.GetSpan(last).End);

    /// <summary>Index of the sentence holding token <paramref name="token"/>, or -1 when it is in none.</summary>
    public int SentenceOfToken(int token) => Document.SentenceAt(Tokens.GetSpan(token).Start);

    /// <summary>The first token of the sentence holding token <paramref name="token"/> (0 when it is in none).</summary>
    public int SentenceStartOf(int token)
    {
        int si = SentenceOfToken(token);
        return si < 0 ? 0 : Document.Sentences[si].FirstToken;
    }

    /// <summary>True when a lowercase noun looks plural: it ends in "s" but not "ss" ("attacks", not "press").</summary>
    public static bool LooksPlural(string lower) => lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal);

    /// <summary>
    /// An unnamed party or thing spelled by tokens <paramref name="first"/>..<paramref name="last"/> ("the spokesman",
    /// "witnesses", "a police station"): kind Other, the phrase as its own canonical name, confidence 0.5.
    /// </summary>
    public Actor UnnamedActor(int first, int last, string? countryCode = null)
    {
        var span = Span(first, last);
        string text = span.GetText(Text);
        return new Actor(text, span, ActorKind.Other, countryCode, text, 0.5f);
    }

    /// <summary>Points every token at the unit that covers it (-1 for none), after units were removed or reordered.</summary>
    private void IndexUnits()
    {
        _unitAt.AsSpan(0, Tokens.Count).Fill(-1);
        for (int u = 0; u < Units.Count; u++)
            for (int i = Units[u].First; i <= Units[u].Last; i++) _unitAt[i] = u;
    }

    /// <summary>The token after <paramref name="i"/> when <paramref name="i"/> is an adverb ("also", "last" read as one) before <paramref name="end"/>; else <paramref name="i"/>.</summary>
    private int PastAdverb(int i, int end) =>
        i + 1 < end && (Pos(i) == UniversalPos.ADV || LowerIs(i, "last") || LowerIs(i, "first")) ? i + 1 : i;

    private bool IsVerbAt(int i) => Pos(i) is UniversalPos.VERB or UniversalPos.AUX;

    private void AddUnit(ArgUnit unit)
    {
        Units.Add(unit);
        for (int i = unit.First; i <= unit.Last; i++) _unitAt[i] = Units.Count - 1;
    }

    /// <summary>Marks "the four countries", "participants", "the latter" and the like in body sentences.</summary>
    private void FindReferences()
    {
        for (int s = 0; s < Document.Sentences.Count; s++)
        {
            if (!Document.IsBodySentence(s)) continue;
            var sentence = Document.Sentences[s];
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                // "when the two meet", "The three will discuss trade": "the" and a count with no noun, as a verb's subject.
                // ("The two last met in March", "the two also agreed": an adverb may stand before the verb.)
                if (_unitAt[i] < 0 && i > sentence.FirstToken && i + 1 < sentence.EndToken && LowerIs(i - 1, "the") && _unitAt[i - 1] < 0
                    && TryNumber(i, out int alone) && alone is >= 2 and <= 9 && IsVerbAt(PastAdverb(i + 1, sentence.EndToken)))
                {
                    AddUnit(new ArgUnit(i - 1, i, UnitKind.PartyReference, null, alone));
                    continue;
                }
                if (_unitAt[i] >= 0 || !MayBeScanWord(i)) continue;
                string w = Lower(i);
                if (Cues.LatterWords.Contains(w) || Cues.FormerWords.Contains(w))
                {
                    if (i > sentence.FirstToken && Lower(i - 1) == "the")
                        AddUnit(new ArgUnit(i - 1, i, Cues.LatterWords.Contains(w) ? UnitKind.Latter : UnitKind.Former, null));
                    continue;
                }
                bool country = Cues.CountryNouns.Contains(w);
                bool party = Cues.PartyNouns.Contains(w);
                if (!country && !party) continue;
                // "the delegates from the four countries": the countries are the unit, not the delegates.
                if (i + 1 < sentence.EndToken && (Lower(i + 1) is "from" or "of")) continue;
                int first = i;
                int count = 0;
                if (first > sentence.FirstToken && TryNumber(first - 1, out int c)) { count = c; first--; }
                if (first > sentence.FirstToken && s_referenceDeterminers.Contains(Lower(first - 1)))
                {
                    first--;
                    if (Lower(first) == "both") count = 2;
                }
                // A bare count is indefinite, a new group ("Two men said", "three countries signed"); only a
                // determiner ("the two men", "both countries", "these delegates") points back to parties named before.
                bool hasDeterminer = first < i && !(count > 0 && first == i - 1 && Lower(first) != "both");
                if (country && !hasDeterminer) continue; // "countries" alone is generic
                if (party && !hasDeterminer && w is not ("participants" or "delegates")) continue;
                if (_unitAt[first] >= 0) continue;
                AddUnit(new ArgUnit(first, i, country ? UnitKind.CountryReference : UnitKind.PartyReference, null, count));
            }
        }
    }

    /// <summary>
    /// Marks unnamed parties ("gunmen", "Serb police", "the militants", "a suicide bomber", "the newspaper") in body
    /// sentences: a noun from party-heads.txt with no actor on it, with the adjectives, nouns and determiner before it,
    /// becomes a unit standing for an actor named by its own words. "officials of Russia" is left to the actor rules.
    /// </summary>
    private void FindPartyPhrases()
    {
        HashSet<ArgUnit>? absorbed = null;
        for (int s = 0; s < Document.Sentences.Count; s++)
        {
            if (!Document.IsBodySentence(s)) continue;
            var sentence = Document.Sentences[s];
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (_unitAt[i] >= 0 || !MayBeScanWord(i) || !Cues.PartyHeads.TryGetValue(Lower(i), out var kind)) continue;
                // ("when gunmen ambushed": a party noun the tagger read as a verb right before the verb it is the subject of.)
                if (HasPos && _pos[i] is not (UniversalPos.NOUN or UniversalPos.PROPN) && !IsNounAfterDeterminer(i, sentence.FirstToken)
                    && !(_pos[i] == UniversalPos.VERB && i + 1 < sentence.EndToken && _pos[i + 1] is UniversalPos.VERB or UniversalPos.AUX)) continue;
                if (_timexAt[i] >= 0 || _placeAt[i] >= 0) continue;
                // A modifier of a following noun ("police station", "army base") is no party.
                if (i + 1 < sentence.EndToken && (HasPos ? _pos[i + 1] == UniversalPos.NOUN : IsNounLike(i + 1)) && _unitAt[i + 1] < 0) continue;
                if (i + 1 < sentence.EndToken && Lower(i + 1) is "of" or "from" && NextUnitWithin(i + 2, sentence.EndToken, 3)) continue;
                // "prime minister Tony Blair": a title right before a name is part of the name's mention.
                if (kind == ActorKind.Person && i + 1 < sentence.EndToken && (_unitAt[i + 1] >= 0 || (HasPos && _pos[i + 1] == UniversalPos.PROPN))) continue;
                // ("Secretary-General Kofi Annan": so is a capitalized title hyphened to the rest of the title.)
                if (kind == ActorKind.Person && char.IsUpper(Tokens.GetChars(i)[0]) && i + 2 < sentence.EndToken
                    && NameParticleJoiner.IsJoiningHyphen(Tokens, i + 1) && char.IsUpper(Tokens.GetChars(i + 2)[0])) continue;
                // "the government's record": a possessor modifies the phrase that names the party.
                if (i + 1 < sentence.EndToken && Lower(i + 1) is "'s" or "’s" or "'") continue;
                int first = i;
                while (first - 1 >= sentence.FirstToken && i - (first - 1) < 5)
                {
                    int k = first - 1;
                    if (_unitAt[k] >= 0 || _timexAt[k] >= 0 || _placeAt[k] >= 0) break;
                    if (IsDeterminer(k))
                    {
                        // ("said that rebels had bombed": "that"/"this" before a plural head opens a clause, not the phrase.)
                        if (!(Lower(k) is "that" or "this" && LooksPlural(Lower(i)))) first = k;
                        break;
                    }
                    bool modifier = HasPos
                        ? _pos[k] is UniversalPos.ADJ or UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.NUM
                        : IsNounLike(k) && !IsVerb(k);
                    // ("blamed a banned militant group": a participle right after an article modifies the phrase, though the
                    // tagger reads it as a verb.)
                    if (!modifier && HasPos && _pos[k] == UniversalPos.VERB && Lower(k).EndsWith("ed", StringComparison.Ordinal)
                        && k - 1 >= sentence.FirstToken && Lower(k - 1) is "a" or "an" or "the" && _unitAt[k - 1] < 0) modifier = true;
                    if (!modifier || Tokens.GetKind(k) is not (TokenKind.Word or TokenKind.Abbreviation or TokenKind.Number)) break;
                    // ("gunmen shot dead two policemen", "shot" read as a noun: a count opens its phrase, after a determiner,
                    // a count qualifier or a count opener only: "at least 14", "an estimated 30".)
                    if (HasPos && _pos[first] == UniversalPos.NUM && _pos[k] != UniversalPos.NUM
                        && !Cues.CountOpeners.Contains(Lower(k)) && !Cues.CountQualifiers.Contains(Lower(k))) break;
                    first = k;
                }
                // "No group has claimed responsibility": a phrase under "no" names no party.
                if (Lower(first) == "no") continue;
                // ("at least 14 soldiers": the tagger's "at" is a preposition, but "at least" is one count qualifier.)
                if (first - 1 >= sentence.FirstToken && Lower(first) is "least" or "most" && Lower(first - 1) == "at" && _unitAt[first - 1] < 0) first--;
                // "Ebrahim, whose company has been sending travelers …, said": what a relative clause's "whose" owns
                // belongs to the one named before it, not a party of its own.
                if (first - 1 >= sentence.FirstToken && Lower(first - 1) == "whose") continue;
                // "Hezbollah fighters", "U.S. forces": a name right before makes the phrase a named party of its country.
                ArgUnit? owner = first - 1 >= sentence.FirstToken && _unitAt[first - 1] >= 0 ? Units[_unitAt[first - 1]] : null;
                // (Not across a determiner: "told reporters the attackers had ..." are two phrases.)
                if (owner is { IsReference: false, IsCommonNoun: false, Actors.Count: 1 } && owner.Last == first - 1 && !IsDeterminer(first) && !(absorbed?.Contains(owner) ?? false))
                {
                    (absorbed ??= new HashSet<ArgUnit>()).Add(owner);
                    first = owner.First;
                }
                else owner = null;
                // "Saudi-led forces", "US-backed fighters": a sponsor named before a hyphenated participle belongs to the
                // phrase (else the party is the bare "forces"), but the party is not the sponsor's own, so takes no country.
                if (owner is null && first - 3 >= sentence.FirstToken && Cues.SponsorParticiples.Contains(Lower(first - 1)) && Lower(first - 2) == "-")
                {
                    if (_unitAt[first - 3] >= 0 && Units[_unitAt[first - 3]] is { IsReference: false } sponsor && sponsor.Last == first - 3
                        && !(absorbed?.Contains(sponsor) ?? false))
                    {
                        (absorbed ??= new HashSet<ArgUnit>()).Add(sponsor);
                        first = sponsor.First;
                    }
                    // ("Iranian-funded militias": a nationality the resolver left unnamed.)
                    else if (_unitAt[first - 3] < 0 && _placeAt[first - 3] < 0 && _timexAt[first - 3] < 0 && IsCapitalizedModifier(first - 3))
                        first -= 3;
                }
                var span = Span(first, i);
                string text = span.GetText(Text);
                var actor = new Actor(text, span, kind, owner?.Actors[0].CountryCode, text, owner is null ? 0.6f : 0.8f);
                AddUnit(new ArgUnit(first, i, UnitKind.Actor, actor, common: owner is null));
            }
        }
        // (Removing units shifts the indices of those after them: the token map is rebuilt so later passes read it right.)
        if (absorbed is { Count: > 0 })
        {
            Units.RemoveAll(absorbed.Contains);
            IndexUnits();
        }
        FindUnrecognizedNames();
    }

    /// <summary>
    /// "Greek and Turkish diplomats", "American, British and French officials": when a party phrase opens with a
    /// capitalized modifier, the capitalized adjectives coordinated before it share its head, so the unit is widened
    /// to name them all (else the first nationality is lost and the phrase reads as one side only).
    /// </summary>
    private void ExtendCoordinatedNationalities()
    {
        if (!HasPos) return;
        for (int u = 0; u < Units.Count; u++)
        {
            var unit = Units[u];
            if (unit.IsReference || unit.Actors.Count != 1 || unit.Last == unit.First || !IsCapitalizedModifier(unit.First)
                || !Cues.PartyHeads.ContainsKey(Lower(unit.Last))) continue;
            int first = unit.First;
            int absorbed = -1;
            for (int n = 0; n < 3; n++)
            {
                int k = first - 1;
                if (k - 1 < 0 || Lower(k) is not ("and" or ",") || SentenceOfToken(k - 1) != SentenceOfToken(unit.First)) break;
                // "U.S. and Kuwaiti officials": a country abbreviation used as a modifier shares the head too; its own
                // country unit is absorbed into the widened phrase (removed below), and the list stops there.
                if (_unitAt[k - 1] >= 0 && _unitAt[k - 1] != u && Units[_unitAt[k - 1]] is { First: var f, Last: var l, Actors: [{ Kind: ActorKind.Country }] }
                    && f == k - 1 && l == k - 1 && IsAbbreviationWord(k - 1))
                {
                    absorbed = _unitAt[k - 1];
                    first = k - 1;
                    break;
                }
                if (!IsCapitalizedModifier(k - 1) || _unitAt[k - 1] >= 0 || _placeAt[k - 1] >= 0 || _timexAt[k - 1] >= 0) break;
                first = k - 1;
            }
            if (first == unit.First) continue;
            if (absorbed >= 0) (_absorbedUnits ??= new()).Add(Units[absorbed]);
            var old = unit.Actors[0];
            var span = Span(first, unit.Last);
            string text = span.GetText(Text);
            var widened = new ArgUnit(first, unit.Last, UnitKind.Actor, old with { Text = text, Span = span, Canonical = text, CountryCode = null }, common: unit.IsCommonNoun);
            Units[u] = widened;
            for (int i = first; i <= unit.Last; i++) _unitAt[i] = u;
        }
        // (No token points at an absorbed unit any more; the units are re-indexed after the last pass.)
    }

    /// <summary>
    /// Words the recognizer left beside a named group that belong to it: a nationality right before it ("the Somali
    /// al-Shabaab", "the Pakistani Taliban": that country's group) and a party noun tied to it by an allegiance phrase
    /// ("Militants loyal to the Islamic State group": the group's fighters). The group's unit is widened over them and
    /// the other words' unit absorbed.
    /// </summary>
    private void AttachToNamedGroups()
    {
        if (!HasPos) return;
        for (int u = 0; u < Units.Count; u++)
        {
            var group = Units[u];
            if (group.IsReference || group.IsCommonNoun || group.Actors is not [{ Kind: ActorKind.Group or ActorKind.Organization } named]) continue;
            if (_absorbedUnits?.Contains(group) ?? false) continue;
            int before = group.First - 1;
            // "the Somali al-Shabaab": a one-word nationality unit right before the name.
            if (before >= 0 && _unitAt[before] is int d && d >= 0 && d != u && Units[d] is { First: var df, Last: var dl, Actors: [{ Kind: ActorKind.Other or ActorKind.Country } nationality] }
                && df == before && dl == before && IsCapitalizedModifier(before) && Places.Gazetteer.Default.Find(nationality.Text) is { Sense: Places.NameSense.Demonym }
                && SentenceOfToken(before) == SentenceOfToken(group.First))
            {
                Widen(u, d, before, group.Last, named with { CountryCode = named.CountryCode ?? nationality.CountryCode });
                continue;
            }
            // "al-Qaeda in Iraq claimed responsibility": the branch's place belongs to the name, else the verb after the
            // place sees a place, not the group, right before it.
            if (named.Kind == ActorKind.Group && TryWidenOverBranchPlace(u, named)) continue;
            // "Militants loyal to the Islamic State group": a party noun, an allegiance phrase and an optional "the".
            int k = before >= 0 && Lower(before) == "the" ? before - 1 : before;
            foreach (var phrase in Cues.AllegiancePhrases)
            {
                int start = k - phrase.Length + 1;
                if (start < 1 || MatchAt(start, phrase, k + 1) != k + 1) continue;
                int head = start - 1;
                if (_unitAt[head] is int p && p >= 0 && p != u && Units[p] is { IsReference: false, Actors.Count: 1 } party && party.Last == head
                    && _pos[head] == UniversalPos.NOUN && Cues.PartyHeads.ContainsKey(Lower(head)) && SentenceOfToken(head) == SentenceOfToken(group.First))
                    Widen(u, p, party.First, group.Last, named with { Kind = ActorKind.Group });
                break;
            }
        }
    }

    /// <summary>
    /// "al-Qaeda in Iraq", "Islamic State in the Sahel": a branch preposition (group-branch-prepositions.txt), an optional
    /// "the" and a place right after a named group widen the group over them; a unit the place had is absorbed.
    /// </summary>
    private bool TryWidenOverBranchPlace(int u, Actor named)
    {
        var group = Units[u];
        int prep = group.Last + 1;
        if (prep + 1 >= Tokens.Count || !Cues.GroupBranchPrepositions.Contains(Lower(prep))) return false;
        // ("met EU foreign ministers in Lisbon", "Hamas militants in Gaza": people of a named body, headed by a party noun,
        // are where they are; only the body's own name takes a branch's place.)
        if (Cues.GroupNouns.Contains(Lower(group.Last)) && char.IsLower(Tokens.GetChars(group.Last)[0])) return false;
        int start = Lower(prep + 1) == "the" ? prep + 2 : prep + 1;
        if (start >= Tokens.Count || _placeAt[start] is not (>= 0 and var place)) return false;
        // ("talks between Israel and Hamas in Doha": a city is where the group's people are; branches are named after
        // countries and regions.)
        if (Document.Places[place] is { IsCountry: false, GeoNamesId: not null }) return false;
        int last = start;
        while (last + 1 < Tokens.Count && _placeAt[last + 1] == place) last++;
        if (SentenceOfToken(last) != SentenceOfToken(group.First)) return false;
        int absorb = -1;
        for (int i = prep; i <= last; i++)
        {
            if (_unitAt[i] is not (>= 0 and var other) || other == u) continue;
            // (Another party inside the phrase, or one running past the place, is not the branch's name.)
            if (absorb >= 0 && absorb != other || Units[other].First < start || Units[other].Last > last) return false;
            absorb = other;
        }
        Widen(u, absorb, group.First, last, named);
        return true;
    }

    /// <summary>Makes unit <paramref name="keep"/> span [<paramref name="first"/>, <paramref name="last"/>] as <paramref name="actor"/> and absorbs unit <paramref name="absorb"/> (none when -1).</summary>
    private void Widen(int keep, int absorb, int first, int last, Actor actor)
    {
        var span = Span(first, last);
        if (actor.Span != span) actor = actor with { Text = span.GetText(Text), Span = span };
        Units[keep] = new ArgUnit(first, last, UnitKind.Actor, actor, common: false);
        if (absorb >= 0) (_absorbedUnits ??= new()).Add(Units[absorb]);
        for (int i = first; i <= last; i++) _unitAt[i] = keep;
    }

    /// <summary>"U.S.", "UK", "UAE": a word with a dot or of two to four capitals only, the way a country name is abbreviated.</summary>
    private bool IsAbbreviationWord(int i)
    {
        var w = Tokens.GetChars(i);
        if (w.Length < 2) return false;
        if (w.Length <= 4 && w.IndexOfAnyExceptInRange('A', 'Z') < 0) return true;
        return w.Contains('.') && char.IsUpper(w[0]);
    }

    /// <summary>
    /// "Officials from Peru and Chile began talks", "Negotiators from Israel and Hamas met": a country right after "from"
    /// that follows a word for people (group-nouns.txt) says whom they act for, as the party coordinated after it does,
    /// so it is a country party like that one and not a place they came from.
    /// </summary>
    private void FindCountriesOfPeopleFrom()
    {
        if (!HasPos) return;
        foreach (var place in Document.Places)
        {
            if (!place.IsCountry || place.CountryCode is null) continue;
            var (first, last) = TokenRange(place.Span);
            if (first < 2 || first > last || Lower(first - 1) != "from" || !Cues.GroupNouns.Contains(Lower(first - 2))) continue;
            bool free = true;
            for (int k = first; k <= last && free; k++) free = _unitAt[k] < 0;
            if (!free || !Document.IsBodySentence(Document.SentenceAt(place.Span.Start))) continue;
            // Only in a list with another country party ("from Peru and Chile") or a named group or organization ("from
            // Israel and Hamas"): "officials from Peru said" stays as it was.
            if (last + 2 >= Tokens.Count || Lower(last + 1) is not ("and" or ",") || _unitAt[last + 2] < 0) continue;
            var partner = Units[_unitAt[last + 2]];
            if (!(partner.Actors is [{ Kind: ActorKind.Country }] || (!partner.IsCommonNoun && !partner.IsReference && partner.Actors is [{ Kind: ActorKind.Group or ActorKind.Organization }]))) continue;
            AddUnit(new ArgUnit(first, last, UnitKind.Actor, new Actor(place.Text, place.Span, ActorKind.Country, place.CountryCode, place.Name, 0.6f)));
        }
    }

    /// <summary>A capitalized adjective or proper-noun word ("Greek", "Turkish") that may modify a party noun.</summary>
    private bool IsCapitalizedModifier(int i) =>
        HasPos && _pos[i] is UniversalPos.ADJ or UniversalPos.PROPN && Tokens.GetKind(i) == TokenKind.Word && char.IsUpper(Tokens.GetChars(i)[0]);

    /// <summary>
    /// "his top aides", "the ministers": a party word the tagger took for a verb (or an adjective) is still a noun when a determiner or
    /// possessive opens its phrase (at most two adjectives or nouns between) and no determiner follows it as an object would.
    /// </summary>
    private bool IsNounAfterDeterminer(int i, int sentenceFirst)
    {
        // "One official, who …, said", "Another official said": a party word tagged as an adjective that modifies
        // nothing after it, right after a determiner or a number, is the noun of its phrase.
        if (_pos[i] == UniversalPos.ADJ)
            return i > sentenceFirst && (IsDeterminer(i - 1) || _pos[i - 1] == UniversalPos.NUM)
                && (i + 1 >= Tokens.Count || _pos[i + 1] is not (UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.ADJ or UniversalPos.NUM));
        if (_pos[i] != UniversalPos.VERB || (i + 1 < Tokens.Count && IsDeterminer(i + 1))) return false;
        for (int k = i - 1, n = 0; k >= sentenceFirst && n < 3; k--, n++)
        {
            if (IsDeterminer(k)) return true;
            if (_pos[k] is not (UniversalPos.ADJ or UniversalPos.NOUN)) return false;
        }
        return false;
    }

    /// <summary>
    /// Proper-noun runs the recognizer and gazetteer left unclaimed ("Annan wrapped up", "Scharping said"): with no
    /// actor, place or time expression on them they still name a party, of unknown kind.
    /// </summary>
    private void FindUnrecognizedNames()
    {
        FindSurnames();
        if (!HasPos) return;
        FindUnknownPlacesActingAsParties();
        for (int s = 0; s < Document.Sentences.Count; s++)
        {
            if (!Document.IsBodySentence(s)) continue;
            var sentence = Document.Sentences[s];
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (!IsFreeName(i)) continue;
                int last = i;
                while (last + 1 < sentence.EndToken && IsFreeName(last + 1)) last++;
                // ("President Moon Jae-in": a Korean given name ends in a hyphened lower-case syllable.)
                last = NameParticleJoiner.PastHyphenedSyllable(Tokens, i, last + 1, sentence.EndToken) - 1;
                // "met Attorney-General Janet Reno", "Director-General Mohamed ElBaradei": a hyphened title right before a
                // person's name is one title unit, which the argument rules then pass over to the name.
                if (HyphenedTitleEnd(last, sentence.EndToken) is int titleLast) last = titleLast;
                // "Dr. Barnett Slepian", "Gen. Smith": a title abbreviation right before a person's name is part of that mention.
                if (last == i && Tokens.GetKind(i) == TokenKind.Abbreviation && last + 1 < sentence.EndToken
                    && _unitAt[last + 1] >= 0 && Units[_unitAt[last + 1]] is { IsCommonNoun: false, Actors: [{ Kind: ActorKind.Person }, ..] }) continue;
                // A lone capitalized word opening the sentence may be any word the tagger took for a name.
                // "in Garvaghy Road", "into Portadown's Catholic quarter": after a locative word it is a place.
                int before = i - 1;
                while (before >= sentence.FirstToken && (IsDeterminer(before) || _pos[before] == UniversalPos.ADJ || _placeAt[before] >= 0 || Lower(before) is "'s" or "’s")) before--;
                bool locative = before >= sentence.FirstToken && Lower(before) is "in" or "at" or "near" or "into" or "inside" or "outside" or "across";
                // "Thousands of protesters", "Dozens were hurt": a capitalized count word names no party.
                bool count = last == i && Cues.NumberWords.ContainsKey(Lower(i));
                // "A Kalibr missile hit the port": a name before a weapon noun is the weapon's model, no party.
                bool weapon = NonNameFilter.WeaponNounFollows(Tokens, last + 1);
                if (!locative && !count && !weapon && !IsAreaNounAt(last + 1) && !(i == sentence.FirstToken && last == i && Cues.SharedLowercase.ContainsKey(Lower(i))))
                {
                    AddUnit(new ArgUnit(i, last, UnitKind.Actor, UnnamedActor(i, last)));
                }
                i = last;
            }
        }
    }

    /// <summary>
    /// The last token of a capitalized word joined by a hyphen to the name run ending at <paramref name="last"/>
    /// ("Attorney" + "-General"), when a person's name follows right after it; null otherwise.
    /// </summary>
    private int? HyphenedTitleEnd(int last, int end)
    {
        int next = last + 2;
        if (next + 1 >= end || !NameParticleJoiner.IsJoiningHyphen(Tokens, last + 1) || !IsFreeName(next)) return null;
        return _unitAt[next + 1] >= 0 && Units[_unitAt[next + 1]] is { IsCommonNoun: false, IsReference: false, Actors: [{ Kind: ActorKind.Person }, ..] } person
            && person.First == next + 1 ? next : null;
    }

    /// <summary>
    /// "in Nigeria's Zamfara state", "Helmand province": a lowercase area noun (admin-area-nouns.txt) at <paramref name="i"/>,
    /// so a name of no known kind right before it names the area (read by the place rules), not a party.
    /// </summary>
    private bool IsAreaNounAt(int i) =>
        i < Tokens.Count && Tokens.GetKind(i) == TokenKind.Word && char.IsLower(Tokens.GetChars(i)[0]) && Cues.AdminAreaNouns.Contains(Lower(i));

    /// <summary>
    /// "Rudolf Scharping said ... Scharping, ending a visit, said": a person named in full is later called by the last
    /// word of the name alone, which the recognizer often misses (at a sentence start above all). A capitalized word
    /// equal to the last word of exactly one person's multi-word name, with no name word beside it, is that person;
    /// a place of that spelling is the person too unless a locative word comes before it ("Paris claims" in an
    /// article about Valeska Paris, but not "in Paris").
    /// </summary>
    private void FindSurnames()
    {
        var surnames = _surnames;
        if (surnames is null) return;
        for (int s = 0; s < Document.Sentences.Count; s++)
        {
            if (!Document.IsBodySentence(s)) continue;
            var sentence = Document.Sentences[s];
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (_unitAt[i] >= 0 || _timexAt[i] >= 0 || Tokens.GetKind(i) != TokenKind.Word) continue;
                var chars = Tokens.GetChars(i);
                if (chars.Length < 2 || !char.IsUpper(chars[0])) continue;
                if ((i > sentence.FirstToken && IsNameWord(i - 1)) || (i + 1 < sentence.EndToken && IsNameWord(i + 1))) continue;
#if NET9_0_OR_GREATER
                // Looked up by span: no string per capitalized word.
                if (!surnames.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(chars, out var person) || person is null) continue;
#else
                if (!surnames.TryGetValue(chars.ToString(), out var person) || person is null) continue;
#endif
                if (_placeAt[i] >= 0 && AfterLocativeWord(i, sentence.FirstToken)) continue;
                var span = Tokens.GetSpan(i);
                AddUnit(new ArgUnit(i, i, UnitKind.Actor, new Actor(span.GetText(Text), span, ActorKind.Person, person.CountryCode, person.Canonical, 0.6f)));
            }
        }
    }

    /// <summary>"Paris claims" in an article about Valeska Paris: a one-word non-person actor spelled as a person's surname is that person.</summary>
    private Actor AsPerson(Actor actor, int first, int last, Dictionary<string, Actor?>? surnames)
    {
        if (surnames is null || first != last || actor.Kind == ActorKind.Person) return actor;
        if (!surnames.TryGetValue(actor.Text, out var person) || person is null) return actor;
        int s = Document.SentenceAt(actor.Span.Start);
        if (s < 0 || AfterLocativeWord(first, Document.Sentences[s].FirstToken)) return actor;
        return new Actor(actor.Text, actor.Span, ActorKind.Person, person.CountryCode, person.Canonical, 0.6f);
    }

    /// <summary>True when a preposition or possessive (past determiners) comes right before token <paramref name="i"/>: "in Paris", "Paris's".</summary>
    private bool AfterLocativeWord(int i, int sentenceFirst)
    {
        int before = i - 1;
        while (before >= sentenceFirst && IsDeterminer(before)) before--;
        return before >= sentenceFirst && (Cues.Prepositions.Contains(Lower(before)) || Lower(before) is "'s" or "’s");
    }

    /// <summary>The last words of the document's multi-word person names, each mapped to its person (null when two people share it).</summary>
    private Dictionary<string, Actor?>? Surnames()
    {
        Dictionary<string, Actor?>? surnames = null;
        foreach (var actor in Document.Actors)
        {
            if (actor.Kind != ActorKind.Person) continue;
            var (first, last) = TokenRange(actor.Span);
            if (last <= first || Tokens.GetKind(last) != TokenKind.Word) continue;
            var word = Tokens.GetChars(last);
            if (word.Length < 2 || !char.IsUpper(word[0])) continue;
            surnames ??= new Dictionary<string, Actor?>(StringComparer.Ordinal);
            AddShortName(surnames, word.ToString(), actor);
            // "Xi Jinping ... Xi told Putin", "Kim Jong Un ... Kim said": a family name written first is the short name
            // too, unless the word is a listed given name ("Donald Trump" is not "Donald").
            var opening = Tokens.GetChars(first);
            if (last - first <= 2 && Tokens.GetKind(first) == TokenKind.Word && opening.Length >= 2 && char.IsUpper(opening[0]) && !HasUpperAfterFirst(opening)
                && !Cues.FirstNameGenders.ContainsKey(opening.ToString().ToLowerInvariant()))
                AddShortName(surnames, opening.ToString(), actor);
        }
        return surnames;
    }

    /// <summary>Maps <paramref name="key"/> to <paramref name="actor"/>; two people sharing the word make it ambiguous (null).</summary>
    private static void AddShortName(Dictionary<string, Actor?> names, string key, Actor actor)
    {
        // One person named twice stays that person.
        if (names.TryGetValue(key, out var known) && (known is null || !string.Equals(known.Canonical, actor.Canonical, StringComparison.Ordinal))) names[key] = null;
        else if (known is null && !names.ContainsKey(key)) names[key] = actor;
    }

    private static bool HasUpperAfterFirst(ReadOnlySpan<char> word)
    {
        for (int k = 1; k < word.Length; k++) if (char.IsUpper(word[k])) return true;
        return false;
    }

    /// <summary>A capitalized word that is part of a longer name (tagged as a proper noun or inside an actor).</summary>
    private bool IsNameWord(int i) =>
        Tokens.GetKind(i) == TokenKind.Word && char.IsUpper(Tokens.GetChars(i)[0]) && (_unitAt[i] >= 0 || (HasPos && _pos[i] == UniversalPos.PROPN));

    /// <summary>
    /// "Trade Minister Lea Harcourt said": a name taken for a place the gazetteer does not know (no country, no
    /// coordinates) that is the subject of a verb is a party.
    /// </summary>
    private void FindUnknownPlacesActingAsParties()
    {
        foreach (var place in Document.Places)
        {
            if (place.IsCountry || place.CountryCode is not null || place.GeoNamesId is not null) continue;
            var (first, last) = TokenRange(place.Span);
            if (first > last || last + 1 >= Tokens.Count || _pos[last + 1] != UniversalPos.VERB) continue;
            // "CEO of the Refugee Council X said": the head before "of" is the subject, left to the phrase rules.
            int before = first - 1;
            while (before >= 0 && IsDeterminer(before)) before--;
            if (before >= 0 && IsPreposition(before)) continue;
            bool free = true;
            for (int k = first; k <= last && free; k++) free = _unitAt[k] < 0;
            if (!free || !Document.IsBodySentence(Document.SentenceAt(place.Span.Start))) continue;
            AddUnit(new ArgUnit(first, last, UnitKind.Actor, new Actor(place.Text, place.Span, ActorKind.Other, null, place.Text, 0.5f)));
        }
    }

    private bool IsFreeName(int i) =>
        _pos[i] == UniversalPos.PROPN && _unitAt[i] < 0 && _placeAt[i] < 0 && _timexAt[i] < 0
        && Tokens.GetKind(i) == TokenKind.Word && char.IsUpper(Tokens.GetChars(i)[0]);

    private bool NextUnitWithin(int from, int end, int max)
    {
        for (int k = from; k < end && k < from + max; k++)
            if (_unitAt[k] >= 0) return true;
        return false;
    }

    public bool TryNumber(int i, out int value)
    {
        value = 0;
        string w = Lower(i);
        if (Tokens.GetKind(i) == TokenKind.Number)
            return int.TryParse(w, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture, out value);
        if (w is "a" or "an") return false;
        if (Cues.NumberWords.TryGetValue(w, out long v) && v < 1000) { value = (int)v; return true; }
        return false;
    }

    private static int[] Fill(int n)
    {
        var a = System.Buffers.ArrayPool<int>.Shared.Rent(n);
        a.AsSpan(0, n).Fill(-1);
        return a;
    }

    /// <summary>Returns the per-token arrays to the pools; the index must not be used afterwards.</summary>
    public void Dispose()
    {
        Array.Clear(_lower, 0, Tokens.Count); // no token strings stay reachable from the pool
        System.Buffers.ArrayPool<string?>.Shared.Return(_lower);
        System.Buffers.ArrayPool<int>.Shared.Return(_unitAt);
        System.Buffers.ArrayPool<int>.Shared.Return(_placeAt);
        System.Buffers.ArrayPool<int>.Shared.Return(_timexAt);
    }

    private static readonly HashSet<string> s_referenceDeterminers = new(StringComparer.Ordinal) { "the", "both", "all", "these", "those", "their", "its" };
    private static readonly HashSet<string> s_determiners = new(StringComparer.Ordinal) { "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "some", "all", "both", "each", "another" };
    private static readonly HashSet<string> s_adverbs = new(StringComparer.Ordinal) { "also", "still", "already", "just", "soon", "again", "reportedly", "initially", "now", "then", "later", "earlier", "finally", "eventually", "even", "once", "jointly", "merely", "long" };
    private static readonly HashSet<string> s_auxiliaries = new(StringComparer.Ordinal) { "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could", "should", "may", "might", "can", "must", "do", "does", "did" };
}
