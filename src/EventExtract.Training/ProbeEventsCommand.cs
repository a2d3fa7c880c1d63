using System.Globalization;
using System.Text;
using EventExtract.Events;
using EventExtract.Events.Arguments;

namespace EventExtract.Training;

/// <summary>
/// Runs the full pipeline on a made-up text file and prints its sentences as the event rules see them (tokens/POS,
/// argument units [..], places {..}, timexes &lt;..&gt;) followed by every extracted event: for probing rules on
/// sentences one writes oneself rather than on held-out articles.
/// </summary>
internal sealed class ProbeEventsCommand : ICommand
{
    public string Name => "probe-events";

    public string Description => "probe-events FILE [--published YYYY-MM-DD]: units and extracted events of a text file (made-up sentences for probing rules)";

    public int Run(string[] args)
    {
        var file = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        if (file is null) { Console.Error.WriteLine("a text file is required"); return 2; }
        var pub = ValidateEventsCommand.Option(args, "--published");
        DateOnly? published = pub is null ? new DateOnly(2021, 6, 30) : DateOnly.Parse(pub, CultureInfo.InvariantCulture);
        var text = File.ReadAllText(file);
        var extractor = EventExtractor.Create();
        var analyzed = extractor.Analyze(text, new ArticleInfo("probe", null, published));
        using (var index = new DocumentIndex(analyzed, CueLexicon.Default))
        {
            for (int s = 0; s < analyzed.Sentences.Count; s++)
            {
                Console.WriteLine(ShowUnitsCommand.FormatSentence(analyzed, index, s));
            }
        }
        var result = extractor.Extract(text, new ArticleInfo("probe", null, published));
        foreach (var e in result.Events) Console.WriteLine($"EVENT {ScoreEventsCommand.Describe(e)}");
        return 0;
    }
}
