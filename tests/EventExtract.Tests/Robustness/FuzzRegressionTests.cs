namespace EventExtract.Tests.Robustness;

/// <summary>Inputs the fuzzers (scripts/fuzz.sh, scripts/sharpfuzz.sh) found crashing, kept as regressions.</summary>
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

    // SharpFuzz found relative dates resolved against a publication date at either end of the calendar
    // throwing ArgumentOutOfRangeException from DateOnly arithmetic ("yesterday" on 0001-01-01, "next month"
    // on 9999-12-31). Such a date now resolves nothing, like a missing one.
    [Theory]
    [InlineData("Officials met yesterday and will meet again tomorrow.")]
    [InlineData("Talks held last week, last month, last quarter and last year will resume next week, next month and next year.")]
    [InlineData("The deal, signed on Monday, runs until October 29; talks resume in the coming month and this weekend.")]
    [InlineData("Three days ago, two weeks ago and ten years ago. Last winter and next spring, this evening.")]
    [InlineData("29 October 2\n2019-10-29\nOct. 25, 2019\nTuesday,019\n1day, Octo tomorrow until the end of October 29")]
    public void Relative_dates_at_the_ends_of_the_calendar_do_not_crash(string text)
    {
        foreach (var published in new[] { DateOnly.MinValue, DateOnly.MaxValue })
        {
            var result = Extractor.Extract(text, new ArticleInfo(Published: published));
            ResultInvariants.Check(text, result);
            result.Timexes.Should().NotBeEmpty();
        }
    }

    [Fact]
    public void A_publication_date_inside_the_calendar_still_resolves_relative_dates()
    {
        var result = Extractor.Extract("Officials met yesterday.", new ArticleInfo(Published: new DateOnly(2, 1, 1)));
        result.Timexes.Should().ContainSingle().Which.Value.Should().Be("0001-12-31");
        result = Extractor.Extract("Officials met yesterday.", new ArticleInfo(Published: DateOnly.MinValue));
        result.Timexes.Should().ContainSingle().Which.Value.Should().Be("XXXX-XX-XX");
    }
}
