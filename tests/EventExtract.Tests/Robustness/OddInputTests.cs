using System.Diagnostics;
using System.Text;

namespace EventExtract.Tests.Robustness;

[Collection(TimingCollection.Name)]
public class OddInputTests
{
    private static readonly EventExtractor Extractor = EventExtractor.Create();

    public static TheoryData<string, string> OddTexts() => new()
    {
        { "empty", "" },
        { "whitespace only", " \t\r\n \u00A0\u2003 \n\n" },
        { "NUL bytes", "Officials\0met\0in Paris\0\0 on Friday." },
        { "unpaired surrogates", "Talks \uD800 in \uDC00 Kabul \uD83D ended." },
        { "binary junk", new string(Enumerable.Range(0, 4000).Select(i => (char)((i * 7919) % 65536)).ToArray()) },
        { "mixed scripts and right-to-left", "Talks in Kabul — مذاکرات صلح در کابل — переговоры в Москве — 北京会谈 said officials." },
        { "emoji", "🔥🔥 Officials 👩‍👩‍👧‍👦 met in 🇫🇷 Paris on Friday 🙂. The minister said “yes” 👍." },
        { "all caps", "RUSSIA AND CHINA HELD TALKS IN MOSCOW ON OCTOBER 25, THE MINISTRY SAID. A BOMB KILLED 12 PEOPLE IN KABUL." },
        { "no punctuation", string.Join(" ", Enumerable.Repeat("officials met in moscow on friday and said talks would continue", 200)) },
        { "unstripped HTML", "<html><body><p>Officials <b>met</b> in Paris on Friday.</p><script>var x = 'attack';</script><p>The minister said &quot;talks&quot; went well.</p></body></html>" },
        { "a million quote marks", new string('"', 1_000_000) },
        { "curly quotes unbalanced", "“He said “talks” will resume “soon.” ” ”" },
        { "only digits and separators", string.Join(",", Enumerable.Range(0, 20000)) },
        { "very long word", new string('a', 200_000) + " met " + new string('b', 200_000) },
        { "control characters", "Talks\u0001\u0002\u0003 in\u001b[31m Kabul\u0007 ended.\u0085\u2028\u2029" },
    };

    [Theory]
    [MemberData(nameof(OddTexts))]
    public void Odd_text_gives_a_valid_result(string name, string text)
    {
        _ = name;
        var result = Extractor.Extract(text);
        ResultInvariants.Check(text, result);
    }

    [Fact]
    public void A_single_two_megabyte_line_without_sentence_punctuation_is_processed()
    {
        // Event-dense text: every few words a meeting, a statement, a place and a date. (10 MB lines were run by hand: see the issue note.)
        var text = new StringBuilder(2_000_000);
        while (text.Length < 1_990_000) text.Append("Officials met in Paris on Friday and the minister said talks would continue ");
        var result = Extractor.Extract(text.ToString());
        result.Document.Paragraphs.Should().NotBeEmpty();
    }

    [Fact]
    public void Fifty_megabytes_over_the_default_limit_is_a_clear_argument_error()
    {
        var text = new string('x', 50_000_000);
        var act = () => Extractor.Extract(text);
        act.Should().Throw<ArgumentException>().WithMessage("*MaxInputLength*");
    }

    [Theory]
    [InlineData("ordinary text")]
    [InlineData("no spaces")]
    [InlineData("quotes")]
    public void Time_grows_linearly_with_input(string shape)
    {
        string unit = shape switch
        {
            "ordinary text" => TestArticles.Golden + "\n\n",
            "no spaces" => new string('x', 20_000), // large enough that the 10x run is not lost in timer noise
            _ => new string('“', 2000) + "said " + new string('"', 2000),
        };
        double t1 = Timing.BestOf(() => Extractor.Extract(unit), 5);
        double t10 = Timing.BestOf(() => Extractor.Extract(Repeat(unit, 10)), 3);
        double t100 = Timing.BestOf(() => Extractor.Extract(Repeat(unit, 100)), 3);
        // Linear work gives about 10 per step; quadratic work would give about 100. The bound leaves room for
        // timer noise on a busy machine at the small end without letting quadratic growth through.
        string timings = $"1x took {t1:0.0000}s, 10x {t10:0.0000}s, 100x {t100:0.0000}s";
        (t100 / Math.Max(t10, 1e-4)).Should().BeLessThan(40, timings);
        (t100 / Math.Max(t1, 1e-4)).Should().BeLessThan(1000, timings);
    }

    private static string Repeat(string unit, int times) => new StringBuilder(unit.Length * times).Insert(0, unit, times).ToString();
}
