using System.Globalization;

namespace EventExtract.Time;

/// <summary>Calendar arithmetic and TIMEX3 value spelling. Never reads the clock.</summary>
internal static class TimexCalendar
{
    /// <summary>
    /// <paramref name="dct"/> when relative dates can be resolved against it, else null. In the first and
    /// last year of the calendar (0001, 9999) "yesterday" or "next year" would leave the range of
    /// <see cref="DateOnly"/>, so such a date resolves nothing, as if none were given.
    /// </summary>
    public static DateOnly? Anchor(DateOnly? dct) => dct is { Year: > 1 and < 9999 } ? dct : null;

    public static string Year(int y) => y.ToString("D4", CultureInfo.InvariantCulture);

    public static string Month(int y, int m) => Year(y) + "-" + m.ToString("D2", CultureInfo.InvariantCulture);

    public static string Day(int y, int m, int d) => Month(y, m) + "-" + d.ToString("D2", CultureInfo.InvariantCulture);

    public static string Day(DateOnly d) => Day(d.Year, d.Month, d.Day);

    /// <summary>Reads the calendar day a value opens with ("2019-10-25", "2019-10-25TNI"); false for weeks, months and the like.</summary>
    public static bool TryParseDay(string value, out DateOnly day)
    {
        day = default;
        return value.Length >= 10 && value[4] == '-' && value[7] == '-'
            && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
    }

    public static string Week(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return Year(ISOWeek.GetYear(dt)) + "-W" + ISOWeek.GetWeekOfYear(dt).ToString("D2", CultureInfo.InvariantCulture);
    }

    public static string UnknownMonth(int m) => "XXXX-" + m.ToString("D2", CultureInfo.InvariantCulture);

    public static string UnknownMonthDay(int m, int d) => UnknownMonth(m) + "-" + d.ToString("D2", CultureInfo.InvariantCulture);

    public static bool IsValidDay(int y, int m, int d) => m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y is >= 1 and <= 9999 ? y : 2000, m);

    /// <summary>ISO day of week, Monday = 1 … Sunday = 7.</summary>
    public static int IsoDay(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;

    /// <summary>
    /// The year of a month (and day, 0 for none) written without one, seen from <paramref name="dct"/>:
    /// the most recent one for past tense, the next one for future tense, the nearest otherwise.
    /// </summary>
    public static int ResolveYear(DateOnly dct, int month, int day, Tense tense)
    {
        int key = month * 32 + day;
        int dctKey = dct.Month * 32 + (day == 0 ? 0 : dct.Day);
        switch (tense)
        {
            case Tense.Past:
                if (key <= dctKey) return dct.Year;
                // A day a few weeks ahead in a past-tense sentence is a deadline set in the past ("was extended to Nov. 16").
                if (day > 0 && IsValidDay(dct.Year, month, day) && new DateOnly(dct.Year, month, day).DayNumber - dct.DayNumber <= 45) return dct.Year;
                return dct.Year - 1;
            case Tense.Future:
                if (key >= dctKey) return dct.Year;
                // A day a few weeks back in a future-tense sentence is an ongoing event ("is to run from January 23").
                if (day > 0 && IsValidDay(dct.Year, month, day) && dct.DayNumber - new DateOnly(dct.Year, month, day).DayNumber <= 30) return dct.Year;
                return dct.Year + 1;
            default:
                // News mostly reports the past: up to three months ahead stays in the year, later months are last year's.
                int diff = month - dct.Month;
                if (diff > 3) return dct.Year - 1;
                if (diff < -8) return dct.Year + 1;
                return dct.Year;
        }
    }

    /// <summary>The weekday <paramref name="isoDay"/> nearest <paramref name="dct"/> in the direction given (-1 past, +1 future), same day allowed unless <paramref name="strict"/>.</summary>
    public static DateOnly ResolveWeekday(DateOnly dct, int isoDay, int direction, bool strict)
    {
        int today = IsoDay(dct);
        if (direction < 0)
        {
            int back = (today - isoDay + 7) % 7;
            if (back == 0 && strict) back = 7;
            return dct.AddDays(-back);
        }
        int fwd = (isoDay - today + 7) % 7;
        if (fwd == 0 && strict) fwd = 7;
        return dct.AddDays(fwd);
    }

    public static int Quarter(int month) => (month - 1) / 3 + 1;

    /// <summary>Months a season starts in: spring 3, summer 6, fall 9, winter 12.</summary>
    public static int SeasonStart(string code) => code switch
    {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        _ => 12,
    };

    /// <summary>Index of the season that holds <paramref name="d"/> counted from year 0 (winter belongs to the year it starts in).</summary>
    public static int SeasonIndex(DateOnly d)
    {
        int m = d.Month;
        int y = d.Year;
        if (m <= 2) return (y - 1) * 4 + 3;
        return y * 4 + (m - 3) / 3;
    }

    public static int SeasonOrder(string code) => code switch
    {
        "SP" => 0,
        "SU" => 1,
        "FA" => 2,
        _ => 3,
    };

    /// <summary>Season value with a shift: -1 the last completed one, +1 the next one, 0 this year's (by tense).</summary>
    public static string ResolveSeason(DateOnly dct, string code, int shift, Tense tense)
    {
        int current = SeasonIndex(dct);
        int order = SeasonOrder(code);
        int year = dct.Year - (dct.Month <= 2 ? 1 : 0);
        int idx = year * 4 + order;
        if (shift < 0)
        {
            while (idx >= current) idx -= 4;
            while (idx + 4 < current) idx += 4;
        }
        else if (shift > 0)
        {
            while (idx <= current) idx += 4;
            while (idx - 4 > current) idx -= 4;
        }
        else if (tense == Tense.Past && idx > current) idx -= 4;
        else if (tense == Tense.Future && idx < current) idx += 4;
        return Year(idx / 4) + "-" + code;
    }
}
