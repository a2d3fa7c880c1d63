using EventExtract.Events;
using EventExtract.Events.Triggers;
using EventExtract.Text;

namespace EventExtract.Tests.Events.Triggers;

/// <summary>The detector on the golden article, through the full pipeline. Generic code only: no article-specific rules.</summary>
public class GoldenArticleTriggerTests
{
    private static readonly string Text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "warsaw-institute-2019-10-29.txt"));
    private static readonly AnalyzedDocument Document = TriggerTestText.Analyze(Text);
    private static readonly List<TriggerCandidate> Found = TriggerTestText.Detect(new LexiconTriggerDetector(), Document);

    /// <summary>The span of the <paramref name="occurrence"/>-th occurrence of <paramref name="phrase"/> after <paramref name="anchor"/>.</summary>
    private static TextSpan Locate(string phrase, string anchor = "", int occurrence = 1)
    {
        int from = anchor.Length == 0 ? 0 : Text.IndexOf(anchor, StringComparison.Ordinal);
        from.Should().BeGreaterThanOrEqualTo(0, $"the anchor '{anchor}' is in the article");
        int at = from - 1;
        for (int i = 0; i < occurrence; i++)
        {
            at = Text.IndexOf(phrase, at + 1, StringComparison.Ordinal);
            at.Should().BeGreaterThanOrEqualTo(0, $"'{phrase}' occurs in the article");
        }
        return new TextSpan(at, at + phrase.Length);
    }

    private static IEnumerable<TriggerCandidate> Overlapping(TextSpan span) =>
        Found.Where(c => TriggerTestText.SpanOf(Document, c).Overlaps(span));

    [Theory]
    [InlineData("visit", "Following a visit", EventType.Meeting)]
    [InlineData("trip", "made a trip to Moscow on behalf", EventType.Meeting)]
    [InlineData("sat down at the negotiating table", "", EventType.Meeting)]
    [InlineData("talks", "new round of peace talks", EventType.Meeting)]
    [InlineData("visited", "Khalilzad visited Moscow", EventType.Meeting)]
    [InlineData("meeting", "for a meeting with Russian hosts", EventType.Meeting)]
    [InlineData("statement said", "", EventType.Statement)]
    [InlineData("reiterated", "", EventType.Statement)]
    [InlineData("called on", "", EventType.Statement)]
    [InlineData("held their last meeting", "", EventType.Meeting)]
    [InlineData("peace talks", "refused to take part in peace talks", EventType.Meeting)]
    [InlineData("attack", "deadly terrorist attack", EventType.Attack)]
    [InlineData("hosting", "", EventType.Meeting)]
    [InlineData("had talked", "", EventType.Meeting)]
    [InlineData("took place", "", EventType.Meeting)]
    public void Finds_the_event_triggers(string phrase, string anchor, EventType type)
    {
        Overlapping(Locate(phrase, anchor)).Should().Contain(c => c.Type == type,
            $"'{phrase}' signals a {type}");
    }

    [Theory]
    [InlineData("civil war", 1)]
    [InlineData("civil war", 2)]
    [InlineData("derail", 1)]
    [InlineData("efforts", 1)]
    [InlineData("efforts", 2)]
    [InlineData("efforts", 3)]
    public void Does_not_flag_non_events(string phrase, int occurrence)
    {
        Overlapping(Locate(phrase, occurrence: occurrence)).Should().BeEmpty();
    }

    [Fact]
    public void Every_trigger_lies_in_a_body_sentence()
    {
        Found.Should().NotBeEmpty();
        Found.Should().OnlyContain(c => Document.IsBodySentence(c.Sentence));
    }
}
