using System.Globalization;

namespace EventExtract.Training;

/// <summary>Prints the events of a plain-text file (for probing rules with made-up sentences).</summary>
internal sealed class DumpTextCommand : ICommand
{
    public string Name => "dump-text";

    public string Description => "dump-text FILE [--published YYYY-MM-DD]: events of a plain-text article";

    public int Run(string[] args)
    {
        if (args.Length == 0) { Console.Error.WriteLine("a file is required"); return 2; }
        var published = DateOnly.TryParse(ValidateEventsCommand.Option(args, "--published"), CultureInfo.InvariantCulture, out var p) ? p : new DateOnly(2020, 1, 15);
        var text = File.ReadAllText(args[0]);
        var result = EventExtractor.Create().Extract(text, new ArticleInfo("probe", null, published));
        foreach (var e in result.Events)
        {
            var who = e switch
            {
                Events.Meeting mt => $"participants=[{string.Join("; ", mt.Participants.Select(a => a.Text))}] host={mt.Host?.Text}",
                Events.Statement st => $"speakers=[{string.Join("; ", st.Speakers.Select(a => a.Text))}] addressees=[{string.Join("; ", st.Addressees.Select(a => a.Text))}]",
                Events.Attack at => $"attackers=[{string.Join("; ", at.Attackers.Select(a => a.Text))}] targets=[{string.Join("; ", at.Targets.Select(a => a.Text))}] killed={at.Killed} injured={at.Injured}",
                _ => "",
            };
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{e.Type} '{e.Trigger.Text}' {e.Status} date={e.Date?.Value} loc={e.Location?.Text} {who} | {string.Join(", ", e.Mentions.Select(m => m.Trigger.Text))}"));
        }
        return 0;
    }
}
