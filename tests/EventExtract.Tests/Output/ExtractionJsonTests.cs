using System.Text.Json;
using EventExtract.Events;
using EventExtract.Output;
using EventExtract.Places;
using EventExtract.Text;
using EventExtract.Time;

namespace EventExtract.Tests.Output;

public class ExtractionJsonTests
{
    private const string Text = "Russia hosted talks in Moscow on Friday.";

    private static ExtractionResult SampleResult()
    {
        var doc = new Document(Text, "T", null, new DateOnly(2019, 10, 29), new[] { new Paragraph(new TextSpan(0, Text.Length), ParagraphRole.Body) }, "a1");
        var russia = new Actor("Russia", new TextSpan(0, 6), ActorKind.Country, "RU", "Russia");
        var moscow = new Place("Moscow", new TextSpan(23, 29), "Moscow", "RU", 524901, 55.75, 37.62, false);
        var friday = new Timex(new TextSpan(33, 39), "Friday", TimexType.Date, "2019-10-25", TimexMod.None, 0);
        var trigger = new TextMention("talks", new TextSpan(14, 19));
        var sentence = new TextMention(Text, new TextSpan(0, Text.Length));
        var meeting = new Meeting
        {
            Trigger = trigger, Sentence = sentence, Mentions = new[] { new EventMention(trigger, sentence) },
            Date = friday, Location = moscow, Status = EventStatus.Occurred, Confidence = 0.9f,
            Participants = new[] { russia }, Host = russia,
        };
        return new ExtractionResult { Document = doc, Actors = new[] { russia }, Places = new[] { moscow }, Timexes = new[] { friday }, Events = new ExtractedEvent[] { meeting } };
    }

    [Fact]
    public void Writes_the_contract_shape_with_camel_case_and_string_enums()
    {
        using var json = JsonDocument.Parse(ExtractionJson.Serialize(SampleResult()));
        var root = json.RootElement;
        root.GetProperty("document").GetProperty("published").GetString().Should().Be("2019-10-29");
        var ev = root.GetProperty("events")[0];
        ev.GetProperty("type").GetString().Should().Be("Meeting");
        ev.GetProperty("status").GetString().Should().Be("occurred");
        ev.GetProperty("date").GetProperty("value").GetString().Should().Be("2019-10-25");
        ev.GetProperty("date").GetProperty("type").GetString().Should().Be("DATE");
        ev.GetProperty("location").GetProperty("countryCode").GetString().Should().Be("RU");
        ev.GetProperty("participants")[0].GetProperty("kind").GetString().Should().Be("Country");
    }

    [Fact]
    public void Writes_nulls_instead_of_dropping_fields()
    {
        using var json = JsonDocument.Parse(ExtractionJson.Serialize(SampleResult()));
        var ev = json.RootElement.GetProperty("events")[0];
        ev.TryGetProperty("topic", out var topic).Should().BeTrue();
        topic.ValueKind.Should().Be(JsonValueKind.Null);
        json.RootElement.GetProperty("timexes")[0].GetProperty("mod").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Offsets_give_the_mention_back()
    {
        using var json = JsonDocument.Parse(ExtractionJson.Serialize(SampleResult(), indented: false));
        foreach (var entity in json.RootElement.GetProperty("entities").EnumerateArray())
        {
            int start = entity.GetProperty("start").GetInt32(), end = entity.GetProperty("end").GetInt32();
            Text.Substring(start, end - start).Should().Be(entity.GetProperty("text").GetString());
        }
        var trigger = json.RootElement.GetProperty("events")[0].GetProperty("trigger");
        Text[trigger.GetProperty("start").GetInt32()..trigger.GetProperty("end").GetInt32()].Should().Be("talks");
    }

    [Fact]
    public void Compact_output_is_one_line_for_json_lines()
    {
        ExtractionJson.Serialize(SampleResult(), indented: false).Should().NotContain("\n");
    }
}
