using EventExtract.Places;
using EventExtract.Tagging;
using EventExtract.Text;

namespace EventExtract.Events.Arguments;

// Definite descriptions, meeting topics, statement content and quotes.
internal sealed partial class ArgumentReader
{
    /// <summary>True when <paramref name="s"/> opens with a separate-occurrence phrase (separate-occurrence-openers.txt) and a comma.</summary>
    private bool OpensSeparateOccurrence(Sentence s) => SeparateOccurrenceOpenerEnd(s) > 0;

    /// <summary>The token after the comma of a separate-occurrence phrase opening <paramref name="s"/>; -1 when there is none.</summary>
    private int SeparateOccurrenceOpenerEnd(Sentence s)
    {
        foreach (var phrase in _c.SeparateOccurrenceOpeners)
            if (_x.MatchAt(s.FirstToken, phrase, s.EndToken) is var end && end > 0 && end < s.EndToken && _x.Lower(end) == ",") return end + 1;
        return -1;
    }

    private void ReadDefinite(Sentence s, MentionDraft d)
    {
        // "In a separate incident, a roadside bomb hit a police vehicle": the sentence's attacks are new ones.
        if (d.Type == EventType.Attack && OpensSeparateOccurrence(s)) d.IsDistinct = true;
        // "the oil industry rejected": the words before a verb are its subject, not a determiner of the trigger.
        if (_x.Pos(d.First) == UniversalPos.VERB) return;
        int i = d.First - 1;
        int n = 0;
        // A name modifying an attack noun does not stop the article: "the Kuwait invasion" is definite.
        // ("the three-day meeting": a hyphen inside a compound modifier does not end the phrase either.)
        while (i >= s.FirstToken && n < 6 && (_x.UnitAt(i) is null || NameModifier(d, i)) && !_x.IsVerb(i) && (!_x.IsPunct(i) || IsWordHyphen(i) || OpensScareQuote(s, i))
               && !_c.AnaphoricDeterminers.Contains(_x.Lower(i))
               // ("for the bloc's annual summit": a common noun's possessive inside the phrase, whose "the" still makes it definite.)
               && (_x.Lower(i) is "of" || _x.Pos(i) is UniversalPos.ADJ or UniversalPos.NOUN or UniversalPos.NUM || !_x.HasPos || _c.DistinctModifiers.Contains(_x.Lower(i)) || NameModifier(d, i) || IsWordHyphen(i) || OpensScareQuote(s, i)
                   || (_x.Lower(i) is "'s" or "’s" && i - 1 >= s.FirstToken && _x.Pos(i - 1) == UniversalPos.NOUN)))
        {
            if (d.Type == EventType.Statement && _c.JointStatementCues.Contains(_x.Lower(i))) d.IsJointStatement = true;
            // ("second-degree murder": a word hyphenated to the next is part of a compound, not an ordinal of the event.)
            if (_c.DistinctModifiers.Contains(_x.Lower(i)) && !(i + 1 < s.EndToken && IsWordHyphen(i + 1)) && !IsSummingUp(s, d, i)) d.IsDistinct = true;
            i--;
            n++;
        }
        // "their last meeting": a possessive determiner with a distinct modifier.
        if (i >= s.FirstToken && _x.IsDeterminer(i) && !_c.AnaphoricDeterminers.Contains(_x.Lower(i)) && i - 1 >= s.FirstToken && _c.DistinctModifiers.Contains(_x.Lower(i))) d.IsDistinct = true;
        bool definite = i >= s.FirstToken && _c.AnaphoricDeterminers.Contains(_x.Lower(i)) && _x.Pos(i) != UniversalPos.SCONJ;
        if (!definite || d.IsDistinct) return;
        d.IsDefinite = true;
        // "The report, published by the WHO on Tuesday, warned": a document set off with its own author is a new one.
        if (d.Type == EventType.Statement && !d.AnchorIsVerb && d.Speakers.Count == 0 && AuthorAside(d, s) is { Count: > 0 } authors)
            foreach (var a in authors) MentionDraft.AddActor(d.Speakers, a);
        d.IsAnaphoric = d.Type switch
        {
            EventType.Meeting => NamesNoNewParties(s, d),
            EventType.Statement => d.Speakers.Count == 0,
            _ => d.Attackers.Count == 0 && d.Targets.Count == 0,
        };
    }

