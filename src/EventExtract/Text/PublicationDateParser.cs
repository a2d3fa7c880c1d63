using System.Text.RegularExpressions;

namespace EventExtract.Text;

/// <summary>
/// Finds calendar dates with a year in header lines and datelines: "2019-10-29", "29 October 2019",
/// "Oct. 25, 2019", "Tuesday, October 29, 2019". Month names come from Resources/Text/months.txt.
/// Immutable and thread-safe.
/// </summary>
internal sealed class PublicationDateParser
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private readonly Dictionary<string, int> _months;
    // Built on first use (thread-safe): each NonBacktracking regex costs milliseconds to construct, and most
    // paragraphs are turned away by the cheap checks before any of them is needed.
    private readonly Lazy<Regex> _iso;
    private readonly Lazy<Regex> _dayMonthYear;
    private readonly Lazy<Regex> _monthDayYear;
    private readonly Lazy<Regex> _dateline;
    // The same patterns as LinearPattern (cheap to build): a text they reject cannot match the regex, so the regex
    // is built and run only for text that holds such a date. The dateline filter ignores case where the regex does
    // not, so it accepts a superset, which is all a filter needs.
    private readonly LinearPattern? _isoFilter, _dayMonthYearFilter, _monthDayYearFilter, _datelineFilter;

    /// <summary>The parser built from the embedded month list.</summary>
    public static PublicationDateParser Default { get; } = new();

    private PublicationDateParser()
    {
        _months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in TextResources.ReadLines("months.txt"))
        {
            var parts = line.Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2 && int.TryParse(parts[1], out int m)) _months[parts[0]] = m;
        }
        // Longest names first so "September" is not read as "Sep" + "tember".
        string names = string.Join("|", _months.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Select(Regex.Escape));
        string iso = @"\b(?<y>(19|20)[0-9][0-9])[-/.](?<m>[0-9]{1,2})[-/.](?<d>[0-9]{1,2})\b";
        string dayMonthYear = $@"\b(?<d>[0-9]{{1,2}})(st|nd|rd|th)?\.? (?<mon>{names})\.?,? (?<y>(19|20)[0-9][0-9])\b";
        // "WASHINGTON, Oct 29 (Reuters) -", "KABUL, Afghanistan, Oct. 29, 2019 (AP) —": a capitalised place,
        // a date, an optional agency in brackets and a dash, alone on its line.
        string titleNames = string.Join("|", _months.Keys.Select(k => char.ToUpperInvariant(k[0]) + k[1..]).Concat(_months.Keys.Select(k => k.ToUpperInvariant()))
            .Distinct(StringComparer.Ordinal).OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal));
        string dateline = $@"^[A-Z][A-Z .'’-]{{1,40}}(, [A-Z][A-Za-z .]{{1,30}})?, ({titleNames})\.? [0-9]{{1,2}}(, (19|20)[0-9][0-9])?( \([A-Za-z ]{{2,30}}\))?\s*[-–—]*$";
        string monthDayYear = $@"\b(?<mon>{names})\.? (?<d>[0-9]{{1,2}})(st|nd|rd|th)?,? (?<y>(19|20)[0-9][0-9])\b";
        _iso = LazyRegex.Create(iso, Options);
        _dayMonthYear = LazyRegex.Create(dayMonthYear, Options);
        _monthDayYear = LazyRegex.Create(monthDayYear, Options);
        _dateline = LazyRegex.Create(dateline, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        LinearPattern.TryCreate(iso, out _isoFilter);
        LinearPattern.TryCreate(dayMonthYear, out _dayMonthYearFilter);
        LinearPattern.TryCreate(monthDayYear, out _monthDayYearFilter);
        // ’ has no case: accepted by LinearPattern like any caseless character.
        LinearPattern.TryCreate(dateline, out _datelineFilter);
    }

    /// <summary>
    /// The first valid date in <paramref name="text"/> and the span it covers (relative to the text), or null.
    /// Only the first 300 characters are searched.
    /// </summary>
    public (DateOnly Date, int Start, int Length)? Find(ReadOnlySpan<char> text)
    {
        if (text.Length > 300) text = text[..300];
        // Every pattern needs the digits of a year: most paragraphs have none, and are not copied.
        if (text.IndexOfAnyInRange('0', '9') < 0) return null;
        string s = text.ToString();
        (DateOnly, int, int)? best = null;
        foreach (var (lazy, filter) in ((Lazy<Regex>, LinearPattern?)[])[(_iso, _isoFilter), (_dayMonthYear, _dayMonthYearFilter), (_monthDayYear, _monthDayYearFilter)])
        {
            // Once built, the regex (a DFA) is faster than the filter (an automaton simulation): filter only before.
            if (!lazy.IsValueCreated && filter is not null && !filter.IsMatch(s)) continue;
            var m = lazy.Value.Match(s);
            while (m.Success)
            {
                if (TryMake(m, out var date))
                {
                    if (best is null || m.Index < best.Value.Item2) best = (date, m.Index, m.Length);
                    break;
                }
                m = m.NextMatch();
            }
        }
        return best;
    }

    /// <summary>True when <paramref name="line"/> is only a news dateline ("WASHINGTON, Oct 29 (Reuters) -").</summary>
    public bool IsDateline(ReadOnlySpan<char> line) =>
        line.Length is >= 2 and <= 120 && MayBeDateline(line)
        && (_dateline.IsValueCreated || (_datelineFilter?.IsMatch(line) ?? true)) && _dateline.Value.IsMatch(line);

    /// <summary>The date patterns with their filters (for tests): name, regex, filter, whether the filter is exact.</summary>
    internal IEnumerable<(string Name, Regex Regex, LinearPattern? Filter, bool Exact)> Patterns()
    {
        yield return ("iso", _iso.Value, _isoFilter, true);
        yield return ("dayMonthYear", _dayMonthYear.Value, _dayMonthYearFilter, true);
        yield return ("monthDayYear", _monthDayYear.Value, _monthDayYearFilter, true);
        yield return ("dateline", _dateline.Value, _datelineFilter, false);
    }

    /// <summary>
    /// What the dateline pattern requires at least: an ASCII capital, then a capital, space or . ' ’ -, and an
    /// ASCII digit somewhere. Most lines fail this at once, so the regex is rarely built or run.
    /// </summary>
    private static bool MayBeDateline(ReadOnlySpan<char> line) =>
        line[0] is >= 'A' and <= 'Z' && line[1] is (>= 'A' and <= 'Z') or ' ' or '.' or '\'' or '’' or '-'
        && line.IndexOfAnyInRange('0', '9') >= 0;

    private bool TryMake(Match m, out DateOnly date)
    {
        date = default;
        int year = int.Parse(m.Groups["y"].ValueSpan);
        int day = int.Parse(m.Groups["d"].ValueSpan);
        int month;
        if (m.Groups["mon"].Success)
        {
            if (!_months.TryGetValue(m.Groups["mon"].Value, out month)) return false;
        }
        else month = int.Parse(m.Groups["m"].ValueSpan);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }
}
