using System.Text.Encodings.Web;
using System.Text.Json;
using EventExtract.Events;
using EventExtract.Places;
using EventExtract.Time;

namespace EventExtract.Output;

/// <summary>Writes an <see cref="ExtractionResult"/> in the JSON contract of the event schema.</summary>
public static class ExtractionJson
{
    private static readonly EventExtractJsonContext Compact = new(new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    private static readonly EventExtractJsonContext Indented = new(new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>The JSON text of <paramref name="result"/>; one line when <paramref name="indented"/> is false (for JSON Lines).</summary>
    public static string Serialize(ExtractionResult result, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(result);
        var context = indented ? Indented : Compact;
        return JsonSerializer.Serialize(ToJson(result), context.ArticleJson);
    }

    /// <summary>Maps a result to its wire shape.</summary>
    public static ArticleJson ToJson(ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var doc = result.Document;
        var entities = new List<EntityJson>(result.Actors.Count + result.Places.Count);
        foreach (var a in result.Actors)
            entities.Add(new EntityJson(a.Text, a.Span.Start, a.Span.End, a.Kind.ToString(), a.CountryCode, a.Canonical, null, null, null));
        foreach (var p in result.Places)
            entities.Add(new EntityJson(p.Text, p.Span.Start, p.Span.End, p.IsCountry ? "Country" : "Location", p.CountryCode, p.Name, p.GeoNamesId, p.Latitude, p.Longitude));
        entities.Sort((x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : x.End.CompareTo(y.End));
        return new ArticleJson(
            new DocumentJson(doc.Id, doc.Title, doc.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            entities,
            result.Timexes.Select(ToJson).ToArray(),
            result.Events.Select(ToJson).ToArray());
    }

    private static TimexJson ToJson(Timex t) =>
        new(t.Text, t.Span.Start, t.Span.End, TypeName(t.Type), t.Value, t.ModName);

    private static string TypeName(TimexType type) => type switch
    {
        TimexType.Date => "DATE",
        TimexType.Time => "TIME",
        TimexType.Duration => "DURATION",
        _ => "SET",
    };

    private static ActorJson ToJson(Actor a) => new(a.Text, a.Span.Start, a.Span.End, a.Kind.ToString(), a.CountryCode, a.Canonical);

    private static PlaceJson ToJson(Place p) => new(p.Text, p.Span.Start, p.Span.End, p.Name, p.CountryCode, p.GeoNamesId, p.Latitude, p.Longitude);

    private static SpanJson ToJson(TextMention m) => new(m.Text, m.Span.Start, m.Span.End);

    private static string StatusName(EventStatus s) => s switch
    {
        EventStatus.Occurred => "occurred",
        EventStatus.Planned => "planned",
        EventStatus.Cancelled => "cancelled",
        EventStatus.Negated => "negated",
        _ => "hypothetical",
    };

    private static string AttackTypeName(AttackType t) => t switch
    {
        AttackType.Terrorist => "terrorist",
        AttackType.Military => "military",
        AttackType.Bombing => "bombing",
        AttackType.Shooting => "shooting",
        AttackType.Cyber => "cyber",
        _ => "other",
    };

    private static EventJson ToJson(ExtractedEvent e)
    {
        var trigger = ToJson(e.Trigger);
        var sentence = ToJson(e.Sentence);
        var mentions = e.Mentions.Select(m => new MentionJson(ToJson(m.Trigger), ToJson(m.Sentence))).ToArray();
        var date = e.Date is null ? null : ToJson(e.Date);
        var location = e.Location is null ? null : ToJson(e.Location);
        var status = StatusName(e.Status);
        double confidence = Math.Round(e.Confidence, 3);
        return e switch
        {
            Meeting m => new MeetingJson
            {
                Trigger = trigger, Sentence = sentence, Mentions = mentions, Date = date, Location = location, Status = status, Confidence = confidence,
                Participants = m.Participants.Select(ToJson).ToArray(), Host = m.Host is null ? null : ToJson(m.Host), Topic = m.Topic,
            },
            Statement s => new StatementJson
            {
                Trigger = trigger, Sentence = sentence, Mentions = mentions, Date = date, Location = location, Status = status, Confidence = confidence,
                Speakers = s.Speakers.Select(ToJson).ToArray(), Addressees = s.Addressees.Select(ToJson).ToArray(), Content = s.Content, Quote = s.Quote,
            },
            Attack a => new AttackJson
            {
                Trigger = trigger, Sentence = sentence, Mentions = mentions, Date = date, Location = location, Status = status, Confidence = confidence,
                Attackers = a.Attackers.Select(ToJson).ToArray(), Targets = a.Targets.Select(ToJson).ToArray(), Killed = a.Killed, Injured = a.Injured,
                Victims = a.Victims, Weapon = a.Weapon, AttackType = AttackTypeName(a.AttackType),
            },
            _ => throw new NotSupportedException($"Unknown event type {e.GetType().Name}."),
        };
    }
}
