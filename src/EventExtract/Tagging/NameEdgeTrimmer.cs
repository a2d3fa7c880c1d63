using EventExtract.Text;

namespace EventExtract.Tagging;

/// <summary>
/// Cuts lower-case function words off the end of a recognized name: "[European Union for more] funding" becomes
/// "European Union". A greedy sequence tagger sometimes runs a name on into the words after it; a name does not end
/// in a preposition, determiner, conjunction, pronoun, adverb or adjective written in lower case (a lone "s" is
/// left: it is a possessive written without its apostrophe, "Wendy s"), while it may end
/// in a lower-case noun ("Herat province", "Indian navy"), which is kept. A name is never cut to nothing, and what
/// is left must end in a capitalized word. A person's leading titles the recognizer's own cue list lacks
/// (Resources/Tagging/person-titles.txt: "[Emperor] Norton", "[Professor] Cres Eastman") are cut too, and a
/// company's legal form after a comma is taken in ("[Cargill , Inc.]", company-forms.txt). Stateless and thread-safe.
/// </summary>
internal static class NameEdgeTrimmer
{
    /// <summary>
    /// Returns <paramref name="spans"/> with trailing lower-case function words cut off (the same list when none
    /// was); <paramref name="pos"/> holds the tags of <paramref name="tokens"/>.
    /// </summary>
    /// <remarks>
    /// With <paramref name="calendarWords"/> (day and month names), a trailing preposition and day or month name are cut
    /// too: "[Meloni on Tuesday]" becomes "Meloni".
    /// </remarks>
    public static IReadOnlyList<EntitySpan> Apply(TokenTable tokens, ReadOnlySpan<UniversalPos> pos, IReadOnlyList<EntitySpan> spans,
        IReadOnlySet<string>? calendarWords = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(spans);
        spans = SplitAtDashes(tokens, spans);
        spans = SplitOrganizationsAtAnd(tokens, spans);
        List<EntitySpan>? trimmed = null;
        for (int i = 0; i < spans.Count; i++)
        {
            var s = spans[i];
            int end = s.FirstToken + s.TokenCount;
            if (calendarWords is not null) end = BeforeCalendarTail(tokens, pos, s.FirstToken, end, calendarWords);
            // "[Fallujah Wednesday]", "[Blinken Tuesday]": a day of the week ends no name (news writes the date bare).
            if (calendarWords is not null && end - 1 > s.FirstToken && IsWeekday(tokens.GetChars(end - 1), calendarWords)) end--;
            // "[Michiel Cock m.cock@uni.nl Vrije Universiteit]": no name holds an e-mail or web address; it ends before one.
            end = BeforeAddress(tokens, s.FirstToken, end);
            // "[Abiy Ahmed at State House]": a person's name ends before a lower-case preposition inside it.
            if (s.Type == EntityType.Person) end = BeforeInnerPreposition(tokens, s.FirstToken, end);
            while (end - 1 > s.FirstToken && end - 1 < pos.Length && IsTrailingFunctionWord(tokens.GetChars(end - 1), pos[end - 1])) end--;
            if (end < s.FirstToken + s.TokenCount && !IsNamePart(tokens, s.FirstToken, end - 1)) end = s.FirstToken + s.TokenCount;
            int start = s.FirstToken;
            // "[— Thousands]", "[Reuters) -]": no name begins or ends with a token of punctuation alone.
            while (start + 1 < end && !HasLetterOrDigit(tokens.GetChars(start))) start++;
            while (end - 1 > start && !HasLetterOrDigit(tokens.GetChars(end - 1))) end--;
            // A person's leading titles ("[Emperor] Norton"), when a capitalized word is left.
            if (s.Type == EntityType.Person)
                while (start + 1 < end && WordSets.Contains(PersonTitles.Value, tokens.GetChars(start)) && IsCapitalized(tokens.GetChars(start + 1))) start++;
            bool cut = end < s.FirstToken + s.TokenCount || start > s.FirstToken;
            // A company's legal form after a comma is part of its name ("[Cargill , Inc.]"), absorbing a name the
            // recognizer made of the form alone.
            var type = s.Type;
            bool absorbNext = false;
            if (!cut && end + 1 < tokens.Count && tokens.GetChars(end).Equals(",", StringComparison.Ordinal)
                && IsCompanyForm(tokens.GetChars(end + 1)))
            {
                absorbNext = i + 1 < spans.Count && spans[i + 1].FirstToken == end + 1 && spans[i + 1].TokenCount == 1;
                if (absorbNext || i + 1 >= spans.Count || spans[i + 1].FirstToken > end + 1)
                {
                    end += 2;
                    type = EntityType.Organization;
                    cut = true;
                }
            }
            if (cut) trimmed ??= EntitySpanLists.CopyOfFirst(spans, i, spans.Count);
            if (!cut)
                trimmed?.Add(s);
            else
                trimmed!.Add(s with { Span = new TextSpan(tokens.GetSpan(start).Start, tokens.GetSpan(end - 1).End), FirstToken = start, TokenCount = end - start, Type = type });
            if (absorbNext) i++;
        }
        return trimmed ?? spans;
    }

