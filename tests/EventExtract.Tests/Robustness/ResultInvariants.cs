using EventExtract.Events;
using EventExtract.Output;
using EventExtract.Places;

namespace EventExtract.Tests.Robustness;

/// <summary>What must hold for any result on any input.</summary>
internal static class ResultInvariants
{
    public static void Check(string text, ExtractionResult result)
    {
        result.Document.Text.Should().BeSameAs(text);
        if (result.Analysis is { } analysis)
        {
            for (int i = 0; i < analysis.Tokens.Count; i++)
                CheckSpan(text, analysis.Tokens.GetSpan(i), null);
            foreach (var s in analysis.Sentences) CheckSpan(text, s.Span, null);
        }
        foreach (var p in result.Document.Paragraphs) CheckSpan(text, p.Span, null);
        foreach (var a in result.Actors) CheckSpan(text, a.Span, a.Text);
        foreach (var p in result.Places) CheckSpan(text, p.Span, p.Text);
        foreach (var t in result.Timexes) CheckSpan(text, t.Span, t.Text);
        var timexes = result.Timexes.ToHashSet();
        foreach (var e in result.Events)
        {
            CheckSpan(text, e.Trigger.Span, e.Trigger.Text);
            CheckSpan(text, e.Sentence.Span, e.Sentence.Text);
            e.Sentence.Span.Contains(e.Trigger.Span).Should().BeTrue("a trigger lies in its sentence");
            foreach (var m in e.Mentions)
            {
                CheckSpan(text, m.Trigger.Span, m.Trigger.Text);
                CheckSpan(text, m.Sentence.Span, m.Sentence.Text);
            }
            if (e.Date is { } date && !timexes.Contains(date))
                result.Timexes.Should().Contain(date, "an event's date is one of its document's time expressions");
            if (e.Location is { } place) CheckSpan(text, place.Span, place.Text);
            foreach (var actor in ActorsOf(e)) CheckSpan(text, actor.Span, actor.Text);
            e.Confidence.Should().BeInRange(0f, 1f);
        }
    }

    public static string Fingerprint(ExtractionResult result) => ExtractionJson.Serialize(result, indented: false);

    private static IEnumerable<Actor> ActorsOf(ExtractedEvent e) => e switch
    {
        Meeting m => m.Participants.Concat(m.Host is null ? [] : [m.Host]),
        Statement s => s.Speakers.Concat(s.Addressees),
        Attack a => a.Attackers.Concat(a.Targets),
        _ => [],
    };

    private static void CheckSpan(string text, EventExtract.Text.TextSpan span, string? expected)
    {
        span.Start.Should().BeGreaterThanOrEqualTo(0);
        span.End.Should().BeLessThanOrEqualTo(text.Length);
        span.Start.Should().BeLessThanOrEqualTo(span.End);
        if (expected is not null) text.Substring(span.Start, span.Length).Should().Be(expected);
    }
}
