using System.Buffers;
using System.Globalization;
using EventExtract.Tagging;

namespace EventExtract.Time;

/// <summary>
/// Hand-written matcher of the time grammar over the pieces of one sentence at a time, with the
/// resolution of values against the publication date. One instance per <see cref="TimeTagger.Tag"/>
/// call (it holds buffers, rented from the shared array pools and given back by <see cref="Release"/>);
/// not shared between threads.
/// </summary>
internal sealed class TimexMatcher
{
    private readonly TimeLexicon _lex;
    private readonly string _text;
    private readonly DateOnly? _dct;
    private readonly AnalyzedDocument? _doc;
    private TimePiece[] _p = ArrayPool<TimePiece>.Shared.Rent(64);
    private int _n;
    private readonly List<(int Piece, Tense Tense)> _cues = new();
    private int[] _sent = ArrayPool<int>.Shared.Rent(64);

    // The last quarter named in the document ("the third quarter" = 2019-Q3) and its sentence: "a year
    // earlier" and "the year-ago quarter" in earnings news count from it (TimeML anchors).
    private string? _anchorQuarter;
    private string? _anchorYear;
    private string? _anchorMonth;
    private DateOnly? _anchorDay;
    private int _anchorYearSentence = -100;
    private int _anchorSentence = -100;

    public TimexMatcher(TimeLexicon lexicon, string text, DateOnly? dct, AnalyzedDocument? doc)
    {
        _lex = lexicon;
        _text = text;
        _dct = TimexCalendar.Anchor(dct);
        _doc = doc;
    }

    /// <summary>Gives the buffers back to the pools; the matcher is not used afterwards.</summary>
    public void Release()
    {
        // TimePiece holds only lexicon entries (alive as long as the lexicon), so the arrays need no clearing.
        ArrayPool<TimePiece>.Shared.Return(_p);
        ArrayPool<int>.Shared.Return(_sent);
        _p = Array.Empty<TimePiece>();
        _sent = Array.Empty<int>();
    }

    private void GrowPieces()
    {
        var bigger = ArrayPool<TimePiece>.Shared.Rent(_p.Length * 2);
        Array.Copy(_p, bigger, _n);
        ArrayPool<TimePiece>.Shared.Return(_p);
        _p = bigger;
    }

    private void GrowSentences()
    {
        ArrayPool<int>.Shared.Return(_sent);
        _sent = ArrayPool<int>.Shared.Rent(_p.Length);
    }

    /// <summary>Finds the time expressions of <c>text[start, end)</c>, one sentence, and appends them to <paramref name="output"/>.</summary>
    public void MatchSentence(int start, int end, int sentenceIndex, List<Timex> output)
    {
        BuildPieces(start, end);
        if (_n == 0) return;
        if (_sent.Length < _n) GrowSentences();
        Array.Fill(_sent, sentenceIndex, 0, _n);
        MatchPieces(output);
    }

    /// <summary>
    /// Finds the time expressions of a run of sentences of one paragraph. Matching runs across the
    /// sentence breaks (a splitter that breaks after "Oct." must not lose "Oct. 25"), while tense cues
    /// are taken only from the sentences an expression lies in.
    /// </summary>
    public void MatchSentences(IReadOnlyList<Text.Sentence> sentences, int first, int count, List<Timex> output)
    {
        BuildPieces(sentences[first].Span.Start, sentences[first + count - 1].Span.End);
        if (_n == 0) return;
        if (_sent.Length < _n) GrowSentences();
        int s = first;
        for (int i = 0; i < _n; i++)
        {
            while (s < first + count - 1 && _p[i].Start >= sentences[s + 1].Span.Start) s++;
            _sent[i] = s;
        }
        MatchPieces(output);
    }

    private void MatchPieces(List<Timex> output)
    {
        FindTenseCues();
        for (int i = 0; i < _n; i++)
        {
            if (!IsTrigger(i)) continue;
            var c = TryAt(i);
            if (!c.Ok) continue;
            var span = new Text.TextSpan(_p[c.Start].Start, _p[c.End - 1].End);
            output.Add(new Timex(span, span.GetText(_text), c.Type, c.Value, c.Mod, _sent[c.Start]) { DayAssumed = c.DayAssumed });
            if (c.Type == TimexType.Date && c.Value.Length >= 4 && char.IsDigit(c.Value[0]) && char.IsDigit(c.Value[3]) && (c.Value.Length == 4 || c.Value[4] == '-'))
            {
                _anchorYear = c.Value[..4];
                _anchorYearSentence = _sent[c.Start];
                bool month = c.Value.Length >= 7 && c.Value[4] == '-' && char.IsDigit(c.Value[5]) && char.IsDigit(c.Value[6]);
                _anchorMonth = month ? c.Value[..7] : null;
                _anchorDay = TimexCalendar.TryParseDay(c.Value, out var named) ? named : null;
            }
            // "Two days later, …. The next day, …": a day counted from the date last named moves the anchor with it, so a
            // later "the next day" counts from that day, not from the last date written out.
            else if (c.Type == TimexType.Duration && _anchorDay is { } from && OffsetDays(c) is int days)
            {
                var to = from.AddDays(days);
                _anchorDay = to;
                _anchorYear = TimexCalendar.Year(to.Year);
                _anchorMonth = TimexCalendar.Month(to.Year, to.Month);
                _anchorYearSentence = _sent[c.Start];
            }
            if (c.IsAnchor)
            {
                _anchorQuarter = c.Value;
                _anchorSentence = _sent[c.Start];
            }
            i = c.End - 1;
        }
    }

