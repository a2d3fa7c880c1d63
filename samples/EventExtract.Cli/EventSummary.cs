using EventExtract.Events;
using Spectre.Console;

namespace EventExtract.Cli;

/// <summary>Counts events by type, actor and date across articles, and renders them as tables.</summary>
internal sealed class EventSummary
{
    private readonly Dictionary<EventType, int> _byType = new();
    private readonly Dictionary<string, int> _byActor = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byDate = new(StringComparer.Ordinal);
    private int _articles;

    public void Add(ExtractionResult result)
    {
        _articles++;
        foreach (var e in result.Events)
        {
            _byType[e.Type] = _byType.GetValueOrDefault(e.Type) + 1;
            string date = e.Date?.Value ?? "(undated)";
            _byDate[date] = _byDate.GetValueOrDefault(date) + 1;
            foreach (var actor in Actors(e).Select(a => a.Canonical).Distinct())
                _byActor[actor] = _byActor.GetValueOrDefault(actor) + 1;
        }
    }

    public void Render(bool toStandardError)
    {
        var console = toStandardError ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }) : AnsiConsole.Console;
        console.Write(Table($"Events by type ({_articles} articles)", "Type", _byType.Select(p => (p.Key.ToString(), p.Value))));
        console.Write(Table("Top actors", "Actor", _byActor.Select(p => (p.Key, p.Value)).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(15)));
        console.Write(Table("Events by date", "Date", _byDate.Select(p => (p.Key, p.Value)).OrderBy(p => p.Key, StringComparer.Ordinal)));
    }

    private static Table Table(string title, string column, IEnumerable<(string Key, int Count)> rows)
    {
        var table = new Table().Title(Markup.Escape(title)).AddColumn(column).AddColumn(new TableColumn("Events").RightAligned());
        foreach (var (key, count) in rows) table.AddRow(Markup.Escape(key), count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return table;
    }

    private static IEnumerable<Places.Actor> Actors(ExtractedEvent e) => e switch
    {
        Meeting m => m.Participants.Concat(m.Host is null ? [] : [m.Host]),
        Statement s => s.Speakers,
        Attack a => a.Attackers.Concat(a.Targets),
        _ => [],
    };
}