    /// <summary>
    /// "[Georgia — Thousands] of protesters": a dash standing alone ends a name, which the dateline before it runs into;
    /// the words on each side become names of their own (the same list when no name holds such a dash).
    /// </summary>
    private static IReadOnlyList<EntitySpan> SplitAtDashes(TokenTable tokens, IReadOnlyList<EntitySpan> spans) =>
        SplitEach(tokens, spans, static (tokens, s) =>
        {
            for (int k = s.FirstToken + 1; k < s.FirstToken + s.TokenCount - 1; k++)
                if (IsDash(tokens.GetChars(k))) return k;
            return -1;
        });

    /// <summary>
    /// "[United Auto Workers and General Motors] resumed talks", "[European Union and Mercosur]": an organization name of
    /// capitalized words only, with two or more words before its one "and", is two parties the recognizer ran together
    /// (one name with "and" has one word before it, "Food and Drug Administration", "Johnson and Johnson", or a
    /// preposition, "Ministry of Agriculture and Forestry"). Not when the words after "and" end in an organization's
    /// head word ("National Aeronautics and Space Administration": one body).
    /// </summary>
    private static IReadOnlyList<EntitySpan> SplitOrganizationsAtAnd(TokenTable tokens, IReadOnlyList<EntitySpan> spans) =>
        SplitEach(tokens, spans, static (tokens, s) =>
            s.Type == EntityType.Organization ? AndOfTwoNames(tokens, s.FirstToken, s.FirstToken + s.TokenCount) : -1);

    /// <summary>
    /// Each name in two at the token <paramref name="splitAt"/> gives (-1: kept whole), the token itself left out; the
    /// same list when no name is split.
    /// </summary>
    private static IReadOnlyList<EntitySpan> SplitEach(TokenTable tokens, IReadOnlyList<EntitySpan> spans, Func<TokenTable, EntitySpan, int> splitAt)
    {
        List<EntitySpan>? split = null;
        for (int i = 0; i < spans.Count; i++)
        {
            var s = spans[i];
            int at = splitAt(tokens, s);
            if (at < 0)
            {
                split?.Add(s);
                continue;
            }
            split ??= EntitySpanLists.CopyOfFirst(spans, i, spans.Count + 1);
            int start = s.FirstToken, end = s.FirstToken + s.TokenCount;
            split.Add(s with { Span = new TextSpan(tokens.GetSpan(start).Start, tokens.GetSpan(at - 1).End), TokenCount = at - start });
            split.Add(s with { Span = new TextSpan(tokens.GetSpan(at + 1).Start, tokens.GetSpan(end - 1).End), FirstToken = at + 1, TokenCount = end - at - 1 });
        }
        return split ?? spans;
    }

    /// <summary>The token of the one "and" joining two names in tokens <paramref name="start"/> to <paramref name="end"/> (see
    /// <see cref="SplitOrganizationsAtAnd"/>), or -1.</summary>
    private static int AndOfTwoNames(TokenTable tokens, int start, int end)
    {
        int and = -1;
        for (int k = start; k < end; k++)
        {
            var w = tokens.GetChars(k);
            if (w is "and")
            {
                if (and >= 0) return -1;
                and = k;
            }
            else if (!IsCapitalized(w)) return -1;
        }
        if (and < start + 2 || and + 1 >= end || OrganizationHeadNames.IsHead(tokens.GetChars(end - 1))) return -1;
        return and;
    }

    private static bool IsDash(ReadOnlySpan<char> word) => word is "—" or "–" or "--";

    private static bool HasLetterOrDigit(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (char.IsLetterOrDigit(c)) return true;
        return false;
    }