    /// <summary>
    /// 'condemned the "cowardly attack"': a quote mark right after a determiner opens scare quotes inside the noun phrase,
    /// which stays definite.
    /// </summary>
    private bool OpensScareQuote(Sentence s, int i) =>
        _x.IsQuote(i) && i - 1 >= s.FirstToken && _x.IsDeterminer(i - 1) && _x.Pos(i - 1) == UniversalPos.DET;

    /// <summary>
    /// "…, police said, in the latest attack by the group", "began talks on Wednesday, the first such meeting since 2019": a
    /// ranking word (summing-up-modifiers.txt) at <paramref name="i"/> in a phrase set off by a comma ("the", or "in the")
    /// after another clause sums up the sentence's own event as one of a series; it is no other occurrence. (Not when the
    /// noun of <paramref name="d"/> opens a clause of its own: ", the first meeting was held in 2019".)
    /// </summary>
    private bool IsSummingUp(Sentence s, MentionDraft d, int i)
    {
        if (!_c.SummingUpModifiers.Contains(_x.Lower(i)) || i - 2 < s.FirstToken) return false;
        // "It was the first meeting between the two since 2019", "It was his first meeting with X", "This will be their
        // third summit": the predicate of a copula whose subject, opening the sentence, points back ranks the event just told.
        if (_x.Lower(i - 1) is "the" or "his" or "her" or "their" or "its")
        {
            int j = i - 2;
            while (j > s.FirstToken && _x.Pos(j) == UniversalPos.AUX && _x.Pos(j - 1) == UniversalPos.AUX) j--;
            if (j - 1 == s.FirstToken && _x.Pos(j) == UniversalPos.AUX && _x.Lower(j - 1) is "it" or "this" or "that") return true;
        }
        if (i - 2 <= s.FirstToken || _x.Lower(i - 1) != "the") return false;
        if (!(_x.Lower(i - 2) == "," || (_x.Lower(i - 2) == "in" && i - 3 > s.FirstToken && _x.Lower(i - 3) == ","))) return false;
        return d.Last + 1 >= s.EndToken || _x.Pos(d.Last + 1) is not (UniversalPos.VERB or UniversalPos.AUX);
    }

    /// <summary>
    /// "The report, published by the WHO on Tuesday, …": the author named after a comma, an issuing participle
    /// (issuing-verbs.txt) and "by" right after statement noun <paramref name="d"/>; null when there is no such aside.
    /// </summary>
    private List<Actor>? AuthorAside(MentionDraft d, Sentence s)
    {
        int c = d.Last + 1;
        if (c + 3 >= s.EndToken || _x.Lower(c) != "," || !_c.IssuingVerbs.Contains(_x.Lower(c + 1)) || _x.Lower(c + 2) != "by") return null;
        int start = c + 3 + 1 < s.EndToken && _x.IsDeterminer(c + 3) && _x.UnitAt(c + 3) is null ? c + 4 : c + 3;
        return _x.UnitAt(start) is { IsReference: false, Actors.Count: > 0 } author && author.First == start ? new List<Actor>(author.Actors) : null;
    }

    /// <summary>
    /// A definite meeting noun refers back unless its own phrase names the parties ("the talks between X and Y"): a host
    /// alone ("Rinkevics hosted the talks") or parties named after a later verb ("The meeting was also attended by X",
    /// "The talks, attended by X, ...") join the meeting reported before.
    /// </summary>
    public bool NamesNoNewParties(Sentence s, MentionDraft d)
    {
        if (d.Participants.Count == 0) return true;
        int verb = d.Last + 1;
        while (verb < s.EndToken && !(_x.IsVerb(verb) && _x.Pos(verb) != UniversalPos.AUX)) verb++;
        int verbStart = verb < s.EndToken ? _x.Tokens.GetSpan(verb).Start : int.MaxValue;
        foreach (var p in d.Participants)
            if (p != d.Host && p.Span.Start < verbStart) return false;
        return true;
    }

