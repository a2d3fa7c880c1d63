using System.Globalization;
using System.Text;
using EventExtract.Events;
using EventExtract.Events.Arguments;
using EventExtract.Training.Evaluation;

namespace EventExtract.Training;

/// <summary>
/// Prints the sentences of one annotated article as the event rules see them: each token with its POS tag, argument
/// units in [brackets], places in {braces} and time expressions in &lt;angle brackets&gt; (for studying train errors).
/// </summary>
internal sealed class ShowUnitsCommand : ICommand
{
    public string Name => "show-units";

    public string Description => "show-units --doc ID [--grep TEXT]: tokens/POS with argument units [..], places {..}, timexes <..> of one article's body sentences (those containing TEXT)";

    public int Run(string[] args)
    {
        var doc = ValidateEventsCommand.Option(args, "--doc");
        var grep = ValidateEventsCommand.Option(args, "--grep");
        if (doc is null) { Console.Error.WriteLine("--doc is required"); return 2; }
        var extractor = EventExtractor.Create();
        foreach (var (_, file) in EventAnnotationFile.ReadAll("all"))
        {
            if (file.Doc != doc) continue;
            var article = EventAnnotationTexts.Load(file.Corpus, file.Doc);
            var published = article.Published ?? (DateOnly.TryParse(file.Published, CultureInfo.InvariantCulture, out var d) ? d : null);
            var analyzed = extractor.Analyze(article.Text, new ArticleInfo(article.Id, article.Title, published));
            using var index = new DocumentIndex(analyzed, CueLexicon.Default);
            for (int s = 0; s < analyzed.Sentences.Count; s++)
            {
                var sentence = analyzed.Sentences[s];
                if (grep is not null && !sentence.Span.GetText(analyzed.Text).Contains(grep, StringComparison.Ordinal)) continue;
                Console.WriteLine(FormatSentence(analyzed, index, s));
            }
        }
        return 0;
    }

    /// <summary>
    /// One sentence as "S3: [Kofi/PROPN Annan/PROPN]Person said/VERB …": argument units in [], places in {}, time
    /// expressions in &lt;&gt;, each token with its POS tag.
    /// </summary>
    internal static string FormatSentence(AnalyzedDocument analyzed, DocumentIndex index, int s)
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
        return sb.ToString();
    }
}
