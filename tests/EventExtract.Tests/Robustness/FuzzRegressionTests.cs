namespace EventExtract.Tests.Robustness;

/// <summary>Inputs the mutation fuzzer (scripts/fuzz.sh) found crashing, kept as regressions.</summary>
public class FuzzRegressionTests
{
    private static readonly EventExtractor Extractor = EventExtractor.Create();

    // Non-ASCII decimal digits (Devanagari, Tamil, Javanese, Tibetan, Limbu…) matched "\d" in the dateline
    // patterns and then failed int.Parse: dates must be ASCII digits.
    [Theory]
    [InlineData("Date: 29 October 201\u1C47\n\nTitle\n\nOfficials met on Friday.")]
    [InlineData("Date: \u1A909 October 2019\n\nTitle\n\nOfficials met on Friday.")]
    [InlineData("Date: 29 October 20\u0BEA9\n\nTalks were held.")]
    [InlineData("20\u19D91-10-25\n\nTalks were held.")]
    [InlineData("Posted on October \u096B, 2019\n\nTalks were held.")]
    [InlineData("2019-\uA9F8-\u0BED\n\nThe minister said talks would resume.")]
    [InlineData("20\u0F271-10-29\n\nTalks.")]
    public void Non_ascii_digits_in_a_dateline_are_not_a_date_and_do_not_crash(string text)
    {
        var result = Extractor.Extract(text);
        ResultInvariants.Check(text, result);
        result.Document.Published.Should().BeNull();
    }
}