    private bool NameModifier(MentionDraft d, int i) => d.Type == EventType.Attack && _x.Pos(i) == UniversalPos.PROPN;

    // ------------------------------------------------------------------ meeting topic

    /// <summary>
    /// "familiar with", "close to", "briefed on": an adjective or participle with its preposition at <paramref name="i"/>,
    /// running without a verb or clause mark to <paramref name="end"/>, says which people a source phrase means.
    /// </summary>
    private bool IsSourceModifierOpening(int i, int end)
    {
        if (i + 2 > end || !_x.IsPreposition(i + 1) || !(_x.Pos(i) == UniversalPos.ADJ || (_x.Pos(i) == UniversalPos.VERB && IsParticiple(i)))) return false;
        for (int k = i + 2; k < end; k++)
            if (IsClauseMark(k) || _x.IsVerb(k) || _x.IsBoundary(k)) return false;
        return end - i <= 10;
    }

    private string? ReadTopic(MentionDraft d, int scanEnd)
    {
        int p = d.Triggers[0].FirstToken + d.Triggers[0].TokenCount;
        if (p >= scanEnd || _x.Lower(p) is not ("on" or "about" or "over" or "regarding" or "concerning")) return null;
        if (p + 1 < scanEnd && (_x.TimexAt(p + 1) is not null || _x.TimexAt(Math.Min(p + 2, scanEnd - 1)) is not null && _x.IsDeterminer(p + 1))) return null;
        int i = p + 1;
        int last = -1;
        while (i < scanEnd && !_x.IsPunct(i) && !_x.IsVerb(i) && !_x.IsBoundary(i) && !(_x.IsPreposition(i) && _x.Lower(i) != "of") && i - p <= 8)
        {
            last = i;
            i++;
        }
        return last > p ? _x.SpanText(p + 1, last) : null;
    }

    // ------------------------------------------------------------------ statements

