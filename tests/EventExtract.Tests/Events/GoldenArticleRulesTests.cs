using EventExtract.Time;
using EventExtract.Events;
using EventExtract.Places;
using EventExtract.Text;

namespace EventExtract.Tests.Events;

/// <summary>
/// The golden article with the upstream layers simulated by hand (what a tokenizer, tagger, actor resolver,
/// time tagger and lexicon trigger detector give): checks the argument and linking rules alone, independent of
/// those layers' accuracy. The annotations are test input; the rules under test know nothing of this article.
/// </summary>
public class GoldenArticleRulesTests : GoldenArticleExpectations
{
    private static readonly Lazy<IReadOnlyList<ExtractedEvent>> s_events = new(Run);

    /// <inheritdoc />
    protected override IReadOnlyList<ExtractedEvent> Events => s_events.Value;

    private static IReadOnlyList<ExtractedEvent> Run()
    {
        string text = ReadArticle();
        var doc = new TestDocument(text, new DateOnly(2019, 10, 29))
            .Role(0, ParagraphRole.Header).Role(1, ParagraphRole.Title)
            .Role(4, ParagraphRole.Boilerplate).Role(5, ParagraphRole.Boilerplate)
            .Role(7, ParagraphRole.Boilerplate).Role(8, ParagraphRole.Boilerplate)
            .AllCountries("Moscow", "RU", isCountry: false)
            .AllCountries("Beijing", "CN", isCountry: false)
            .AllCountries("China", "CN")
            .AllCountries("Pakistan", "PK")
            .AllCountries("Afghanistan", "AF")
            .AllCountries("United States", "US")
            .AllCountries("Washington", "US", isCountry: false)
            .AllActors("Zalmay Khalilzad", ActorKind.Person, "US")
            .AllActors("Donald Trump", ActorKind.Person, "US")
            .AllActors("Taliban", ActorKind.Group, "AF")
            .Actor("Russian hosts", ActorKind.Other, "RU")
            .Actor("Afghan officials", ActorKind.Other, "AF")
            .Actor("Afghan government", ActorKind.Country, "AF")
            .Actor("American counterparts", ActorKind.Other, "US")
            .Place("Kabul", "AF")
            .Timex("September", "2019-09")
            .Timex("October 25", "2019-10-25")
            .Timex("July", "2019-07")
            .Timex("early September", "2019-09", TimexMod.Start)
            .Timex("October 28", "2019-10-28");
        foreach (var russia in new[] { "Russia gets", "Russia, China", "Russia has" })
            if (text.Contains(russia)) doc.Actor("Russia", ActorKind.Country, "RU", nth: Nth(text, "Russia", text.IndexOf(russia, StringComparison.Ordinal)));
        doc.Actor("Russia", ActorKind.Country, "RU", nth: Nth(text, "Russia", text.IndexOf("Russia, China", StringComparison.Ordinal)));
        (string T, EventType Type, float C, int N)[] triggers =
        {
            ("dialogue", EventType.Meeting, 0.45f, 0), ("visit", EventType.Meeting, 0.6f, 0), ("trip to", EventType.Meeting, 0.7f, 0),
            ("sat down at the negotiating table", EventType.Meeting, 0.95f, 0), ("round of peace talks", EventType.Meeting, 0.9f, 0),
            ("visited", EventType.Meeting, 0.6f, 0), ("meeting with", EventType.Meeting, 0.75f, 0),
            ("statement said", EventType.Statement, 0.95f, 0), ("reiterated", EventType.Statement, 0.85f, 0),
            ("negotiation process", EventType.Meeting, 0.75f, 0), ("intra-Afghan talks", EventType.Meeting, 0.8f, 0),
            ("called on", EventType.Statement, 0.8f, 0), ("face-to-face talks", EventType.Meeting, 0.8f, 0),
            ("last meeting", EventType.Meeting, 0.75f, 0), ("peace talks following", EventType.Meeting, 0.9f, 0),
            ("terrorist attack", EventType.Attack, 0.95f, 0), ("peace talks with", EventType.Meeting, 0.9f, 0),
            ("take place", EventType.Meeting, 0.45f, 0), ("peace negotiations", EventType.Meeting, 0.9f, 0),
            ("hosting", EventType.Meeting, 0.55f, 0), ("talked with", EventType.Meeting, 0.7f, 0), ("trip to", EventType.Meeting, 0.7f, 1),
            ("meeting took", EventType.Meeting, 0.75f, 0), ("took place", EventType.Meeting, 0.45f, 0),
        };
        foreach (var (t, type, c, n) in triggers)
        {
            // Trim context words used only to find the right occurrence.
            string word = t switch
            {
                "meeting with" or "last meeting" or "meeting took" => "meeting",
                "negotiation process" => "negotiation",
                "intra-Afghan talks" or "face-to-face talks" => "talks",
                "peace talks following" or "peace talks with" => "peace talks",
                _ => t,
            };
            int at = -1;
            for (int i = 0; i <= n; i++) at = text.IndexOf(t, at + 1, StringComparison.Ordinal);
            int offset = at + t.IndexOf(word, StringComparison.Ordinal);
            doc.Trigger(word, type, c, Nth(text, word, offset));
        }
        return doc.Find();
    }

    private static int Nth(string text, string word, int offset)
    {
        int n = 0;
        for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0 && at < offset; at = text.IndexOf(word, at + 1, StringComparison.Ordinal)) n++;
        return n;
    }
}
