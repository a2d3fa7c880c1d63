using System.Diagnostics;
using System.Text;

namespace EventExtract.Tests.Robustness;

/// <summary>
/// Huge inputs: up to <see cref="EventExtractorOptions.MaxInputLength"/> a valid result in linear time,
/// above it an <see cref="ArgumentException"/> that names the limit, before any work is done.
/// </summary>
[Collection(TimingCollection.Name)]
public class HugeInputTests
{
    private static readonly EventExtractor Extractor = EventExtractor.Create();

    [Fact]
    public async Task Input_one_over_the_configured_maximum_is_an_argument_error_naming_the_limit()
    {
        var small = EventExtractor.Create(EventExtractorOptions.Default with { MaxInputLength = 1_000 });
        string text = OrdinaryLine(1_001);

        var act = () => small.Extract(text);
        act.Should().Throw<ArgumentException>().WithParameterName("text")
            .WithMessage("*1,001*1,000*MaxInputLength*");
        small.Invoking(x => x.Analyze(text)).Should().Throw<ArgumentException>().WithMessage("*1,000*MaxInputLength*");
        await small.Invoking(x => x.ExtractAsync(new StringReader(text))).Should().ThrowAsync<ArgumentException>().WithMessage("*1,000*MaxInputLength*");

        string atLimit = text[..1_000];
        ResultInvariants.Check(atLimit, small.Extract(atLimit));
        (await small.ExtractAsync(new StringReader(atLimit))).Document.Text.Should().Be(atLimit);
    }

    [Fact]
    public void Input_over_the_default_maximum_of_ten_million_characters_is_rejected_at_once()
    {
        string text = new('x', EventExtractorOptions.Default.MaxInputLength + 1);
        var sw = Stopwatch.StartNew();
        var act = () => Extractor.Extract(text);
        act.Should().Throw<ArgumentException>().WithMessage("*10,000,000*MaxInputLength*");
        sw.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1), "the length is checked before any work");
    }

    [Fact]
    public void A_single_line_of_ordinary_text_at_the_default_maximum_gives_a_valid_result_in_linear_time()
    {
        // News prose with its line breaks removed, 10,000,000 characters in one paragraph (about 1.7 million
        // tokens). A run on a tenth of it first sets the pace; the whole may not take much more than ten times
        // as long (every stage works in ranges bounded by sentences, never pairwise over the whole paragraph).
        string line = OrdinaryLine(EventExtractorOptions.Default.MaxInputLength);
        string tenth = line[..(line.Length / 10)];
        Extractor.Extract(tenth);
        // Each timed run starts on a collected heap, so neither pays for the other's garbage.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var sw = Stopwatch.StartNew();
        Extractor.Extract(tenth);
        double tTenth = sw.Elapsed.TotalSeconds;

        GC.Collect();
        GC.WaitForPendingFinalizers();
        sw.Restart();
        var result = Extractor.Extract(line);
        double tWhole = sw.Elapsed.TotalSeconds;

        ResultInvariants.Check(line, result);
        result.Document.Paragraphs.Should().ContainSingle();
        result.Events.Should().NotBeEmpty();
        // Measured ratios: about 5 when this test runs alone (code still warming up during the tenth), 14 and once over
        // 25 after the rest of the suite (the tenth runs on hot code in ~0.3-0.5 s, while the whole is bound by memory:
        // ~250 MB of tables and results). Work that grew with the square of the paragraph would give about 100.
        (tWhole / Math.Max(tTenth, 0.01)).Should().BeLessThan(40, $"a tenth took {tTenth:0.00}s and the whole {tWhole:0.00}s");
    }

    /// <summary>The golden article's prose joined into one line and repeated to <paramref name="length"/> characters.</summary>
    private static string OrdinaryLine(int length)
    {
        string unit = string.Join(' ', TestArticles.Golden.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries)) + " ";
        var sb = new StringBuilder(length + unit.Length);
        while (sb.Length < length) sb.Append(unit);
        sb.Length = length;
        return sb.ToString();
    }
}