    private void ReadStatement(Sentence s, MentionDraft d, bool addresseeVerb, int afterVerbPhrase, List<MentionDraft> sentenceDrafts)
    {
        d.Quote = ReadQuote(s, d);
        // "according to X": X speaks; the rest of the sentence is what was said.
        foreach (var phrase in _c.AccordingTo)
        {
            if (_x.MatchAt(d.First, phrase, s.EndToken) is int end && end > 0)
            {
                // The source ends at the first comma ("According to ABC News, Basya believes ..."; "according to Kristen
                // Wilkins, assistant professor ..."), unless an appositive name follows a role ("according to the
                // team's coach, Ali Reza, ...": the named person speaks).
                int sourceEnd = end;
                while (sourceEnd < s.EndToken && sourceEnd - end < 30 && _x.Lower(sourceEnd) != "," && !_x.IsQuote(sourceEnd)) sourceEnd++;
                var (chain, chainEnd) = RightChain(end, sourceEnd, allowPrepositionStart: true);
                if (sourceEnd + 1 < s.EndToken && _x.Lower(sourceEnd) == "," && _x.UnitAt(sourceEnd + 1) is { IsCommonNoun: false, Actors.Count: > 0 } named
                    && named.Actors[0].Kind == ActorKind.Person && named.Last + 1 < s.EndToken && _x.Lower(named.Last + 1) == ","
                    && (chain.Count == 0 || IsPossessedRole(end, sourceEnd)))
                {
                    chain = new List<Actor>(named.Actors);
                    chainEnd = named.Last + 1;
                }
                // "according to a statement from the White House": the source of the document speaks.
                if (chain.Count == 0 && SourceAfterDocument(end, sourceEnd) is { } source) (chain, chainEnd) = source;
                // "according to witnesses", "according to diplomatic sources in the capital": an unnamed source.
                // "according to a joint communique issued after the meeting": the meeting's parties speak (read later).
                if (chain.Count == 0 && ThingPhrase(end, sourceEnd) is { } doc && JointCueBefore(end, doc.Head))
                {
                    d.IsJointStatement = true;
                    chainEnd = doc.Head + 1;
                }
                else if (chain.Count == 0 && ThingPhrase(end, sourceEnd) is { } np && _x.Pos(np.Head) == UniversalPos.NOUN)
                {
                    chain = new List<Actor> { _x.UnnamedActor(end, np.Head) };
                    chainEnd = np.Head + 1;
                }
                // "according to a person familiar with the talks": the unnamed source is the whole phrase, as when it
                // heads "…, sources familiar with the plans said".
                if (chain is [var unnamed] && _x.TokenRange(unnamed.Span) is var (uFirst, uLast) && uLast + 1 == chainEnd
                    && (_x.UnitAt(uLast) is { IsCommonNoun: true } || (_x.UnitAt(uLast) is null && unnamed.Kind == ActorKind.Other)) && LooksLikePersonNoun(uLast) && (_x.IsPunct(sourceEnd - 1) ? sourceEnd - 1 : sourceEnd) is var modifierEnd
                    && IsSourceModifierOpening(chainEnd, modifierEnd))
                {
                    chain = new List<Actor> { _x.UnnamedActor(uFirst, modifierEnd - 1) };
                    chainEnd = modifierEnd;
                }
                foreach (var a in chain) MentionDraft.AddActor(d.Speakers, a);
                if (d.First == s.FirstToken)
                {
                    int c = chainEnd;
                    while (c < s.EndToken && _x.Lower(c) != ",") c++;
                    d.Content = TextBetween(c + 1, s.EndToken);
                }
                else
                {
                    int c = d.First - 1;
                    if (c >= s.FirstToken && _x.Lower(c) == ",") c--;
                    d.Content = TextBetween(PastDateline(s.FirstToken, c + 1), c + 1);
                }
                return;
            }
        }
        if (!d.AnchorIsVerb)
        {
            d.Content ??= d.Quote;
            return;
        }
        // "rejected the results and called on her supporters to stay calm": what was said ends before a second reporting verb.
        int contentEnd = CoordinatedReportStart(d, sentenceDrafts, s.EndToken);
        if (addresseeVerb)
        {
            // "called on X to Y": Y is the content.
            for (int i = afterVerbPhrase; i < Math.Min(s.EndToken, afterVerbPhrase + 3); i++)
            {
                if (_x.Lower(i) == "to") { d.Content = TextBetween(i + 1, contentEnd); break; }
                if (_x.Lower(i) == "that") { d.Content = TextBetween(i + 1, contentEnd); break; }
            }
        }
        if (d.Content is null)
        {
            int i = PastPhraseBeforeThat(Math.Max(d.Last + 1, afterVerbPhrase), s.EndToken);
            if (i < s.EndToken && _c.ComplementMarkers.Contains(_x.Lower(i)) && _x.Lower(i) != ",")
                d.Content = TextBetween(i + 1, contentEnd);
            // "warned of strikes if the port cut pay": the "of" phrase is the warning.
            else if (i == d.Last + 1 && i + 1 < s.EndToken && _x.Lower(i) == "of" && _c.OfContentVerbs.Contains(_x.Lower(d.Last)))
                d.Content = TextBetween(i + 1, contentEnd);
            // ('"…," Ruto told a news conference': what one tells a gathering is the quote, not the gathering.)
            else if (!addresseeVerb && i < s.EndToken && i + 2 < s.EndToken && !_x.IsPunct(i) && (_x.UnitAt(i) is not null || _x.IsDeterminer(i) || _x.Pos(i) is UniversalPos.PRON or UniversalPos.NOUN or UniversalPos.PROPN || _x.IsQuote(i)))
                d.Content = TextBetween(i, contentEnd);
            else if (IsSentenceFinal(d, s))
            {
                // "..., Putin said." / "“...,” he said": the words before the speaker.
                int c = d.First - 1;
                while (c > s.FirstToken && _x.Lower(c) != "," && !_x.IsQuote(c)) c--;
                if (c > s.FirstToken) d.Content = TextBetween(PastDateline(s.FirstToken, c), c);
            }
        }
        d.Content ??= d.Quote;
    }

