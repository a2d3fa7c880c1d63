using EventExtract.Events;

namespace EventExtract.Timeline;

/// <summary>A sortable day key for an event: its TIMEX3 value when it names a calendar date.</summary>
internal static class TimelineDate
{
    public const string Undated = "(undated)";

    public static string Of(ExtractedEvent e)
    {
        var value = e.Date?.Value;
        // Only values starting with a 4-digit year sort chronologically; "PAST_REF" or "XXXX-09" do not.
        return value is { Length: >= 4 } && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[3]) ? value : Undated;
    }
}
