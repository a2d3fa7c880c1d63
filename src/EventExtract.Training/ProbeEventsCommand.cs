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
                var sentence = analyzed.Sentences[s];
                var sb = new StringBuilder();
                sb.Append(CultureInfo.InvariantCulture, $"S{s}{(analyzed.IsBodySentence(s) ? "" : " (not body)")}:");
                for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
                {
                    sb.Append(' ');
                    var u = index.UnitAt(i);
                    if (u is not null && u.First == i) sb.Append('[');
                    if (index.PlaceAt(i) is { } p && index.TokenRange(p.Span).First == i) sb.Append('{');
                    if (index.TimexAt(i) is { } t && index.TokenRange(t.Span).First == i) sb.Append('<');
                    sb.Append(index.Tokens.GetChars(i)).Append('/').Append(index.Pos(i));
                    if (index.TimexAt(i) is { } t2 && index.TokenRange(t2.Span).Last == i) sb.Append('>');
                    if (index.PlaceAt(i) is { } p2 && index.TokenRange(p2.Span).Last == i) sb.Append('}');
                    if (u is not null && u.Last == i)
                        sb.Append(u.Kind == UnitKind.Actor && u.Actors.Count > 0 ? $"]{u.Actors[0].Kind}{(u.IsCommonNoun ? "*" : "")}" : $"]{u.Kind}");
                }
                Console.WriteLine(sb.ToString());
            }
        }
        var result = extractor.Extract(text, new ArticleInfo("probe", null, published));
        foreach (var e in result.Events) Console.WriteLine($"EVENT {ScoreEventsCommand.Describe(e)}");
        return 0;
    }
}
