using EventExtract.Text;

namespace EventExtract.Places;

/// <summary>
/// The place of a news dateline ("NAIROBI, Kenya (AP) _", "GENEVA, May 3 (Reuters) -", "MIAMI _"): the city the story
/// was filed from, which is where a meeting happened when the article names no other place for it.
/// </summary>
internal static class DatelinePlace
{
    /// <summary>Longest dateline city looked at, in characters.</summary>
    private const int MaxCityLength = 40;

    /// <summary>Paragraphs looked at from the top: a title, a byline or a date line may come before the dateline.</summary>
    private const int MaxParagraphs = 4;

    /// <summary>The dateline city opening one of the first paragraphs, or null when the article has no dateline.</summary>
    public static Place? Find(Document document)
    {
        int seen = 0;
        foreach (var p in document.Paragraphs)
        {
            if (p.Role == ParagraphRole.Boilerplate || p.Span.Length == 0) continue;
            if (Read(document.Text, p.Span.Start, p.Span.End) is { } place) return place;
            if (++seen == MaxParagraphs) break;
        }
        return null;
    }

    /// <summary>Reads a dateline at <paramref name="start"/>: an upper-case city, then a comma, "(", "_" or a dash on the same line.</summary>
    internal static Place? Read(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        int i = start;
        int letters = 0;
        // The city: upper-case letters, spaces, dots, hyphens and apostrophes ("DAR ES SALAAM", "ST. LOUIS").
        while (i < end && i - start < MaxCityLength && (char.IsUpper(text[i]) || text[i] is ' ' or '.' or '-' or '\'' or '’'))
        {
            if (char.IsLetter(text[i])) letters++;
            i++;
        }
        int cityEnd = i;
        while (cityEnd > start && text[cityEnd - 1] is ' ' or '-') cityEnd--;
        if (letters < 3 || cityEnd <= start) return null;
        // A lower-case letter glued to the capitals ("NAIROBIs") means this is no all-capitals word.
        if (cityEnd < end && char.IsLetter(text[cityEnd])) return null;
        // What follows must look like a dateline: a comma (region or date), an agency in parentheses, or a dash/underscore,
        // and the line must carry the agency or the dash before the story starts.
        int lineEnd = text.IndexOf('\n', cityEnd, end - cityEnd);
        if (lineEnd < 0) lineEnd = end;
        int look = Math.Min(lineEnd, cityEnd + 60);
        char next = cityEnd < end ? text[cityEnd] : '\0';
        int k = cityEnd;
        while (k < end && text[k] == ' ') k++;
        char firstAfter = k < end ? text[k] : '\0';
        if (next != ',' && firstAfter is not ('(' or '_' or '-' or '–' or '—')) return null;
        bool marker = false;
        for (int j = cityEnd; j < look && !marker; j++)
            // ("NAIROBI, Nov 14 - Police said": a lone hyphen set off by spaces is a dash too.)
            marker = text[j] is '(' or '_' or '–' or '—' || (text[j] == '-' && j + 1 < look && (text[j + 1] == '-' || (text[j + 1] == ' ' && text[j - 1] == ' ')));
        if (!marker) return null;
        string written = text[start..cityEnd];
        var city = Lookup(written);
        if (city is null) return null;
        return new Place(written, new TextSpan(start, cityEnd), city.Name, city.CountryCode, city.GeoNamesId, city.Latitude, city.Longitude, false);
    }

    /// <summary>The gazetteer city of an upper-case name, tried as written, in title case, and with short inner words lower-cased.</summary>
    private static City? Lookup(string written)
    {
        var gazetteer = Gazetteer.Default;
        foreach (var spelling in new[] { written, TitleCase(written, lowerShortWords: false), TitleCase(written, lowerShortWords: true) })
        {
            if (gazetteer.Find(spelling) is not { } e) continue;
            if (e.SenseCity is { } capital) return capital;
            if (e.Cities.Count > 0) return e.Cities[0];
        }
        return null;
    }

    private static string TitleCase(string written, bool lowerShortWords)
    {
        var words = written.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int w = 0; w < words.Length; w++)
        {
            string lower = words[w].ToLowerInvariant();
            words[w] = lowerShortWords && w > 0 && lower.Length <= 3 ? lower : char.ToUpperInvariant(lower[0]) + lower[1..];
        }
        return string.Join(' ', words);
    }
}
