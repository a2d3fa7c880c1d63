using System.Globalization;
using System.Text.RegularExpressions;

namespace EventExtract.Training.Evaluation;

/// <summary>Checks one annotation file against its text: hash, offsets, closed vocabularies, fields per type.</summary>
internal static class EventAnnotationValidator
{
    /// <summary>Event types.</summary>
    public static readonly string[] Types = ["Meeting", "Statement", "Attack"];
    /// <summary>Status values.</summary>
    public static readonly string[] Statuses = ["occurred", "planned", "cancelled", "negated", "hypothetical"];
    /// <summary>Actor kinds.</summary>
    public static readonly string[] Kinds = ["Person", "Organization", "Group", "Country", "Other"];
    /// <summary>Attack types.</summary>
    public static readonly string[] AttackTypes = ["terrorist", "military", "bombing", "shooting", "cyber", "other"];
    /// <summary>Splits.</summary>
    public static readonly string[] Splits = ["train", "dev"];
    /// <summary>TIMEX3 mods.</summary>
    public static readonly string[] Mods = ["START", "MID", "END", "APPROX", "MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER"];

    // Dates (2019, 2019-10, 2019-10-25, 2019-W43, 2019-Q3, 2019-SU, 199X, XXXX-09, with an optional time), durations, refs.
    private static readonly Regex TimexValue = new(
        @"^(PRESENT_REF|PAST_REF|FUTURE_REF|P[0-9.XYMWDTHS]+|[0-9X]{2,4}(-(W[0-9X]{2}(-WE|-[1-7])?|Q[1-4X]|H[12]|SP|SU|FA|WI|[0-9X]{2}(-[0-9X]{2}(T[0-9:]+|TMO|TAF|TEV|TNI)?)?|WE))?)$",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex CountryCode = new("^[A-Z]{2}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>Appends one message per problem to <paramref name="errors"/>; <paramref name="name"/> prefixes them.</summary>
    public static void Validate(EventAnnotationFile file, AnnotatedText text, string name, List<string> errors)
    {
        void Err(string m) => errors.Add($"{name}: {m}");
        if (file.Doc != text.Id) Err($"doc '{file.Doc}' but the loaded article is '{text.Id}'");
        if (!Splits.Contains(file.Split)) Err($"split '{file.Split}' is not one of {string.Join("|", Splits)}");
        if (file.TextLength != text.Text.Length) Err($"textLength {file.TextLength} but the text has {text.Text.Length} characters");
        if (file.TextSha256 != EventAnnotationFile.Sha256(text.Text)) Err("textSha256 does not match the loaded text");
        if (text.Published is { } p && file.Published != p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            Err($"published {file.Published} but the article says {p:yyyy-MM-dd}");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in file.Events)
        {
            var where = $"{e.Id} ({e.Type})";
            if (!ids.Add(e.Id)) Err($"{where}: duplicate id");
            if (!Types.Contains(e.Type)) Err($"{where}: unknown type");
            if (!Statuses.Contains(e.Status)) Err($"{where}: unknown status '{e.Status}'");
            if (e.Mentions.Count == 0) Err($"{where}: no mention");
            // A plural trigger may serve two events ("meetings" with Blair and with Clinton), but not twice the same one.
            var starts = new HashSet<int>();
            foreach (var m in e.Mentions)
            {
                CheckSpan(text.Text, m.Start, m.End, m.Trigger, $"{where} mention", Err);
                if (!starts.Add(m.Start)) Err($"{where}: two mentions at {m.Start}");
            }
            if (e.Date is { } d)
            {
                if (string.IsNullOrWhiteSpace(d.Text)) Err($"{where}: date without text");
                if (d.Value is null || !TimexValue.IsMatch(d.Value)) Err($"{where}: date value '{d.Value}' is not a TIMEX3 value");
                if (d.Mod is not null && !Mods.Contains(d.Mod)) Err($"{where}: unknown date mod '{d.Mod}'");
                if (!text.Text.Contains(d.Text, StringComparison.Ordinal)) Err($"{where}: date text '{d.Text}' is not in the text");
            }
            if (e.Location is { } l)
            {
                if (!text.Text.Contains(l.Text, StringComparison.Ordinal)) Err($"{where}: location '{l.Text}' is not in the text");
                if (l.CountryCode is not null && !CountryCode.IsMatch(l.CountryCode)) Err($"{where}: bad location country code '{l.CountryCode}'");
            }
            var actors = e.Participants.Concat(e.Speakers).Concat(e.Addressees).Concat(e.Attackers).Concat(e.Targets);
            if (e.Host is not null) actors = actors.Append(e.Host);
            foreach (var a in actors)
            {
                CheckSpan(text.Text, a.Start, a.End, a.Text, $"{where} actor", Err);
                if (!Kinds.Contains(a.Kind)) Err($"{where}: actor '{a.Text}' has unknown kind '{a.Kind}'");
                if (a.CountryCode is not null && !CountryCode.IsMatch(a.CountryCode)) Err($"{where}: actor '{a.Text}' has bad country code '{a.CountryCode}'");
            }
            bool meeting = e.Type == "Meeting", statement = e.Type == "Statement", attack = e.Type == "Attack";
            if (!meeting && (e.Participants.Count > 0 || e.Host is not null || e.Topic is not null)) Err($"{where}: meeting fields on a {e.Type}");
            if (!statement && (e.Speakers.Count > 0 || e.Addressees.Count > 0 || e.Content is not null || e.Quote is not null)) Err($"{where}: statement fields on a {e.Type}");
            if (!attack && (e.Attackers.Count > 0 || e.Targets.Count > 0 || e.Killed is not null || e.Injured is not null || e.Victims is not null || e.Weapon is not null || e.AttackType is not null))
                Err($"{where}: attack fields on a {e.Type}");
            if (attack && (e.AttackType is null || !AttackTypes.Contains(e.AttackType))) Err($"{where}: attackType '{e.AttackType}' is not one of {string.Join("|", AttackTypes)}");
            if (e.Killed < 0 || e.Injured < 0) Err($"{where}: negative casualty count");
            if (e.Quote is { } q && !text.Text.Contains(q, StringComparison.Ordinal)) Err($"{where}: quote is not verbatim in the text");
            CheckOffsets(text.Text, e.ContentStart, e.ContentEnd, e.Content, $"{where} content", Err);
            CheckOffsets(text.Text, e.QuoteStart, e.QuoteEnd, e.Quote, $"{where} quote", Err);
            if (!statement && (e.ContentStart is not null || e.QuoteStart is not null)) Err($"{where}: statement fields on a {e.Type}");
        }
    }

    /// <summary>
    /// Content or quote offsets: both set or both null, inside the text, and agreeing with the string when it is given.
    /// </summary>
    private static void CheckOffsets(string text, int? start, int? end, string? expected, string what, Action<string> err)
    {
        if (start is null != end is null) { err($"{what}: start and end must both be set or both null"); return; }
        if (start is not int s || end is not int e) return;
        if (s < 0 || e > text.Length || e <= s) err($"{what} has bad offsets [{s}..{e})");
        else if (expected is not null && text.Substring(s, e - s) != expected) err($"{what} at [{s}..{e}) differs from its text");
    }

    private static void CheckSpan(string text, int start, int end, string expected, string what, Action<string> err)
    {
        if (start < 0 || end > text.Length || end <= start)
        {
            err($"{what} '{expected}' has bad offsets [{start}..{end})");
            return;
        }
        var actual = text.Substring(start, end - start);
        if (actual != expected) err($"{what} '{expected}' at [{start}..{end}) reads '{actual}'");
    }
}