    /// <summary>The whole days a "N days later" / "a week earlier" duration counts from the date last named (negative for "earlier"), or null.</summary>
    private int? OffsetDays(TimexCandidate c)
    {
        int sign = Is(c.End - 1, "later") ? 1 : Is(c.End - 1, "earlier") ? -1 : 0;
        var v = c.Value.AsSpan();
        if (sign == 0 || v.Length < 3 || v[0] != 'P' || v[^1] is not ('D' or 'W')
            || !int.TryParse(v[1..^1], NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n > 31) return null;
        return sign * (v[^1] == 'W' ? 7 * n : n);
    }

    // ---------------------------------------------------------------- pieces

    private void BuildPieces(int start, int end)
    {
        _n = 0;
        string t = _text;
        int i = start;
        bool space = true;
        while (i < end)
        {
            char c = t[i];
            if (char.IsWhiteSpace(c)) { space = true; i++; continue; }
            var piece = new TimePiece { Start = i, SpaceBefore = space, Value = -1 };
            if (char.IsLetter(c))
            {
                while (i < end && char.IsLetter(t[i])) i++;
                piece.Kind = TimePieceKind.Alpha;
                piece.Cap = char.IsUpper(c);
                piece.End = i;
                piece.Word = _lex.Find(t.AsSpan(piece.Start, i - piece.Start));
            }
            else if (c is >= '0' and <= '9')
            {
                long v = 0;
                while (i < end && t[i] is >= '0' and <= '9')
                {
                    if (v < 100_000_000) v = v * 10 + (t[i] - '0');
                    i++;
                }
                piece.Kind = TimePieceKind.Digit;
                piece.End = i;
                piece.Value = i - piece.Start <= 8 ? (int)v : -1;
            }
            else
            {
                piece.Kind = TimePieceKind.Symbol;
                piece.Sym = c;
                piece.End = ++i;
            }
            space = false;
            if (_n == _p.Length) GrowPieces();
            _p[_n++] = piece;
        }
    }

    private bool IsTrigger(int i)
    {
        ref var p = ref _p[i];
        return p.Kind switch
        {
            TimePieceKind.Digit => true,
            TimePieceKind.Alpha => p.Word is { Trigger: true },
            _ => IsApos(i) && Digit(i + 1),
        };
    }

    private bool Alpha(int i) => (uint)i < (uint)_n && _p[i].Kind == TimePieceKind.Alpha;

    private bool Digit(int i) => (uint)i < (uint)_n && _p[i].Kind == TimePieceKind.Digit;

    private bool Digit(int i, int minLen, int maxLen) => Digit(i) && _p[i].Length >= minLen && _p[i].Length <= maxLen && _p[i].Value >= 0;

    private bool Sym(int i, char c) => (uint)i < (uint)_n && _p[i].Kind == TimePieceKind.Symbol && _p[i].Sym == c;

    private bool IsApos(int i) => Sym(i, '\'') || Sym(i, '\u2019');

    private bool IsDash(int i) => Sym(i, '-') || Sym(i, '\u2010') || Sym(i, '\u2011');

    /// <summary>True when piece <paramref name="i"/> touches the piece before it (no space between).</summary>
    private bool Adj(int i) => (uint)i < (uint)_n && i > 0 && !_p[i].SpaceBefore;

    private bool Is(int i, string lower) => Alpha(i) && TimeLexicon.EqualsLower(_text.AsSpan(_p[i].Start, _p[i].Length), lower);

    private TimeWord? W(int i) => (uint)i < (uint)_n ? _p[i].Word : null;

    private UniversalPos PosAt(int i)
    {
        if (_doc is null || _doc.Pos.Length == 0 || _doc.Pos.Length != _doc.Tokens.Count) return UniversalPos.X;
        int tok = _doc.Tokens.FindFirstEndingAfter(_p[i].Start);
        if (tok >= _doc.Tokens.Count || _doc.Tokens.GetSpan(tok).Start > _p[i].Start) return UniversalPos.X;
        return _doc.Pos.Span[tok];
    }

    private int PhraseAt(int i, TimePhrase phrase)
    {
        if (phrase.First is { } first && (uint)i < (uint)_n && !ReferenceEquals(_p[i].Word, first)) return -1;
        for (int k = 0; k < phrase.Parts.Length; k++)
        {
            string part = phrase.Parts[k];
            int j = i + k;
            if (j >= _n) return -1;
            if (part.Length == 1 && !char.IsLetter(part[0]))
            {
                if (!Sym(j, part[0])) return -1;
            }
            else if (!Is(j, part)) return -1;
        }
        return i + phrase.Parts.Length;
    }

    // ---------------------------------------------------------------- tense

    private void FindTenseCues()
    {
        _cues.Clear();
        for (int i = 0; i < _n; i++)
        {
            if (!Alpha(i)) continue;
            var w = _p[i].Word;
            // "agreed to meet again in April", "offered to meet the nurses on Friday": what is agreed or offered lies ahead
            // (not "had agreed to", a plan made in the past; not "agreed to the plan", no verb).
            if (w is { FutureBeforeInfinitive: true } && Is(i + 1, "to") && PosAt(i + 2) is UniversalPos.VERB or UniversalPos.X
                && Alpha(i + 2) && !Is(i - 1, "had") && !Is(i - 1, "been") && !Is(i - 2, "had"))
            {
                _cues.Add((i, Tense.Future));
                continue;
            }
            // "invited Li to visit Berlin in June", "urged both sides to resume talks next month": what someone is
            // invited or urged to do lies ahead of the invitation (not "had invited", a plan made in the past).
            if (w is { FutureBeforeObjectInfinitive: true } && !Is(i - 1, "had") && !Is(i - 1, "been") && !Is(i - 2, "had")
                && InfinitiveAfterObject(i))
            {
                _cues.Add((i, Tense.Future));
                continue;
            }
            if (w is not null && w.Tense != Tense.Unknown)
            {
                var tense = w.Tense;
                switch (w.Text)
                {
                    case "going" or "plan" or "plans" or "planned" or "expected" or "expects" or "expect" or "schedule" or "intends" or "due" or "set":
                        // ("talks are set for Monday", "planned for next week": a time set ahead too.)
                        if (!Is(i + 1, "to") && !(w.Text is "set" or "due" or "planned" && Is(i + 1, "for"))) continue;
                        break;
                    case "could":
                        if (Is(i + 1, "be") || Is(i + 1, "have") || Is(i + 1, "not") || Is(i + 1, "n")) continue;
                        break;
                    case "won":
                        if (IsApos(i + 1) && Is(i + 2, "t")) tense = Tense.Future;
                        break;
                    case "ll":
                        if (!IsApos(i - 1)) continue;
                        break;
                    case "next":
                        // "next to the embassy": a preposition, no tense.
                        if (Is(i + 1, "to")) continue;
                        // "began talks on Tuesday on quotas for next year": the period something is for, not when the
                        // clause happens.
                        if (Is(i - 1, "for")) continue;
                        break;
                    case "is" or "are" or "was" or "were":
                        // "is to be held", "are to travel": a plan
                        if (Is(i + 1, "to")) tense = Tense.Future;
                        // "is due to fly", "are expected to meet": the planning word after it says where the time lies
                        else if (w.Text is "is" or "are" && W(i + 1) is { Tense: Tense.Future } && Is(i + 2, "to")) continue;
                        break;
                }
                if (tense == Tense.Past && IsPassiveParticiple(i)) continue;
                // "had been scheduled to", "had been due to": a plan made in the past
                if (tense == Tense.Future && (w.Text.EndsWith("ed", StringComparison.Ordinal) || w.Text is "due" or "set" or "slated") && (Is(i - 1, "been") || Is(i - 1, "had") || Is(i - 2, "had"))) tense = Tense.Past;
                _cues.Add((i, tense));
                continue;
            }
            if (w is { NotPast: true }) continue;
            var s = _text.AsSpan(_p[i].Start, _p[i].Length);
            if (s.Length >= 5 && s[^1] == 'd' && s[^2] == 'e' && char.IsLower(s[0]))
            {
                // "untouched", "unexpected": adjectives, not past-tense verbs
                if (s[0] == 'u' && s[1] == 'n' && s.Length >= 7) continue;
                var pos = PosAt(i);
                if (pos != UniversalPos.X && pos != UniversalPos.VERB && pos != UniversalPos.AUX) continue;
                if (IsPassiveParticiple(i)) continue;
                _cues.Add((i, Tense.Past));
            }
        }
    }

    /// <summary>
    /// True when "to" and a verb follow piece <paramref name="i"/> after at most a short object in the same sentence
    /// ("invited Chinese Premier Li Qiang to visit", "was invited to attend"), with no other verb between.
    /// </summary>
    private bool InfinitiveAfterObject(int i)
    {
        for (int k = i + 1; k < _n && k <= i + MaxObjectPieces + 1; k++)
        {
            if (_sent[k] != _sent[i] || Sym(k, '.') || Sym(k, ';') || Sym(k, ':')) return false;
            if (!Alpha(k)) continue;
            if (Is(k, "to")) return Alpha(k + 1) && PosAt(k + 1) is UniversalPos.VERB or UniversalPos.X;
            if (PosAt(k) is UniversalPos.VERB or UniversalPos.AUX) return false;
        }
        return false;
    }

    /// <summary>Pieces an object may take between an inviting verb and its "to" ("his Chinese counterpart , Li Qiang ,").</summary>
    private const int MaxObjectPieces = 8;

    /// <summary>"be held", "been held": a participle after a form of "be" carries no tense of its own.</summary>
    private bool IsPassiveParticiple(int i)
    {
        for (int k = i - 1; k >= i - 2 && k >= 0; k--)
            if (Is(k, "be") || Is(k, "been") || Is(k, "being")) return true;
        return false;
    }

    /// <summary>The tense of the nearest cue outside the expression <c>[start, end)</c>, in the same sentence(s).</summary>
    private Tense TenseAt(int start, int end)
    {
        end = Math.Min(end, _n);
        int firstSentence = _sent[start], lastSentence = _sent[end - 1];
        // Cues are in piece order: binary search for the first cue at or after the expression's start.
        int lo = 0, hi = _cues.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_cues[mid].Piece < start) lo = mid + 1; else hi = mid;
        }
        int before = lo - 1;
        int after = lo;
        while (after < _cues.Count && _cues[after].Piece < end) after++;
        Tense best = Tense.Unknown;
        int bestDist = int.MaxValue;
        bool hasBefore = before >= 0 && _sent[_cues[before].Piece] >= firstSentence;
        bool hasAfter = after < _cues.Count && _sent[_cues[after].Piece] <= lastSentence;
        if (hasBefore)
        {
            bestDist = start - _cues[before].Piece;
            best = _cues[before].Tense;
        }
        if (hasAfter)
        {
            // "told a news conference on Monday that the state would appeal": a cue across a "that" belongs to another
            // clause (what was said, or what is said about), so the cue on the expression's own side of it wins.
            // "are scheduled to meet on Friday, officials said": a trailing reporting clause after a comma is another
            // clause too.
            bool afterAcross = hasBefore && (ThatBetween(end, _cues[after].Piece) || CommaBetween(end, _cues[after].Piece));
            bool beforeAcross = hasBefore && ThatBetween(_cues[before].Piece + 1, start);
            if (beforeAcross != afterAcross ? beforeAcross : _cues[after].Piece - end + 1 < bestDist)
                best = _cues[after].Tense;
        }
        // No cue in the sentence (or a splitter cut it at "Feb."): the paragraph's nearest cue is the best guess left.
        if (best == Tense.Unknown && bestDist == int.MaxValue)
        {
            int db = before >= 0 ? start - _cues[before].Piece : int.MaxValue;
            int da = after < _cues.Count ? _cues[after].Piece - end + 1 : int.MaxValue;
            if (db <= da && before >= 0) best = _cues[before].Tense;
            else if (after < _cues.Count) best = _cues[after].Tense;
        }
        return best;
    }

    /// <summary>True when a comma stands among the pieces <c>[from, to)</c>.</summary>
    private bool CommaBetween(int from, int to)
    {
        for (int k = from; k < to; k++)
            if (_p[k].Length == 1 && _text[_p[k].Start] == ',') return true;
        return false;
    }

    /// <summary>True when a "that" stands among the pieces <c>[from, to)</c>.</summary>
    private bool ThatBetween(int from, int to)
    {
        for (int k = from; k < to; k++)
            if (Is(k, "that")) return true;
        return false;
    }

    // ---------------------------------------------------------------- top level

    private static void Keep(ref TimexCandidate best, TimexCandidate c)
    {
        if (c.Ok && (!best.Ok || c.End > best.End)) best = c;
    }

    private TimexCandidate TryAt(int i)
    {
        var best = default(TimexCandidate);
        if (W(i)?.PhraseStart == true)
        {
            Keep(ref best, Vague(i));
            foreach (var phrase in W(i)?.DateModsFrom ?? _lex.DateMods)
            {
                int j = PhraseAt(i, phrase);
                if (j < 0 || j >= _n) continue;
                var core = Core(j);
                if (core.Ok && core.Type is TimexType.Date or TimexType.Time && core.Mod == TimexMod.None && !core.Value.EndsWith("_REF", StringComparison.Ordinal))
                {
                    core.Start = i;
                    core.Mod = TimexModNames.FromTimeMl(phrase.Value);
                    Keep(ref best, core);
                }
            }
            foreach (var phrase in W(i)?.DurationModsFrom ?? _lex.DurationMods)
            {
                int j = PhraseAt(i, phrase);
                if (j < 0 || j >= _n || Is(j, "the") || W(j) is { IsShift: true }) continue;
                var core = Duration(j);
                if (core.Ok && core.Type == TimexType.Duration && core.Mod == TimexMod.None)
                {
                    core.Start = i;
                    core.Mod = TimexModNames.FromTimeMl(phrase.Value);
                    Keep(ref best, core);
                }
            }
        }
        Keep(ref best, Core(i));
        return best;
    }

    /// <summary>Every core expression at <paramref name="i"/>, with a leading "the" where the expression takes one.</summary>
    private TimexCandidate Core(int i)
    {
        var best = default(TimexCandidate);
        if (Is(i, "the"))
        {
            Keep(ref best, ThePeriod(i));
            // "the same day": the day last named
            if (Is(i + 1, "same")) Keep(ref best, DayLastNamed(i, i + 2));
            var c = CoreNoThe(i + 1);
            if (c.Ok && c.TheOk)
            {
                c.Start = i;
                Keep(ref best, c);
            }
            return best;
        }
        return CoreNoThe(i);
    }

    private TimexCandidate CoreNoThe(int i)
    {
        var best = default(TimexCandidate);
        if (i >= _n) return best;
        if (Digit(i) || IsApos(i))
        {
            Keep(ref best, Numeric(i));
            Keep(ref best, Duration(i));
            // "the 1988 second quarter", "1990 first half": the year names the quarter's year
            if (IsYear(i, requireContext: false) && W(i + 1) is { Ordinal: > 0 } && Quarter(i + 1) is { Ok: true } q && !Digit(q.End - 1))
                Keep(ref best, new TimexCandidate(i, q.End, TimexType.Date, TimexCalendar.Year(_p[i].Value) + q.Value[4..], theOk: true) { IsAnchor = true });
            return best;
        }
        var w = W(i);
        if (w is null) return best;
        if (w.Month > 0) Keep(ref best, MonthDate(i));
        if (w.Weekday > 0) Keep(ref best, WeekdayDate(i));
        if (w.IsDayRel) Keep(ref best, DayRel(i));
        if (w.IsShift) Keep(ref best, ShiftExpr(i));
        if (w.Ordinal > 0) { Keep(ref best, Quarter(i)); Keep(ref best, Century(i)); }
        if (w.Season is not null) Keep(ref best, Season(i));
        if (w.DecadeWord >= 0) Keep(ref best, new TimexCandidate(i, i + 1, TimexType.Date, "19" + w.DecadeWord.ToString(CultureInfo.InvariantCulture), theOk: true) { TheOk = Is(i - 1, "the") });
        if (w.SetAdverb != TimeUnit.None) Keep(ref best, SetAdverb(i));
        if (w.PhraseStart) Keep(ref best, Vague(i));
        switch (w.Text)
        {
            case "fiscal":
                if (IsYear(i + 1, requireContext: false)) Keep(ref best, new TimexCandidate(i, i + 2, TimexType.Date, TimexCalendar.Year(_p[i + 1].Value)));
                Keep(ref best, Quarter(i));
                break;
            case "earlier" or "later":
                Keep(ref best, EarlierThis(i));
                // "later that day": TimeML keeps the adverb inside the expression of the day last named
                if (Is(i + 1, "that")) Keep(ref best, DayLastNamed(i, i + 2));
                break;
            case "that":
                // "that year": the year last named, when it was named in the last few sentences
                if (Is(i + 1, "year") && _anchorYear is not null && _sent[i] - _anchorYearSentence <= 3)
                    Keep(ref best, new TimexCandidate(i, i + 2, TimexType.Date, _anchorYear));
                // "that day", "that same day": the day last named
                Keep(ref best, DayLastNamed(i, Is(i + 1, "same") ? i + 2 : i + 1));
                break;
            case "every" or "each":
                Keep(ref best, SetExpr(i));
                break;
            case "noon" or "midnight":
                Keep(ref best, Clock(i));
                break;
            case "q":
                Keep(ref best, Quarter(i));
                break;
            case "year":
                if (IsDash(i + 1) && Adj(i + 1) && (Is(i + 2, "earlier") || Is(i + 2, "ago")))
                    Keep(ref best, new TimexCandidate(i, i + 3, TimexType.Date, AnchoredQuarter(i, -1) ?? (_dct is { } d ? TimexCalendar.Year(d.Year - 1) : "XXXX")));
                // year-end, year end, year's end
                {
                    int e = IsDash(i + 1) && Adj(i + 1) ? i + 2 : IsApos(i + 1) && Is(i + 2, "s") ? i + 3 : i + 1;
                    if (Is(e, "end") && (Is(i - 1, "by") || Is(i - 1, "at") || Is(i - 1, "since") || Is(i - 1, "until") || Is(i - 1, "before") || Is(i - 1, "after") || Is(i - 1, "around") || e == i + 2))
                        Keep(ref best, new TimexCandidate(i, e + 1, TimexType.Date, _dct is { } d ? TimexCalendar.Year(d.Year) : "XXXX"));
                }
                if (IsYear(i + 1, requireContext: false) && Is(i - 1, "the"))
                    Keep(ref best, new TimexCandidate(i, i + 2, TimexType.Date, TimexCalendar.Year(_p[i + 1].Value), theOk: true));
                break;
        }
        if (w.Unit == TimeUnit.Weekend && !w.UnitPlural && Is(i - 1, "the"))
        {
            string v = "XXXX-WXX-WE";
            if (_dct is { } d)
            {
                int dir = TenseAt(i, i + 1) == Tense.Future ? 1 : -1;
                v = TimexCalendar.Week(TimexCalendar.ResolveWeekday(d, dir > 0 ? 6 : 7, dir, strict: false)) + "-WE";
            }
            Keep(ref best, new TimexCandidate(i, i + 1, TimexType.Date, v, theOk: true));
        }
        if (w.Number is 19 or 20 or 2) Keep(ref best, WordYear(i));
        Keep(ref best, Duration(i));
        return best;
    }

    /// <summary>Years in words: "nineteen ninety-six", "two thousand", "two thousand and one".</summary>
    private TimexCandidate WordYear(int i)
    {
        int hi = _p[i].Word!.Number;
        int k = i + 1;
        int year;
        if (hi == 2)
        {
            if (!Is(k, "thousand")) return default;
            year = 2000;
            k++;
            int a = Is(k, "and") ? k + 1 : k;
            if (W(a) is { Number: >= 1 and <= 19 } lw && W(a + 1) is not { Unit: not TimeUnit.None }) { year += lw.Number; k = a + 1; }
        }
        else
        {
            if (W(k) is not { Number: >= 10 and <= 90 } tw || tw.Number < 20 && tw.Number != 10 && tw.Number < 11) return default;
            int lo = tw.Number;
            k++;
            if (lo >= 20 && lo % 10 == 0)
            {
                int u = IsDash(k) && Adj(k) ? k + 1 : k;
                if (W(u) is { Number: >= 1 and <= 9 } uw) { lo += uw.Number; k = u + 1; }
            }
            year = hi * 100 + lo;
        }
        if (W(k) is { Unit: not TimeUnit.None }) return default;
        return new TimexCandidate(i, k, TimexType.Date, TimexCalendar.Year(year));
    }

    // ---------------------------------------------------------------- numeric forms

    private bool PartOfLargerNumber(int i)
    {
        if (Adj(i) && (Sym(i - 1, ',') || Sym(i - 1, '.') || Sym(i - 1, '$') || Sym(i - 1, '#') || Digit(i - 1))) return true;
        if (Adj(i + 1) && (Sym(i + 1, ',') || Sym(i + 1, '.') || Sym(i + 1, '%')) && Digit(i + 2) && Adj(i + 2)) return true;
        if (Adj(i + 1) && (Sym(i + 1, '%') || Alpha(i + 1) && !Is(i + 1, "s"))) return true;
        return false;
    }

    /// <summary>A four-digit year; with <paramref name="requireContext"/>, only where the words around it show it is a year.</summary>
    private bool IsYear(int i, bool requireContext)
    {
        if (!Digit(i, 4, 4)) return false;
        int v = _p[i].Value;
        if (v < 1000 || v > 2199) return false;
        if (PartOfLargerNumber(i)) return false;
        if (!requireContext) return true;
        if (W(i - 1) is { YearPrep: true } || W(i - 1) is { Month: > 0 }) return true;
        if (v < 1800) return false;
        // "its 1988 recapitalization", "Israel's 1978 resolution"
        if (v is >= 1900 and <= 2040 && (Is(i - 1, "s") && IsApos(i - 2) || Is(i - 1, "its") || Is(i - 1, "his") || Is(i - 1, "her") || Is(i - 1, "their") || Is(i - 1, "our") || Is(i - 1, "that") || Is(i - 1, "this") || Is(i - 1, "unsuccessful") || Is(i - 1, "a")))
            return Alpha(i + 1) && !_p[i + 1].Cap && W(i + 1) is not { Unit: not TimeUnit.None };
        if (i + 1 >= _n) return true;
        if (_p[i + 1].Kind == TimePieceKind.Symbol) return !(Sym(i + 1, '-') && Digit(i + 2)) && !Sym(i + 1, '/') && !Sym(i + 1, ':');
        if (Alpha(i + 1))
        {
            var next = W(i + 1);
            if (next is not null && (next.Tense != Tense.Unknown || next.MonthPrep || next.YearPrep)) return true;
            if (Is(i + 1, "s")) return false;
            return _p[i + 1].Cap;
        }
        return false;
    }

    private TimexCandidate Numeric(int i)
    {
        var best = default(TimexCandidate);
        // '90s
        if (IsApos(i))
        {
            if (Digit(i + 1, 2, 2) && Adj(i + 1) && Is(i + 2, "s") && Adj(i + 2))
            {
                int d = _p[i + 1].Value;
                string century = d >= 30 ? "19" : "20";
                Keep(ref best, new TimexCandidate(i, i + 3, TimexType.Date, century + (d / 10).ToString(CultureInfo.InvariantCulture), theOk: true));
            }
            return best;
        }
        int v = _p[i].Value;
        // 2019-10-25
        if (Digit(i, 4, 4) && IsDash(i + 1) && Adj(i + 1) && Digit(i + 2, 2, 2) && Adj(i + 2) && IsDash(i + 3) && Adj(i + 3) && Digit(i + 4, 2, 2) && Adj(i + 4)
            && !(Adj(i + 5) && Digit(i + 5)))
        {
            int y = v, m = _p[i + 2].Value, d = _p[i + 4].Value;
            if (TimexCalendar.IsValidDay(y, m, d)) Keep(ref best, new TimexCandidate(i, i + 5, TimexType.Date, TimexCalendar.Day(y, m, d)));
        }
        // 10/25/2019 (US month/day order unless the first number cannot be a month)
        if (Digit(i, 1, 2) && Sym(i + 1, '/') && Adj(i + 1) && Digit(i + 2, 1, 2) && Adj(i + 2) && Sym(i + 3, '/') && Adj(i + 3)
            && (Digit(i + 4, 2, 2) || Digit(i + 4, 4, 4)) && Adj(i + 4) && !(Adj(i + 5) && (Digit(i + 5) || Sym(i + 5, '/'))))
        {
            int a = v, b = _p[i + 2].Value, y = _p[i + 4].Value;
            if (_p[i + 4].Length == 2) y += y >= 50 ? 1900 : 2000;
            int m = a, d = b;
            if (a > 12 && b <= 12) { m = b; d = a; }
            if (TimexCalendar.IsValidDay(y, m, d)) Keep(ref best, new TimexCandidate(i, i + 5, TimexType.Date, TimexCalendar.Day(y, m, d)));
        }
        // 1990s, 1990's
        if (Digit(i, 4, 4) && v % 10 == 0 && v >= 1000 && v < 2200)
        {
            if (Is(i + 1, "s") && Adj(i + 1) && !Alpha(i + 2) || IsApos(i + 1) && Adj(i + 1) && Is(i + 2, "s") && Adj(i + 2))
            {
                int end = Is(i + 1, "s") ? i + 2 : i + 3;
                Keep(ref best, new TimexCandidate(i, end, TimexType.Date, (v / 10).ToString("D3", CultureInfo.InvariantCulture), theOk: true));
            }
        }
        // 29 October 2019, 29th of October
        if (Digit(i, 1, 2) && v is >= 1 and <= 31 && !PartOfLargerNumberLeft(i))
        {
            int k = SkipOrdinalSuffix(i + 1);
            if (Is(k, "of")) k++;
            if (W(k) is { Month: > 0 } mw && (!mw.MonthAmbiguous || _p[k].Cap))
            {
                int m = mw.Month;
                int e = k + 1;
                if (mw.MonthAbbr && Sym(e, '.') && Adj(e)) e++;
                int e2 = Sym(e, ',') ? e + 1 : e;
                if (IsYear(e2, requireContext: false) && TimexCalendar.IsValidDay(_p[e2].Value, m, v))
                    Keep(ref best, new TimexCandidate(i, e2 + 1, TimexType.Date, TimexCalendar.Day(_p[e2].Value, m, v)));
                else if (TimexCalendar.IsValidDay(2000, m, v))
                    Keep(ref best, new TimexCandidate(i, e, TimexType.Date, ResolveMonthDay(m, v, i, e)));
            }
        }
        // a year
        if (IsYear(i, requireContext: true))
        {
            int e = i + 1;
            Keep(ref best, new TimexCandidate(i, e, TimexType.Date, TimexCalendar.Year(v)));
        }
        // 20th century, 3rd quarter
        if (Digit(i, 1, 2) && SkipOrdinalSuffix(i + 1) > i + 1)
        {
            Keep(ref best, Century(i));
            Keep(ref best, Quarter(i));
        }
        Keep(ref best, Clock(i));
        return best;
    }

    private bool PartOfLargerNumberLeft(int i) => Adj(i) && (Sym(i - 1, ',') || Sym(i - 1, '.') || Sym(i - 1, '$') || Sym(i - 1, '/') || Sym(i - 1, ':') || Digit(i - 1));

    private int SkipOrdinalSuffix(int k)
    {
        if (Adj(k) && (Is(k, "st") || Is(k, "nd") || Is(k, "rd") || Is(k, "th"))) return k + 1;
        return k;
    }

    /// <summary>Number of a count at <paramref name="i"/>: ordinal digits ("3rd") or an ordinal word.</summary>
    private bool OrdinalAt(int i, out int value, out int end)
    {
        value = 0;
        end = i;
        if (W(i) is { Ordinal: > 0 } w)
        {
            value = w.Ordinal;
            end = i + 1;
            // twenty-first
            return true;
        }
        if (Digit(i, 1, 2))
        {
            int k = SkipOrdinalSuffix(i + 1);
            if (k == i + 1) return false;
            value = _p[i].Value;
            end = k;
            return true;
        }
        return false;
    }

    private TimexCandidate Century(int i)
    {
        if (!OrdinalAt(i, out int n, out int k) || n < 1 || n > 22) return default;
        if (IsDash(k) && Adj(k)) k++;
        if (!Is(k, "century")) return default;
        return new TimexCandidate(i, k + 1, TimexType.Date, (n - 1).ToString("D2", CultureInfo.InvariantCulture), theOk: true);
    }

    private TimexCandidate Quarter(int i)
    {
        int start = i;
        if (Is(i, "fiscal")) i++;
        int q;
        int k;
        bool half = false;
        if (Is(i, "q") && _p[i].Cap && Digit(i + 1, 1, 1) && Adj(i + 1) && _p[i + 1].Value is >= 1 and <= 4)
        {
            q = _p[i + 1].Value;
            k = i + 2;
        }
        else
        {
            if (!OrdinalAt(i, out q, out k)) return default;
            if (IsDash(k) && Adj(k)) k++;
            if (Is(k, "half") && q is 1 or 2 && (Is(k + 1, "of") || Sym(k + 1, ',')) && (IsYear(k + 2, requireContext: false) || W(k + 2) is { IsShift: true } && Is(k + 3, "year"))) half = true;
            else if (!(W(k) is { Unit: TimeUnit.Quarter, UnitPlural: false } && q is >= 1 and <= 4)) return default;
            k++;
        }
        string code = half ? "-H" : "-Q";
        int end = k;
        int? year = null;
        int e = Is(k, "of") || Sym(k, ',') ? k + 1 : k;
        if (IsYear(e, requireContext: false)) { year = _p[e].Value; end = e + 1; }
        else if (Is(k, "of") && W(k + 1) is { IsShift: true } sw && Is(k + 2, "year") && _dct is { } d0)
        {
            year = d0.Year + sw.Shift;
            end = k + 3;
        }
        else if (_dct is { } d)
        {
            // A quarter or half named without a year is the current one or the latest of that number: news reports results.
            int cur = half ? (d.Month <= 6 ? 1 : 2) : TimexCalendar.Quarter(d.Month);
            year = q <= cur ? d.Year : d.Year - 1;
        }
        string value = (year is { } y ? TimexCalendar.Year(y) : "XXXX") + code + q.ToString(CultureInfo.InvariantCulture);
        return new TimexCandidate(start, end, TimexType.Date, value, theOk: true) { IsAnchor = !half && year is not null };
    }

    /// <summary>3:45, 3:45am, 3 p.m., noon; with a following day ("3 p.m. Friday") the day gives the date.</summary>
    private TimexCandidate Clock(int i)
    {
        int h, m = 0, k;
        if (Is(i, "noon")) { h = 12; k = i + 1; }
        else if (Is(i, "midnight")) { h = 24; k = i + 1; }
        else
        {
            if (!Digit(i, 1, 2) || PartOfLargerNumberLeft(i)) return default;
            h = _p[i].Value;
            k = i + 1;
            bool colon = false;
            if (Sym(k, ':') && Adj(k) && Digit(k + 1, 2, 2) && Adj(k + 1) && _p[k + 1].Value < 60)
            {
                m = _p[k + 1].Value;
                k += 2;
                colon = true;
                if (Sym(k, ':') && Adj(k) && Digit(k + 1, 2, 2) && Adj(k + 1)) k += 2;
            }
            int mk = Meridiem(k, out bool pm);
            if (mk > k)
            {
                if (h < 1 || h > 12) return default;
                if (pm && h < 12) h += 12;
                if (!pm && h == 12) h = 0;
                k = mk;
            }
            else if (Is(k, "o") && IsApos(k + 1) && Is(k + 2, "clock"))
            {
                if (h < 1 || h > 12) return default;
                k += 3;
            }
            else if (!colon || h > 24 || (Digit(k) && Adj(k))) return default;
        }
        if (h > 24) return default;
        string t = "T" + h.ToString("D2", CultureInfo.InvariantCulture) + ":" + m.ToString("D2", CultureInfo.InvariantCulture);
        // A time zone ("5 p.m. EST"), then a day after the time: "3 p.m. Friday", "10 a.m. yesterday", "noon on Oct. 25".
        if (W(k) is { TimeZone: true } && _p[k].Cap) k++;
        int dk = Is(k, "on") ? k + 1 : Sym(k, ',') ? k + 1 : k;
        var day = default(TimexCandidate);
        if (dk < _n && W(dk) is { } dw && (dw.Weekday > 0 || dw.IsDayRel && dw.DayRelPart is null || dw.Month > 0))
        {
            day = CoreNoThe(dk);
            if (day.Ok && day.Type == TimexType.Date && (day.Value.Length == 10 && day.Value[4] == '-' && day.Value[7] == '-' || day.Value.StartsWith("XXXX-", StringComparison.Ordinal))) k = day.End;
            else day = default;
        }
        string date = day.Ok ? day.Value! : _dct is { } d ? TimexCalendar.Day(d) : "XXXX-XX-XX";
        return new TimexCandidate(i, k, TimexType.Time, date + t) { DayAssumed = !day.Ok };
    }

    private int Meridiem(int k, out bool pm)
    {
        pm = false;
        if (W(k)?.AmPm is { } ap && (Digit(k - 1) || Adj(k)))
        {
            pm = ap == "pm";
            return Sym(k + 1, '.') && Adj(k + 1) && !Alpha(k + 2) ? k + 2 : k + 1;
        }
        if ((Is(k, "a") || Is(k, "p")) && Sym(k + 1, '.') && Adj(k + 1) && Is(k + 2, "m") && Adj(k + 2))
        {
            pm = Is(k, "p");
            return Sym(k + 3, '.') && Adj(k + 3) ? k + 4 : k + 3;
        }
        return k;
    }

    // ---------------------------------------------------------------- named dates

    private string ResolveMonthDay(int m, int d, int start, int end)
    {
        if (_dct is not { } dct) return d > 0 ? TimexCalendar.UnknownMonthDay(m, d) : TimexCalendar.UnknownMonth(m);
        var tense = TenseAt(start, end);
        // "by February", "until mid-November", "through January": a deadline, usually still ahead
        int pb = start - 1;
        while (pb >= 0 && (Is(pb, "early") || Is(pb, "late") || Is(pb, "mid") || IsDash(pb) || Is(pb, "the") || Is(pb, "end") || Is(pb, "of"))) pb--;
        if (Is(pb, "by") || Is(pb, "until") || Is(pb, "till") || Is(pb, "through") || Is(pb, "effective"))
        {
            int yf = TimexCalendar.ResolveYear(dct, m, d, Tense.Future);
            int dayOfMonth = d > 0 ? d : 1;
            if (TimexCalendar.IsValidDay(yf, m, dayOfMonth) && new DateOnly(yf, m, dayOfMonth).DayNumber - dct.DayNumber <= 130) tense = Tense.Future;
        }
        int y = TimexCalendar.ResolveYear(dct, m, d, tense);
        return d > 0 ? TimexCalendar.Day(y, m, d) : TimexCalendar.Month(y, m);
    }

    private bool SentenceInitial(int i) => i == 0 || Sym(i - 1, '"') || Sym(i - 1, '\u201C') || Sym(i - 1, '(') || Sym(i - 1, ':') || Sym(i - 1, '-');

    private TimexCandidate MonthDate(int i)
    {
        var w = _p[i].Word!;
        int m = w.Month;
        int k = i + 1;
        bool dot = false;
        if (Sym(k, '.') && Adj(k) && w.MonthAbbr) { k++; dot = true; }
        // day
        if (Digit(k, 1, 2) && _p[k].Value is >= 1 and <= 31 && TimexCalendar.IsValidDay(2000, m, _p[k].Value)
            && !(Sym(k + 1, ':') && Digit(k + 2) || Sym(k + 1, '.') && Digit(k + 2) || Sym(k + 1, ',') && Digit(k + 2, 3, 3) && Adj(k + 2))
            && (_p[i].Cap || !w.MonthAmbiguous))
        {
            int d = _p[k].Value;
            int e = SkipOrdinalSuffix(k + 1);
            int e2 = Sym(e, ',') ? e + 1 : e;
            if (IsYear(e2, requireContext: false) && TimexCalendar.IsValidDay(_p[e2].Value, m, d))
                return new TimexCandidate(i, e2 + 1, TimexType.Date, TimexCalendar.Day(_p[e2].Value, m, d));
            return new TimexCandidate(i, e, TimexType.Date, ResolveMonthDay(m, d, i, e));
        }
        if (w.MonthAbbr && !dot) return default;
        if (!_p[i].Cap && (w.MonthAmbiguous || w.MonthAbbr)) return default;
        // year
        int y0 = Sym(k, ',') || Is(k, "of") ? k + 1 : k;
        if (IsYear(y0, requireContext: false))
            return new TimexCandidate(i, y0 + 1, TimexType.Date, TimexCalendar.Month(_p[y0].Value, m));
        if (W(y0) is { Number: 19 or 20 or 2 } && WordYear(y0) is { Ok: true } wy)
            return new TimexCandidate(i, wy.End, TimexType.Date, wy.Value + "-" + m.ToString("D2", CultureInfo.InvariantCulture));
        // June last year, May of last year
        int sy = Is(k, "of") ? k + 1 : k;
        if (W(sy) is { IsShift: true } sw && Is(sy + 1, "year") && sw.Shift != 0 || Is(sy, "this") && Is(sy + 1, "year"))
        {
            int shift = W(sy)!.Shift;
            string v = _dct is { } d ? TimexCalendar.Month(d.Year + shift, m) : TimexCalendar.UnknownMonth(m);
            return new TimexCandidate(i, sy + 2, TimexType.Date, v);
        }
        // month alone: guard against "May" the name or verb and "March" the noun or verb.
        var pos = PosAt(i);
        if (pos is UniversalPos.VERB or UniversalPos.AUX) return default;
        var prev = W(i - 1);
        if (prev is { NameBefore: true }) return default;
        bool prep = prev is { MonthPrep: true } || Sym(i - 1, ',') && W(i - 2) is { Month: > 0 } || IsDash(i - 1) && Is(i - 2, "mid");
        if (w.MonthAmbiguous || !_p[i].Cap)
        {
            if (!prep || pos == UniversalPos.NOUN) return default;
        }
        else if (!prep && Alpha(i - 1) && _p[i - 1].Cap && !SentenceInitial(i - 1) && prev is null)
        {
            return default; // a capitalised word before: part of a name ("Theresa May", "Aunt June")
        }
        if (dot) k = i + 2;
        return new TimexCandidate(i, k, TimexType.Date, ResolveMonthDay(m, 0, i, k));
    }

    private TimexCandidate WeekdayDate(int i)
    {
        var w = _p[i].Word!;
        if (W(i - 1) is { NameBefore: true }) return default;
        if (w.WeekdayAbbr && !_p[i].Cap) return default;
        int k = i + 1;
        if (w.WeekdayAbbr && Sym(k, '.') && Adj(k)) k++;
        int k2 = Sym(k, ',') ? k + 1 : k;
        // Friday, Oct. 25 (2019)
        if (W(k2) is { Month: > 0 } || Digit(k2, 1, 2))
        {
            var explicitDate = W(k2) is { Month: > 0 } ? MonthDate(k2) : Numeric(k2);
            if (explicitDate.Ok && explicitDate.Type == TimexType.Date && explicitDate.Value.Length == 10)
                return new TimexCandidate(i, explicitDate.End, TimexType.Date, explicitDate.Value);
        }
        if (w.WeekdayAbbr) return default;
        if (!_p[i].Cap && !Alpha(i - 1)) return default;
        // "on Tuesday last week", "Friday next week": that weekday of the week before or after the story's week, whatever the tense.
        if (_dct is { } story && (Is(k, "last") || Is(k, "next")) && Is(k + 1, "week"))
        {
            var monday = story.AddDays(1 - TimexCalendar.IsoDay(story));
            return new TimexCandidate(i, k + 2, TimexType.Date, TimexCalendar.Day(monday.AddDays((Is(k, "last") ? -7 : 7) + w.Weekday - 1)));
        }
        string value;
        if (_dct is { } dct)
        {
            var tense = TenseAt(i, i + 1);
            value = TimexCalendar.Day(TimexCalendar.ResolveWeekday(dct, w.Weekday, tense == Tense.Future ? 1 : -1, strict: false));
        }
        else value = "XXXX-WXX-" + w.Weekday.ToString(CultureInfo.InvariantCulture);
        // Friday night, Friday morning
        if (W(k) is { DayPart: { } part })
            return new TimexCandidate(i, k + 1, TimexType.Time, value + "T" + part);
        return new TimexCandidate(i, k, TimexType.Date, value);
    }

    private TimexCandidate DayRel(int i)
    {
        var w = _p[i].Word!;
        string value = _dct is { } d ? TimexCalendar.Day(d.AddDays(w.DayRel)) : "XXXX-XX-XX";
        if (w.DayRelPart is { } part) return new TimexCandidate(i, i + 1, TimexType.Time, value + "T" + part);
        if (W(i + 1) is { DayPart: { } p2 }) return new TimexCandidate(i, i + 2, TimexType.Time, value + "T" + p2);
        return new TimexCandidate(i, i + 1, TimexType.Date, value);
    }

    /// <summary>"the year", "the current quarter", "the latest period", "the year-earlier quarter".</summary>
    private TimexCandidate ThePeriod(int the)
    {
        int k = the + 1;
        bool current = false, latest = false;
        for (int n = 0; n < 2 && Alpha(k); n++)
        {
            if (Is(k, "current")) current = true;
            else if (Is(k, "latest")) latest = true;
            else if (!(Is(k, "full") || Is(k, "fiscal") || Is(k, "entire") || Is(k, "whole"))) break;
            k++;
        }
        if (!Alpha(k)) return default;
        // the year-earlier quarter, the year-ago period
        if (Is(k, "year") && IsDash(k + 1) && (Is(k + 2, "earlier") || Is(k + 2, "ago")) && (Is(k + 3, "quarter") || Is(k + 3, "period")))
        {
            string? v = AnchoredQuarter(k, -1) ?? (_dct is { } d0 ? (Is(k + 3, "quarter") ? QuarterValue(d0.AddYears(-1)) : TimexCalendar.Year(d0.Year - 1)) : null);
            return v is null ? default : new TimexCandidate(the, k + 4, TimexType.Date, v);
        }
        if (IsDash(k + 1) || IsYear(k + 1, requireContext: false)) return default;
        // "the year two thousand": the year spelled out, not the current one
        if (Is(k, "year") && W(k + 1) is { Number: 19 or 20 or 2 } && WordYear(k + 1) is { Ok: true } spelled)
            return new TimexCandidate(the, spelled.End, TimexType.Date, spelled.Value);
        if (Is(k, "year"))
        {
            // "the year ended March 31" is a fiscal year: a duration
            if (Is(k + 1, "ended") || Is(k + 1, "ending")) return new TimexCandidate(the, k + 1, TimexType.Duration, "P1Y");
            return new TimexCandidate(the, k + 1, TimexType.Date, _dct is { } d ? TimexCalendar.Year(d.Year) : "XXXX");
        }
        if (Is(k, "quarter") || latest && Is(k, "period"))
        {
            // "the latest quarter": the last one completed before publication; "the latest period" is the fiscal period named before
            string? v = current ? (_dct is { } d ? QuarterValue(d) : null) : latest && Is(k, "quarter") ? (_dct is { } dl ? QuarterValue(dl.AddMonths(-3)) : null) : AnchoredQuarter(k, 0);
            if (v is null && _dct is { } d2) v = QuarterValue(d2.AddMonths(current ? 0 : -3));
            return new TimexCandidate(the, k + 1, TimexType.Date, v ?? "XXXX-QX");
        }
        return default;
    }

    private TimexCandidate EarlierThis(int i)
    {
        // earlier in the year, later in the month
        if (Is(i + 1, "in") && Is(i + 2, "the") && W(i + 3) is { Unit: TimeUnit.Year or TimeUnit.Month or TimeUnit.Week or TimeUnit.Day, UnitPlural: false } iw)
        {
            // ("Police raided the house on Monday. Later in the day, …": the day named in this sentence or the one before, not
            // the publication day.)
            string? v = (iw.Unit == TimeUnit.Day && _sent[i] - _anchorYearSentence <= 1 ? AnaphoricPeriod(i, TimeUnit.Day, 0) : null) ?? ShiftedPeriod(iw.Unit, 0);
            return v is null ? default : new TimexCandidate(i, i + 4, TimexType.Date, v);
        }
        if (W(i + 1) is not { IsShift: true }) return default;
        var c = ShiftExpr(i + 1);
        if (!c.Ok || c.Type != TimexType.Date) return default;
        c.Start = i;
        return c;
    }

    private TimexCandidate ShiftExpr(int i)
    {
        var w = _p[i].Word!;
        int shift = w.Shift;
        bool the = Is(i - 1, "the");
        bool pastLike = w.Text is "past" or "last";
        int k = i + 1;
        // "this past spring", "this coming week"
        if (w.Text == "this" && (Is(k, "past") || Is(k, "coming")) && W(k + 1) is { } nx && (nx.Season is not null || nx.Weekday > 0 || nx.Month > 0 || nx.Unit is TimeUnit.Week or TimeUnit.Weekend))
        {
            shift = Is(k, "past") ? -1 : 1;
            k++;
        }
        if (k >= _n) return default;
        // the past three years, the next few days
        if (w.Text != "this" && (CountAt(k, out _, out _, out _) || W(k) is { Few: true } || Is(k, "a") && Is(k + 1, "few")))
        {
            var dur = Duration(k);
            if (dur.Ok && dur.Type == TimexType.Duration)
                return new TimexCandidate(i, dur.End, TimexType.Duration, dur.Value, theOk: true);
        }
        var nw = W(k);
        if (nw is null) return default;
        if (_p[i].Cap && _p[k].Cap && !SentenceInitial(i) && !Sym(i - 1, '.') && nw.Month == 0 && nw.Weekday == 0) return default; // a title: ABC's "This Week"
        if (nw.Unit != TimeUnit.None && !nw.UnitPlural)
        {
            // the past week: a duration ending now
            if (pastLike && (the || w.Text == "past") && nw.Unit is TimeUnit.Week or TimeUnit.Month or TimeUnit.Year or TimeUnit.Decade or TimeUnit.Century or TimeUnit.Day)
                return new TimexCandidate(i, k + 1, TimexType.Duration, DurationValue(1, nw.Unit, false), theOk: true);
            if (w.Text is "past") return default;
            string? v = ShiftedPeriod(nw.Unit, shift);
            // "the following year", "the previous month", "the next day": counted from the date last named, not from publication
            if (the && (w.Text is "previous" or "following" || w.Text == "next" && nw.Unit == TimeUnit.Day) && AnaphoricPeriod(i, nw.Unit, shift) is { } anaphoric) v = anaphoric;
            if (v is null) return default;
            if (nw.Unit == TimeUnit.Day && !(the && w.Text is "previous" or "following" or "next")) return default;
            if (w.Text is "previous" or "following" && !the) return default;
            return new TimexCandidate(i, k + 1, TimexType.Date, v, theOk: true);
        }
        if (w.Text is "past" or "previous" or "following") return default;
        if (nw.Month > 0 && (_p[k].Cap || !nw.MonthAmbiguous))
        {
            int m = nw.Month;
            string v;
            if (_dct is { } d)
            {
                int y = d.Year;
                if (shift < 0) y = m < d.Month ? d.Year : d.Year - 1;
                else if (shift > 0) y = m > d.Month ? d.Year : d.Year + 1;
                else y = d.Year;
                v = TimexCalendar.Month(y, m);
            }
            else v = TimexCalendar.UnknownMonth(m);
            int e = k + 1;
            if (nw.MonthAbbr && Sym(e, '.') && Adj(e)) e++;
            // "last August 21", "next March 3": the day narrows the shifted month to the last (or next) such day.
            if (shift != 0 && Digit(e, 1, 2) && _p[e].Value is int day and >= 1 and <= 31 && !(Sym(e + 1, ':') && Digit(e + 2)) && !Sym(e + 1, '%')
                && TimexCalendar.IsValidDay(2000, m, day))
            {
                int end = SkipOrdinalSuffix(e + 1);
                if (_dct is not { } dct) return new TimexCandidate(i, end, TimexType.Date, TimexCalendar.UnknownMonthDay(m, day));
                int y = dct.Year;
                if (shift < 0 && (m > dct.Month || m == dct.Month && day >= dct.Day)) y--;
                else if (shift > 0 && (m < dct.Month || m == dct.Month && day <= dct.Day)) y++;
                if (TimexCalendar.IsValidDay(y, m, day)) return new TimexCandidate(i, end, TimexType.Date, TimexCalendar.Day(y, m, day));
            }
            return new TimexCandidate(i, e, TimexType.Date, v);
        }
        if (nw.Weekday > 0 && !nw.WeekdayAbbr)
        {
            string v;
            if (_dct is { } d)
            {
                int dir = shift != 0 ? shift : TenseAt(i, k + 1) == Tense.Future ? 1 : -1;
                v = TimexCalendar.Day(TimexCalendar.ResolveWeekday(d, nw.Weekday, dir, strict: shift != 0));
            }
            else v = "XXXX-WXX-" + nw.Weekday.ToString(CultureInfo.InvariantCulture);
            if (W(k + 1) is { DayPart: { } part }) return new TimexCandidate(i, k + 2, TimexType.Time, v + "T" + part);
            return new TimexCandidate(i, k + 1, TimexType.Date, v);
        }
        if (nw.Season is { } season)
        {
            string v = _dct is { } d ? TimexCalendar.ResolveSeason(d, season, shift, Tense.Unknown) : "XXXX-" + season;
            return new TimexCandidate(i, k + 1, TimexType.Date, v, theOk: true);
        }
        if (nw.DayPart is { } dp && (w.Text == "this" || w.Text == "last" && dp is "NI" or "EV"))
        {
            string v = _dct is { } d ? TimexCalendar.Day(d.AddDays(shift)) : "XXXX-XX-XX";
            return new TimexCandidate(i, k + 1, TimexType.Time, v + "T" + dp);
        }
        return default;
    }

    /// <summary>
    /// The expression from <paramref name="start"/> through the word "day" at <paramref name="day"/> ("that day", "the same
    /// day", "later that day"), valued as the calendar day last named; not found when there is no "day" there or no such day.
    /// </summary>
    private TimexCandidate DayLastNamed(int start, int day)
    {
        // (The word first: the day last named is looked up only for "day" or a part of the day.)
        bool wholeDay = Is(day, "day");
        // "that night", "later that evening": a part of the day last named (not "that mornings"-like plurals).
        string? part = !wholeDay && W(day) is { DayPart: { } p } && !_text.AsSpan(_p[day].Start, _p[day].Length).EndsWith("s", StringComparison.OrdinalIgnoreCase) ? p : null;
        if ((!wholeDay && part is null) || AnaphoricPeriod(start, TimeUnit.Day, 0) is not { } value) return default;
        return wholeDay ? new TimexCandidate(start, day + 1, TimexType.Date, value) : new TimexCandidate(start, day + 1, TimexType.Time, value + "T" + part);
    }

    /// <summary>The year, month or day last named (within three sentences) shifted by <paramref name="shift"/>, or null when none was named.</summary>
    private string? AnaphoricPeriod(int piece, TimeUnit unit, int shift)
    {
        if (_anchorYear is null || _sent[piece] - _anchorYearSentence > 3) return null;
        if (unit == TimeUnit.Year)
            return TimexCalendar.Year(int.Parse(_anchorYear, CultureInfo.InvariantCulture) + shift);
        if (unit == TimeUnit.Month && _anchorMonth is not null)
        {
            var d = new DateOnly(int.Parse(_anchorMonth[..4], CultureInfo.InvariantCulture), int.Parse(_anchorMonth[5..7], CultureInfo.InvariantCulture), 1).AddMonths(shift);
            return TimexCalendar.Month(d.Year, d.Month);
        }
        if (unit == TimeUnit.Day && _anchorDay is { } day)
            return TimexCalendar.Day(day.AddDays(shift));
        return null;
    }

    /// <summary>The value of a period of <paramref name="unit"/> when there is no publication date to anchor it.</summary>
    private static string? UnresolvedPeriod(TimeUnit unit) => unit switch
    {
        TimeUnit.Year => "XXXX",
        TimeUnit.Month => "XXXX-XX",
        TimeUnit.Week => "XXXX-WXX",
        TimeUnit.Weekend => "XXXX-WXX-WE",
        TimeUnit.Day => "XXXX-XX-XX",
        TimeUnit.Quarter => "XXXX-QX",
        TimeUnit.Decade => "XXX",
        TimeUnit.Century => "XX",
        _ => null,
    };

    private string? ShiftedPeriod(TimeUnit unit, int shift)
    {
        if (_dct is not { } d) return UnresolvedPeriod(unit);
        return unit switch
        {
            TimeUnit.Year => TimexCalendar.Year(d.Year + shift),
            TimeUnit.Month => TimexCalendar.Month(d.AddMonths(shift).Year, d.AddMonths(shift).Month),
            TimeUnit.Week => TimexCalendar.Week(d.AddDays(7 * shift)),
            TimeUnit.Weekend => TimexCalendar.Week(d.AddDays(7 * shift)) + "-WE",
            TimeUnit.Day => TimexCalendar.Day(d.AddDays(shift)),
            TimeUnit.Quarter => QuarterValue(d.AddMonths(3 * shift)),
            TimeUnit.Decade => (d.Year / 10 + shift).ToString("D3", CultureInfo.InvariantCulture),
            TimeUnit.Century => (d.Year / 100 + shift).ToString("D2", CultureInfo.InvariantCulture),
            _ => null,
        };
    }

    /// <summary>The recently named quarter shifted by <paramref name="years"/>, or null when none was named nearby.</summary>
    private string? AnchoredQuarter(int piece, int years)
    {
        if (_anchorQuarter is null || _sent[piece] - _anchorSentence > 4) return null;
        int y = int.Parse(_anchorQuarter.AsSpan(0, 4), CultureInfo.InvariantCulture) + years;
        return TimexCalendar.Year(y) + _anchorQuarter[4..];
    }

    private static string QuarterValue(DateOnly d) => TimexCalendar.Year(d.Year) + "-Q" + TimexCalendar.Quarter(d.Month).ToString(CultureInfo.InvariantCulture);

    private TimexCandidate Season(int i)
    {
        string code = _p[i].Word!.Season!;
        int k = i + 1;
        int y0 = Is(k, "of") || Sym(k, ',') ? k + 1 : k;
        if (IsYear(y0, requireContext: false))
            return new TimexCandidate(i, y0 + 1, TimexType.Date, TimexCalendar.Year(_p[y0].Value) + "-" + code, theOk: true);
        if (W(y0) is { Number: 19 or 20 or 2 } && WordYear(y0) is { Ok: true } wy)
            return new TimexCandidate(i, wy.End, TimexType.Date, wy.Value + "-" + code, theOk: true);
        if (Is(k, "of")) return default; // "the fall of Kabul"
        bool the = Is(i - 1, "the");
        int pi = the ? i - 2 : i - 1;
        bool prep = Is(pi, "in") || Is(pi, "during") || Is(pi, "since") || Is(pi, "until") || Is(pi, "by") || Is(pi, "through") || Is(pi, "throughout")
            || Is(pi, "early") || Is(pi, "late") || Is(pi, "mid") || Is(pi, "over") || Is(pi, "last") || Is(pi, "next") || Is(pi, "this") || Is(pi, "of") && the;
        if (!prep) return default;
        string v = _dct is { } d ? TimexCalendar.ResolveSeason(d, code, 0, TenseAt(i, k)) : "XXXX-" + code;
        return new TimexCandidate(i, k, TimexType.Date, v, theOk: true);
    }

    // ---------------------------------------------------------------- durations and sets

    /// <summary>A count: digits ("3", "1.5"), number words ("twenty-five", "a hundred") or "a"/"an".</summary>
    private bool CountAt(int i, out double value, out int end, out bool article)
    {
        value = 0;
        end = i;
        article = false;
        if (i >= _n) return false;
        if (Digit(i) && _p[i].Value >= 0 && !PartOfLargerNumberLeft(i))
        {
            value = _p[i].Value;
            end = i + 1;
            if (Sym(end, '.') && Adj(end) && Digit(end + 1) && Adj(end + 1) && _p[end + 1].Length <= 2)
            {
                value += _p[end + 1].Value / Math.Pow(10, _p[end + 1].Length);
                end += 2;
            }
            else if (Sym(end, ',') && Adj(end) && Digit(end + 1, 3, 3) && Adj(end + 1)) return false;
            return true;
        }
        if (Is(i, "a") || Is(i, "an"))
        {
            if (Is(i + 1, "hundred")) { value = 100; end = i + 2; return true; }
            if (Is(i + 1, "couple") && Is(i + 2, "of")) { value = 2; end = i + 3; return true; }
            value = 1;
            end = i + 1;
            article = true;
            return true;
        }
        var w = W(i);
        if (w is null || w.Number < 0) return false;
        int v = w.Number;
        int k = i + 1;
        if (v >= 20 && v < 100 && v % 10 == 0)
        {
            int u = IsDash(k) && Adj(k) ? k + 1 : k;
            if (W(u) is { Number: >= 1 and <= 9 } uw) { v += uw.Number; k = u + 1; }
        }
        if (v < 100 && Is(k, "hundred")) { v *= 100; k++; }
        value = v;
        end = k;
        return true;
    }

    private static string DurationValue(double n, TimeUnit unit, bool vague)
    {
        string num(double x) => vague ? "X" : x.ToString("0.##", CultureInfo.InvariantCulture);
        return unit switch
        {
            TimeUnit.Year => "P" + num(n) + "Y",
            TimeUnit.Month => "P" + num(n) + "M",
            TimeUnit.Week => "P" + num(n) + "W",
            TimeUnit.Day => "P" + num(n) + "D",
            TimeUnit.Hour => "PT" + num(n) + "H",
            TimeUnit.Minute => "PT" + num(n) + "M",
            TimeUnit.Second => "PT" + num(n) + "S",
            TimeUnit.Decade => vague ? "PXDE" : "P" + num(n * 10) + "Y",
            TimeUnit.Century => vague ? "PXCE" : "P" + num(n * 100) + "Y",
            TimeUnit.Quarter => "P" + num(n) + "Q",
            TimeUnit.Fortnight => vague ? "PXW" : "P" + num(n * 2) + "W",
            TimeUnit.Weekend => "P" + num(n) + "WE",
            _ => "PX",
        };
    }

    private TimexCandidate Duration(int i)
    {
        int start = i;
        double n;
        int k;
        bool vague = false;
        bool article = false;
        bool the = Is(i - 1, "the");
        bool first = false;
        if (W(i) is { Ordinal: 1 } && Is(i, "first") && the) { first = true; i++; }
        if (W(i) is { Few: true }) { vague = true; n = 0; k = i + 1; }
        else if (Is(i, "a") && Is(i + 1, "few")) { vague = true; n = 0; k = i + 2; }
        else if (Is(i, "half") && (Is(i + 1, "a") || Is(i + 1, "an")))
        {
            var hw = W(i + 2);
            if (hw is { Unit: TimeUnit.Hour, UnitPlural: false }) return new TimexCandidate(start, i + 3, TimexType.Duration, "PT30M");
            if (hw is { Unit: TimeUnit.Year, UnitPlural: false }) return new TimexCandidate(start, i + 3, TimexType.Duration, "P6M");
            if (hw is { Unit: TimeUnit.Day, UnitPlural: false }) return new TimexCandidate(start, i + 3, TimexType.Duration, "PT12H");
            return default;
        }
        else if (CountAt(i, out n, out k, out article)) { }
        else if (W(i) is { Unit: not TimeUnit.None, UnitPlural: true } bare && bare.Unit is not TimeUnit.Weekend and not TimeUnit.Quarter
            && (Is(i - 1, "for") || Is(i + 1, "ago") || Is(i - 1, "within") || Is(i - 1, "in") && !Alpha(i + 1)))
        {
            return new TimexCandidate(i, Is(i + 1, "ago") ? i + 2 : i + 1, TimexType.Duration, DurationValue(0, bare.Unit, true));
        }
        else return default;
        if (!article && !vague && Is(k, "and") && Is(k + 1, "a") && Is(k + 2, "half")) { n += 0.5; k += 3; }
        bool hyphen = false;
        if (IsDash(k) && Adj(k)) { k++; hyphen = true; }
        var uw = W(k);
        if (uw is null || uw.Unit is TimeUnit.None or TimeUnit.Weekend) return default;
        // "three-quarters of its food", "a quarter of the market" are fractions; "the past two quarters" is time
        if (uw.Unit == TimeUnit.Quarter && (hyphen || article || Is(k + 1, "of") || !(W(start) is { IsShift: true } || Is(start - 1, "past") || Is(start - 1, "last") || Is(start - 1, "next")))) return default;
        if (article && (uw.UnitPlural || uw.Unit == TimeUnit.Second)) return default;
        if (!article && !vague && n == 1 && uw.UnitPlural && !hyphen) return default;
        if (vague && !uw.UnitPlural && !hyphen) return default;
        if (uw.Unit == TimeUnit.Second && !Digit(i) && W(i) is null) return default;
        int end = k + 1;
        // ages: "three-year-old", "two years old"
        if (Is(end, "old") || IsDash(end) && Is(end + 1, "old")) return default;
        if (Digit(i) && n == 0) return default;
        // "$1.76 a year", "four flights a week": a rate, not a time
        if (article && (Digit(start - 1) || Alpha(start - 1) && !_p[start - 1].Cap && W(start - 1) is null && _text[_p[start - 1].End - 1] == 's' && _p[start - 1].Length > 3))
            return default;
        // "a year" in "twice a year" is a frequency, not a duration
        if (article && (Is(start - 1, "times") || Is(start - 1, "twice") || Is(start - 1, "once")))
            return new TimexCandidate(start, end, TimexType.Set, DurationValue(1, uw.Unit, false));
        // ago / earlier / later: a date counted from the publication date
        if (!first && (Is(end, "ago") || Is(end, "earlier") || Is(end, "later") || Is(end, "from") && Is(end + 1, "now")))
        {
            int sign = Is(end, "ago") || Is(end, "earlier") ? -1 : 1;
            int e2 = Is(end, "from") ? end + 2 : end + 1;
            if (vague && (Is(end, "ago") || Is(end, "from"))) return new TimexCandidate(start, e2, TimexType.Date, sign < 0 ? "PAST_REF" : "FUTURE_REF");
            // "three days later", "a day earlier" count from another event: TimeML keeps them as durations
            if (!Is(end, "ago") && !Is(end, "from") && uw.Unit != TimeUnit.Year)
                return new TimexCandidate(start, e2, TimexType.Duration, DurationValue(n, uw.Unit, vague));
            string? v = uw.Unit == TimeUnit.Year && n == Math.Floor(n) ? AnchoredQuarter(start, (int)n * sign) : null;
            v ??= AgoValue(n, uw.Unit, sign);
            if (v is not null) return new TimexCandidate(start, e2, TimexType.Date, v);
        }
        return new TimexCandidate(start, end, TimexType.Duration, DurationValue(n, uw.Unit, vague), theOk: first);
    }

    private string? AgoValue(double n, TimeUnit unit, int sign)
    {
        if (n != Math.Floor(n)) return null;
        int c = (int)n * sign;
        if (_dct is not { } d)
            return unit is TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year ? UnresolvedPeriod(unit) : null;
        try
        {
            return unit switch
            {
                TimeUnit.Day => TimexCalendar.Day(d.AddDays(c)),
                TimeUnit.Week => TimexCalendar.Week(d.AddDays(7 * c)),
                TimeUnit.Fortnight => TimexCalendar.Week(d.AddDays(14 * c)),
                TimeUnit.Month => TimexCalendar.Month(d.AddMonths(c).Year, d.AddMonths(c).Month),
                TimeUnit.Quarter => QuarterValue(d.AddMonths(3 * c)),
                TimeUnit.Year => TimexCalendar.Year(d.Year + c),
                TimeUnit.Decade => ((d.Year + 10 * c) / 10).ToString("D3", CultureInfo.InvariantCulture),
                TimeUnit.Century => ((d.Year + 100 * c) / 100).ToString("D2", CultureInfo.InvariantCulture),
                TimeUnit.Hour or TimeUnit.Minute => TimexCalendar.Day(d),
                _ => null,
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private TimexCandidate SetExpr(int i)
    {
        int k = i + 1;
        int mult = 1;
        if (Is(k, "other")) { mult = 2; k++; }
        if (CountAt(k, out double n, out int ce, out bool article) && !article && n >= 1 && n == Math.Floor(n)) { mult *= (int)n; k = ce; }
        var w = W(k);
        if (w is null) return default;
        if (w.Unit != TimeUnit.None && w.Unit != TimeUnit.Weekend)
            return new TimexCandidate(i, k + 1, TimexType.Set, DurationValue(mult, w.Unit, false));
        if (w.Weekday > 0 && !w.WeekdayAbbr)
            return new TimexCandidate(i, k + 1, TimexType.Set, "XXXX-WXX-" + w.Weekday.ToString(CultureInfo.InvariantCulture));
        if (w.DayPart is { } part)
            return new TimexCandidate(i, k + 1, TimexType.Set, "XXXX-XX-XXT" + part);
        if (w.Month > 0 && _p[k].Cap)
            return new TimexCandidate(i, k + 1, TimexType.Set, TimexCalendar.UnknownMonth(w.Month));
        return default;
    }

    private TimexCandidate SetAdverb(int i)
    {
        var w = _p[i].Word!;
        // "daily" before a noun is an adjective ("a daily newspaper"); "annually" is always an adverb.
        if (!w.Text.EndsWith("ally", StringComparison.Ordinal) && Alpha(i + 1) && !_p[i + 1].Cap && W(i + 1) is not { MonthPrep: true }) return default;
        return new TimexCandidate(i, i + 1, TimexType.Set, DurationValue(1, w.SetAdverb, false));
    }

    private TimexCandidate Vague(int i)
    {
        foreach (var phrase in W(i)?.VagueFrom ?? _lex.VagueRefs)
        {
            int e = PhraseAt(i, phrase);
            if (e < 0) continue;
            // "as soon as" is a conjunction
            if (phrase.Parts is ["soon"] && (Is(i - 1, "as") || Is(i + 1, "as") || Is(i + 1, "after") || Is(i + 1, "afterwards"))) return default;
            // "now" glued in "now-defunct" is still "now"; "the past" before a unit is taken by the longer match
            return new TimexCandidate(i, e, phrase.IsDuration ? TimexType.Duration : TimexType.Date, phrase.Value);
        }
        return default;
    }
}