    /// <summary>
    /// "COPENHAGEN, June 12 (Reuters) - A cyberattack ..., the authority said": the token after a dateline (an
    /// upper-case word opening the sentence, then a dash or underscore within a few tokens), so what was said starts
    /// after it; <paramref name="first"/> when the sentence opens with no dateline.
    /// </summary>
    private int PastDateline(int first, int end)
    {
        var opening = _x.Tokens.GetChars(first);
        if (opening.Length < 2 || !char.IsUpper(opening[0]) || !char.IsUpper(opening[^1])) return first;
        for (int i = first + 1; i < end && i - first <= 10; i++)
        {
            if (_x.IsVerb(i) || _x.IsQuote(i)) return first;
            if (_x.Tokens.GetKind(i) == TokenKind.Dash || _x.Lower(i) == "_") return i + 1;
        }
        return first;
    }

    /// <summary>
    /// "said on Tuesday that ...", "said late Monday that ...", "said in a note to clients that ...": the "that" after a
    /// time phrase or a short prepositional phrase, so the content starts after it; <paramref name="i"/> itself otherwise.
    /// </summary>
    private int PastPhraseBeforeThat(int i, int end)
    {
        int k = i;
        while (k < end && k - i < 2 && _x.TimexAt(k) is null && _x.Lower(k) is "on" or "in" or "at" or "late" or "early" or "earlier" or "later") k++;
        if (k < end && _x.TimexAt(k) is { } timex)
        {
            int after = _x.TokenRange(timex.Span).Last + 1;
            return after < end && _x.Lower(after) == "that" ? after : i;
        }
        // "said in a note to clients that ...": a short prepositional phrase, no verb or punctuation in it.
        if (i >= end || !_x.IsPreposition(i) || _x.Lower(i) is "that") return i;
        for (k = i + 1; k < end && k - i <= 8; k++)
        {
            // (Not a relative "that": "a note that was sent to clients".)
            if (_x.Lower(k) == "that") return k + 1 < end && !_x.IsVerb(k + 1) ? k : i;
            if (_x.IsVerb(k) || _x.IsPunct(k) || _x.IsQuote(k)) return i;
        }
        return i;
    }

    /// <summary>"the Afghan team's coach", "a spokesman": a role noun (possessed or not) ends the phrase [<paramref name="start"/>, <paramref name="end"/>).</summary>
    private bool IsPossessedRole(int start, int end)
    {
        int last = end - 1;
        return last > start && _x.Pos(last) == UniversalPos.NOUN && _x.UnitAt(last) is null;
    }

    /// <summary>
    /// "a statement from X", "a report by X", "a report prepared by X": the actors after from/by/of (or a past participle
    /// and "by") following a short noun phrase, or null.
    /// </summary>
    private (List<Actor>, int)? SourceAfterDocument(int start, int end)
    {
        int i = start;
        // ("according to estimates by a research firm": right after "according to", a word the tagger took for a verb
        // before "by"/"from"/"of" is the document's noun.)
        if (i + 1 < end && _x.UnitAt(i) is null && _x.Pos(i) == UniversalPos.VERB && _x.Lower(i + 1) is "by" or "from" or "of") i++;
        while (i < end && i - start < 4 && _x.UnitAt(i) is null && (_x.IsDeterminer(i) || _x.Pos(i) is UniversalPos.ADJ or UniversalPos.NOUN)) i++;
        // ("a report prepared by a committee", "a study published by the institute": the author after an issuing verb;
        // not "sources quoted by the Herald", who only passes the words on.)
        if (i > start && i + 1 < end && _c.IssuingVerbs.Contains(_x.Lower(i)) && _x.Lower(i + 1) == "by") i++;
        if (i == start || i >= end || _x.Lower(i) is not ("from" or "by" or "of")) return null;
        var (chain, chainEnd) = RightChain(i + 1, end, allowPrepositionStart: true);
        if (chain.Count > 0) return (chain, chainEnd);
        // ("a statement from the port authority": an unnamed body is the source too, not the document.)
        if (_x.Lower(i) is "from" or "by" && ThingPhrase(i + 1, end) is { } np && _x.Pos(np.Head) == UniversalPos.NOUN && !_c.PressEventNouns.Contains(_x.Lower(np.Head)))
            return (new List<Actor> { _x.UnnamedActor(i + 1, np.Head) }, np.Head + 1);
        return null;
    }