    /// <summary>"Meloni on Tuesday", "Fiala in March": the end before a lower-case preposition (not "of") and the day or month names after it.</summary>
    private static int BeforeCalendarTail(TokenTable tokens, ReadOnlySpan<UniversalPos> pos, int first, int end, IReadOnlySet<string> calendarWords)
    {
        int k = end;
        while (k - 1 > first && calendarWords.Contains(tokens.GetChars(k - 1).ToString())) k--;
        // ("Fourth of July": a day named with "of" is a name of its own.)
        if (k == end || k - 1 <= first || k - 1 >= pos.Length || pos[k - 1] != UniversalPos.ADP || !char.IsLower(tokens.GetChars(k - 1)[0])
            || tokens.GetChars(k - 1).Equals("of", StringComparison.Ordinal)) return end;
        return k - 1;
    }

    /// <summary>The end before the first lower-case preposition of person-name-breaks.txt after a capitalized word, or <paramref name="end"/>.</summary>
    private static int BeforeInnerPreposition(TokenTable tokens, int first, int end)
    {
        for (int k = first + 1; k < end - 1; k++)
        {
            var word = tokens.GetChars(k);
            if (word.Length > 1 && char.IsLower(word[0]) && IsNamePart(tokens, first, k - 1) && WordSets.Contains(PersonNameBreaks.Value, word)) return k;
            // "[Ed Wong of the Times]", "[Isabel Ruiz of Heaven Sent Gaming]": "of" after a full name, or before "the", starts
            // where the person works; a name holds "of" only after one word ("Catherine of Aragon", "Jesus of Nazareth").
            if (word is "of" && IsCapitalized(tokens.GetChars(k - 1)) && (k - first >= 2 || tokens.GetChars(k + 1) is "the")) return k;
        }
        return end;
    }

    /// <summary>
    /// A capitalized word, or a syllable hyphened to one ("Kim Jong-[un] at the border": a Korean given name ends in
    /// lower case).
    /// </summary>
    private static bool IsNamePart(TokenTable tokens, int first, int k) =>
        IsCapitalized(tokens.GetChars(k))
        || k - 2 >= first && NameParticleJoiner.IsJoiningHyphen(tokens, k - 1) && IsCapitalized(tokens.GetChars(k - 2));

    private static readonly Lazy<HashSet<string>> PersonNameBreaks = new(() =>
        new HashSet<string>(EventExtract.Text.TextResources.ReadLines("person-name-breaks.txt"), StringComparer.Ordinal));

    private static readonly Lazy<HashSet<string>> CompanyForms = new(() =>
        new HashSet<string>(EventExtract.Text.TextResources.ReadLines("company-forms.txt"), StringComparer.Ordinal));

    /// <summary>True for a company's legal form of company-forms.txt ("Inc.", "Ltd").</summary>
    internal static bool IsCompanyForm(ReadOnlySpan<char> word) => WordSets.Contains(CompanyForms.Value, word);

    private static readonly Lazy<HashSet<string>> PersonTitles = new(() =>
        new HashSet<string>(EventExtract.Text.TextResources.ReadLines("person-titles.txt"), StringComparer.Ordinal));

    /// <summary>True for a person's title of person-titles.txt ("Professor", "Chief").</summary>
    internal static bool IsPersonTitle(ReadOnlySpan<char> word) => WordSets.Contains(PersonTitles.Value, word);

    private static bool IsTrailingFunctionWord(ReadOnlySpan<char> word, UniversalPos tag) =>
        word.Length > 1 && char.IsLower(word[0]) && tag is UniversalPos.ADP or UniversalPos.DET or UniversalPos.CCONJ or UniversalPos.SCONJ
            or UniversalPos.PART or UniversalPos.PRON or UniversalPos.AUX or UniversalPos.ADV or UniversalPos.ADJ;

    /// <summary>The end before the first e-mail or web address after the span's first token, or <paramref name="end"/>.</summary>
    private static int BeforeAddress(TokenTable tokens, int first, int end)
    {
        for (int k = first + 1; k < end; k++)
        {
            var word = tokens.GetChars(k);
            // (An e-mail address has a dot after its '@'; mail headers' "Warner@ENRON" is how UniversalNER's person names end.)
            int at = word.IndexOf('@');
            if (at >= 0 && word[(at + 1)..].Contains('.') || word.Contains("://", StringComparison.Ordinal) || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) return k;
        }
        return end;
    }

    /// <summary>A day of the week: the calendar words ending in "day" (months and their abbreviations do not).</summary>
    internal static bool IsWeekday(ReadOnlySpan<char> word, IReadOnlySet<string> calendarWords) =>
        word.EndsWith("day", StringComparison.Ordinal) && calendarWords.Contains(word.ToString());

    private static bool IsCapitalized(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]);
}
