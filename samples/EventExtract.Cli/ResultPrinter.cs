using EventExtract.Events;
using EventExtract.Output;
using EventExtract.Text;

namespace EventExtract.Cli;

/// <summary>Writes results as readable text, one JSON document, or JSON Lines.</summary>
internal sealed class ResultPrinter(TextWriter output, string format, bool brief)
{
    public bool IsMachineReadable => format is "json" or "jsonl";

    public void Print(ExtractionResult result)
    {
        switch (format)
        {
            case "json":
                output.WriteLine(ExtractionJson.Serialize(result, indented: true));
                break;
            case "jsonl":
                output.WriteLine(ExtractionJson.Serialize(result, indented: false));
                break;
            default:
                PrintText(result);
                break;
        }
    }

    private void PrintText(ExtractionResult result)
    {
        var doc = result.Document;
        string text = doc.Text;
        output.WriteLine($"== {doc.Id ?? "(article)"}");
        output.WriteLine($"Published: {doc.Published?.ToString("yyyy-MM-dd") ?? "(unknown)"}");
        output.WriteLine($"Title:     {doc.Title ?? "(none)"}");
        output.WriteLine();
        output.WriteLine("Paragraphs:");
        foreach (var p in doc.Paragraphs)
            output.WriteLine($"  [{p.Role,-11}] {Shorten(p.Span.GetText(text), 90)}");

        if (!brief && result.Analysis is { } analysis)
        {
            output.WriteLine();
            output.WriteLine("Sentences (tokens separated by |):");
            for (int s = 0; s < analysis.Sentences.Count; s++)
            {
                var sentence = analysis.Sentences[s];
                if (doc.Paragraphs[sentence.Paragraph].Role != ParagraphRole.Body) continue;
                var tokens = new List<string>(sentence.TokenCount);
                for (int t = sentence.FirstToken; t < sentence.EndToken; t++) tokens.Add(analysis.Tokens.GetString(t));
                output.WriteLine($"  {s,3}: {string.Join('|', tokens)}");
            }
        }

        output.WriteLine();
        output.WriteLine("Entities:");
        foreach (var a in result.Actors)
            output.WriteLine($"  {a.Text,-32} {a.Kind,-12} {a.CountryCode ?? "-",-3} canonical: {a.Canonical}");
        foreach (var p in result.Places)
            output.WriteLine($"  {p.Text,-32} {(p.IsCountry ? "Country" : "Place"),-12} {p.CountryCode ?? "-",-3} {(p.GeoNamesId is { } id ? $"geonames:{id} ({p.Latitude:0.###}, {p.Longitude:0.###})" : "")}");

        output.WriteLine();
        output.WriteLine("Time expressions:");
        foreach (var t in result.Timexes)
            output.WriteLine($"  {t.Text,-32} {t.Type,-9} {t.Value}{(t.ModName is { } mod ? " mod " + mod : "")}");

        output.WriteLine();
        output.WriteLine($"Events ({result.Events.Count}):");
        foreach (var e in result.Events) PrintEvent(e);
        output.WriteLine();
    }

    private void PrintEvent(ExtractedEvent e)
    {
        output.WriteLine($"  {e.Type} \"{e.Trigger.Text}\" [{e.Status}, confidence {e.Confidence:0.00}]");
        if (e.Date is { } date) output.WriteLine($"    date:     {date.Value}{(date.ModName is { } mod ? " mod " + mod : "")} (\"{date.Text}\")");
        if (e.Location is { } place) output.WriteLine($"    location: {place.Name} ({place.CountryCode ?? "-"})");
        switch (e)
        {
            case Meeting m:
                if (m.Participants.Count > 0) output.WriteLine($"    participants: {string.Join("; ", m.Participants.Select(Describe))}");
                if (m.Host is { } host) output.WriteLine($"    host:     {Describe(host)}");
                if (m.Topic is { } topic) output.WriteLine($"    topic:    {topic}");
                break;
            case Statement s:
                if (s.Speakers.Count > 0) output.WriteLine($"    speakers: {string.Join("; ", s.Speakers.Select(Describe))}");
                if (s.Addressees.Count > 0) output.WriteLine($"    addressees: {string.Join("; ", s.Addressees.Select(Describe))}");
                if (s.Content is { } content) output.WriteLine($"    content:  {Shorten(content, 110)}");
                if (s.Quote is { } quote) output.WriteLine($"    quote:    \"{Shorten(quote, 110)}\"");
                break;
            case Attack a:
                output.WriteLine($"    type:     {a.AttackType}");
                if (a.Attackers.Count > 0) output.WriteLine($"    attackers: {string.Join("; ", a.Attackers.Select(Describe))}");
                if (a.Targets.Count > 0) output.WriteLine($"    targets:  {string.Join("; ", a.Targets.Select(Describe))}");
                if (a.Killed is { } killed) output.WriteLine($"    killed:   {killed}");
                if (a.Injured is { } injured) output.WriteLine($"    injured:  {injured}");
                if (a.Victims is { } victims) output.WriteLine($"    victims:  {victims}");
                if (a.Weapon is { } weapon) output.WriteLine($"    weapon:   {weapon}");
                break;
        }
        if (e.Mentions.Count > 1)
            output.WriteLine($"    mentions: {string.Join("; ", e.Mentions.Select(m => $"\"{m.Trigger.Text}\"@{m.Trigger.Span.Start}"))}");
    }

    private static string Describe(Places.Actor a) => a.CountryCode is null ? a.Text : $"{a.Text} ({a.CountryCode})";

    private static string Shorten(string s, int max)
    {
        s = s.ReplaceLineEndings(" ");
        return s.Length <= max ? s : string.Concat(s.AsSpan(0, max - 1), "…");
    }
}
