using EventExtract.Events;
using EventExtract.Events.Triggers;
using EventExtract.Text;

namespace EventExtract.Tests.Events.Triggers;

public class LexiconTriggerDetectorTests
{
    private static readonly LexiconTriggerDetector Detector = new();

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("%%% ### 12345 ... ---")]
    [InlineData("\u201C\u201D\u2019\u2014 \uD83D\uDE00")]
    public void Empty_or_junk_input_gives_no_triggers(string text)
    {
        TriggerTestText.Describe(Detector, text).Should().BeEmpty();
    }

    [Fact]
    public void Boilerplate_paragraphs_are_skipped()
    {
        const string text = "The minister said the talks failed.\nSubscribe: our editor said you will love the summit coverage.";
        int second = text.IndexOf('\n') + 1;
        var document = new Document(text, null, null, null, new[]
        {
            new Paragraph(new TextSpan(0, second - 1), ParagraphRole.Body),
            new Paragraph(new TextSpan(second, text.Length), ParagraphRole.Boilerplate),
        });
        var analyzed = new EventExtractorPipeline().Analyze(document);
        var found = TriggerTestText.Detect(Detector, analyzed);
        found.Should().NotBeEmpty();
        found.Should().OnlyContain(c => analyzed.IsBodySentence(c.Sentence));
        found.Select(c => TriggerTestText.SpanOf(analyzed, c).Start).Should().OnlyContain(start => start < second);
    }

    [Fact]
    public void Lexicon_only_detector_reports_every_typed_match_with_its_prior()
    {
        var detector = LexiconTriggerDetector.CreateLexiconOnly();
        var found = TriggerTestText.Describe(detector, "The envoys met in Oslo. Police said a bombing killed three.");
        found.Should().Equal("Meeting:met", "Statement:said", "Attack:bombing", "Attack:killed");
    }

    [Fact]
    public void Conferring_an_audience_and_a_dinner_with_someone_are_meeting_triggers()
    {
        var detector = LexiconTriggerDetector.CreateLexiconOnly();
        var found = TriggerTestText.Describe(detector, "The two envoys conferred in Oslo. The mayor had dinner with the bishop. The pilgrims sought an audience with the abbot.");
        found.Should().Equal("Meeting:conferred", "Meeting:had dinner with", "Meeting:audience with");
    }

    [Fact]
    public void Triggers_are_reported_in_text_order_with_valid_token_ranges()
    {
        var document = TriggerTestText.Analyze("Officials said on Monday that the leaders will meet in Geneva after the air strike on the town.");
        var found = TriggerTestText.Detect(Detector, document);
        found.Select(c => TriggerTestText.SpanOf(document, c).Start).Should().BeInAscendingOrder();
        found.Should().OnlyContain(c => c.TokenCount > 0 && c.Confidence > 0 && c.Confidence <= 1);
        found.Select(c => c.Type).Should().Contain(new[] { EventType.Statement, EventType.Meeting, EventType.Attack });
    }
}
