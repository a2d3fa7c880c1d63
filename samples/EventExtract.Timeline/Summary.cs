using EventExtract.Events;

namespace EventExtract.Timeline;

/// <summary>One line describing an event: who, what, where.</summary>
internal static class Summary
{
    public static string Of(ExtractedEvent e)
    {
        string place = e.Location is { } p ? $" in {p.Name}" : "";
        return e switch
        {
            Meeting m => $"{Names(m.Participants)} meet{place} (\"{m.Trigger.Text}\", {m.Status})",
            Statement s => $"{Names(s.Speakers)}: {Shorten(s.Quote ?? s.Content ?? s.Trigger.Text)}",
            Attack a => $"{a.AttackType} attack{place}{(a.Killed is { } k ? $", {k} killed" : "")}{(a.Injured is { } i ? $", {i} injured" : "")}",
            _ => e.Trigger.Text,
        };
    }

    private static string Names(IReadOnlyList<Places.Actor> actors) =>
        actors.Count == 0 ? "(someone)" : string.Join(", ", actors.Select(a => a.Canonical).Distinct());

    private static string Shorten(string s) => s.Length <= 90 ? s : s[..89] + "…";
}