    /// <summary>
    /// The "and" (or ", and") before a later statement verb of the same sentence that shares this one's subject
    /// ("rejected the results and called on ..."); <paramref name="end"/> when there is none.
    /// </summary>
    private int CoordinatedReportStart(MentionDraft d, List<MentionDraft> sentenceDrafts, int end)
    {
        foreach (var other in sentenceDrafts)
        {
            if (other == d || other.Type != EventType.Statement || other.First <= d.Last + 1 || other.First >= end) continue;
            int and = other.First - 1;
            while (and > d.Last && _x.IsAdverb(and)) and--;
            if (_x.Lower(and) != "and" || !_x.IsVerb(other.First)) continue;
            return and - 1 > d.Last && _x.Lower(and - 1) == "," ? and - 1 : and;
        }
        return end;
    }

    /// <summary>A joint-statement cue ("joint", "final") among the words [<paramref name="start"/>, <paramref name="head"/>).</summary>
    private bool JointCueBefore(int start, int head)
    {
        for (int i = start; i < head; i++) if (_c.JointStatementCues.Contains(_x.Lower(i))) return true;
        return false;
    }

    private bool IsSentenceFinal(MentionDraft d, Sentence s)
    {
        int i = d.Last + 1;
        while (i < s.EndToken && (_x.UnitAt(i) is not null || _x.IsAdverb(i))) i++;
        return i >= s.EndToken || _x.IsPunct(i) || _x.IsQuote(i);
    }

    /// <summary>The text of tokens [first, end) without trailing punctuation and without enclosing quote marks.</summary>
    private string? TextBetween(int first, int end)
    {
        while (end > first && (_x.IsPunct(end - 1) || _x.IsQuote(end - 1))) end--;
        while (first < end && (_x.IsQuote(first) || _x.IsPunct(first))) first++;
        if (end <= first) return null;
        string text = _x.SpanText(first, end - 1);
        return StripQuotes(text);
    }

    private static string StripQuotes(string text)
    {
        text = text.Trim();
        while (text.Length > 0 && IsQuoteChar(text[0])) text = text[1..].TrimStart();
        while (text.Length > 0 && (IsQuoteChar(text[^1]) || text[^1] is '.' or ',' or ';' or ':')) text = text[..^1].TrimEnd();
        return text;
    }

    private static bool IsQuoteChar(char c) => c is '"' or '“' or '”' or '„' or '«' or '»' or '‘' or '’' or '\'';

    /// <summary>The first quotation in the sentence: the words between the marks, without trailing punctuation.</summary>
    private string? ReadQuote(Sentence s, MentionDraft d)
    {
        string text = _x.Text;
        var paragraph = _x.Document.Document.Paragraphs[s.Paragraph].Span;
        for (int i = s.Span.Start; i < s.Span.End; i++)
        {
            char c = text[i];
            char close;
            if (c == '“') close = '”';
            else if (c == '«') close = '»';
            else if (c == '„') close = '“';
            else if (c == '"') close = '"';
            else continue;
            // An opening mark starts a word; a closing one ends it.
            if (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])) continue;
            int j = text.IndexOf(close, i + 1);
            if (c == '„' && j < 0) j = text.IndexOf('”', i + 1);
            if (j < 0 || j > paragraph.End) return null;
            string inner = StripQuotes(text.Substring(i + 1, j - i - 1));
            if (inner.Length < 3 || !inner.Contains(' ')) { i = j; continue; }
            _ = d;
            return inner;
        }
        return null;
    }
}
