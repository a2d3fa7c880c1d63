using System.Globalization;
using EventExtract.Text;
using EventExtract.Time;

namespace EventExtract.Tests.Time;

public class TimeTaggerTests
{
    private const string Dct = "2019-10-29"; // a Tuesday

    internal static IReadOnlyList<Timex> Tag(string text, string? published, ITokenizer? tokenizer = null)
    {
        DateOnly? dct = published is null ? null : DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var doc = ArticleReader.Instance.Read(text, published: dct);
        var pipeline = tokenizer is null
            ? new EventExtractorPipeline { TimeTagger = new TimeTagger() }
            : new EventExtractorPipeline { TimeTagger = new TimeTagger(), Tokenizer = tokenizer };
        return pipeline.Analyze(doc).Timexes;
    }

    private static void AssertSingle(string sentence, string? published, string text, TimexType type, string value, string? mod)
    {
        var found = Tag(sentence, published);
        found.Should().ContainSingle(t => t.Text == text, because: $"'{text}' should be tagged in \"{sentence}\" (found: {string.Join("; ", found.Select(f => f.Text + "=" + f.Value))})")
            .Which.Should().Match<Timex>(t => t.Type == type && t.Value == value && t.ModName == mod,
                because: $"got {string.Join("; ", found.Select(f => $"{f.Text}|{f.Type}|{f.Value}|{f.ModName}"))}");
    }

    [Theory]
    [InlineData("The summit opened on 29 October 2019 in Sochi.", "29 October 2019", "2019-10-29")]
    [InlineData("The deal was signed Oct. 25, 2019, in Doha.", "Oct. 25, 2019", "2019-10-25")]
    [InlineData("The deal was signed October 25, 2019, in Doha.", "October 25, 2019", "2019-10-25")]
    [InlineData("The report is dated 2019-10-25 and was leaked.", "2019-10-25", "2019-10-25")]
    [InlineData("The case was filed on 10/25/2019 in Kabul.", "10/25/2019", "2019-10-25")]
    [InlineData("The case was filed on 03/04/2019 in Kabul.", "03/04/2019", "2019-03-04")] // US month/day by default
    [InlineData("The case was filed on 25/10/2019 in Kabul.", "25/10/2019", "2019-10-25")] // first number over 12: day/month
    [InlineData("He was born on the 4th of July, 1976.", "4th of July, 1976", "1976-07-04")]
    [InlineData("Talks resumed in September 2018 after a pause.", "September 2018", "2018-09")]
    [InlineData("Sept. 30 was the deadline.", "Sept. 30", "2019-09-30")]
    public void Absolute_dates(string sentence, string text, string value) =>
        AssertSingle(sentence, Dct, text, TimexType.Date, value, null);

    [Theory]
    [InlineData("The talks were held on October 25.", "October 25", "2019-10-25")]
    [InlineData("The delegation visited Beijing in July.", "July", "2019-07")]
    [InlineData("Following a visit of the delegation in September, the envoy flew on.", "September", "2019-09")]
    [InlineData("The leaders will meet in November.", "November", "2019-11")]
    [InlineData("The leaders met in November.", "November", "2018-11")]
    [InlineData("The ministers will meet again in March.", "March", "2020-03")]
    // "would" reports a plan: the next such month, not the last one.
    [InlineData("He added that the ceremony would be held on March 12.", "March 12", "2020-03-12")]
    [InlineData("They discussed the slated visit in January.", "January", "2020-01")]
    [InlineData("The offer was extended to Nov. 16 by the board.", "Nov. 16", "2019-11-16")]
    public void Partial_dates_take_their_year_from_tense_and_publication_date(string sentence, string text, string value) =>
        AssertSingle(sentence, Dct, text, TimexType.Date, value, null);

    [Theory]
    [InlineData("Officials said on Friday that the talks had stalled.", "Friday", "2019-10-25")]
    [InlineData("The envoy will arrive on Friday.", "Friday", "2019-11-01")]
    // A trailing reporting clause after a comma has its own tense: the plan's "scheduled" dates Friday forward.
    [InlineData("The ministers are scheduled to meet in Oslo on Friday, officials said.", "Friday", "2019-11-01")]
    [InlineData("The ministers met in Oslo on Friday, officials said.", "Friday", "2019-10-25")]
    // "might" puts a possibility ahead; "might have met" keeps its own past.
    [InlineData("The two envoys might meet in Oslo on Friday.", "Friday", "2019-11-01")]
    [InlineData("The two envoys might have met in Oslo on Friday.", "Friday", "2019-10-25")]
    // So does "could" before a verb ("could meet"); "could be found", "could not attend" keep the nearest other cue.
    [InlineData("Diplomats said the two envoys could meet in Oslo on Friday.", "Friday", "2019-11-01")]
    [InlineData("The two envoys could not be reached on Friday.", "Friday", "2019-10-25")]
    [InlineData("The vote took place last Tuesday.", "last Tuesday", "2019-10-22")]
    [InlineData("They will vote next Monday.", "next Monday", "2019-11-04")]
    // "next to" is a preposition, not a sign of the future.
    [InlineData("Ten people have been hurt in the blast next to the old market on Friday.", "Friday", "2019-10-25")]
    // "for next year" is what the talks are about, not when they happen: the past "began" dates Friday.
    [InlineData("Negotiators began two days of talks in Oslo on Friday on fishing quotas for next year.", "Friday", "2019-10-25")]
    public void Weekdays(string sentence, string text, string value) =>
        AssertSingle(sentence, Dct, text, TimexType.Date, value, null);

    [Theory]
    [InlineData("The minister resigned yesterday.", "yesterday", "2019-10-28")]
    [InlineData("Talks continue today in Doha.", "today", "2019-10-29")]
    [InlineData("The court will rule tomorrow.", "tomorrow", "2019-10-30")]
    [InlineData("Troops withdrew last week.", "last week", "2019-W43")]
    [InlineData("The report came out two days ago.", "two days ago", "2019-10-27")]
    [InlineData("Prices rose three weeks ago.", "three weeks ago", "2019-W41")]
    [InlineData("Elections are due next month.", "next month", "2019-11")]
    [InlineData("Elections were held last year.", "last year", "2018")]
    [InlineData("The plant closed in May of last year.", "May of last year", "2018-05")]
    [InlineData("The law took effect in March of this year.", "March of this year", "2019-03")]
    [InlineData("The plan was announced earlier this year.", "earlier this year", "2019")]
    [InlineData("The attack happened the previous day.", "the previous day", "2019-10-28")]
    [InlineData("Talks collapsed last summer.", "last summer", "2019-SU")]
    [InlineData("Profits fell in the third quarter.", "the third quarter", "2019-Q3")]
    [InlineData("The treaty was signed in 1987.", "1987", "1987")]
    [InlineData("Inflation soared in the 1990s.", "the 1990s", "199")]
    public void Relative_dates_years_decades_quarters_and_seasons(string sentence, string text, string value) =>
        AssertSingle(sentence, Dct, text, TimexType.Date, value, null);

    [Theory]
    [InlineData("In early September, the president cancelled talks.", "early September", "DATE", "2019-09", "START")]
    [InlineData("Growth slowed in late 2019.", "late 2019", "DATE", "2019", "END")]
    [InlineData("The offensive began in mid-March.", "mid-March", "DATE", "2019-03", "MID")]
    [InlineData("The talks lasted about a month.", "about a month", "DURATION", "P1M", "APPROX")]
    [InlineData("The conflict has lasted more than a decade.", "more than a decade", "DURATION", "P10Y", "MORE_THAN")]
    [InlineData("They waited less than a week.", "less than a week", "DURATION", "P1W", "LESS_THAN")]
    public void Modified_expressions(string sentence, string text, string type, string value, string mod) =>
        AssertSingle(sentence, Dct, text, Enum.Parse<TimexType>(type, ignoreCase: true), value, mod);

    [Theory]
    [InlineData("The blast occurred at 3:45am near the border.", "3:45am", "2019-10-29T03:45")]
    [InlineData("The blast occurred at 3:45 a.m. near the border.", "3:45 a.m.", "2019-10-29T03:45")]
    [InlineData("Clashes erupted on Friday night in the capital.", "Friday night", "2019-10-25TNI")]
    [InlineData("Protesters gathered at 3 p.m. Friday outside parliament.", "3 p.m. Friday", "2019-10-25T15:00")]
    [InlineData("The ceasefire ended this morning.", "this morning", "2019-10-29TMO")]
    [InlineData("Shelling continued last night.", "last night", "2019-10-28TNI")]
    [InlineData("The offer expires at 5 p.m. EST, Nov. 6.", "5 p.m. EST, Nov. 6", "2019-11-06T17:00")]
    public void Times_of_day(string sentence, string text, string value) =>
        AssertSingle(sentence, Dct, text, TimexType.Time, value, null);

    [Theory]
    [InlineData("The blast occurred at 3:45 a.m. near the border.", "3:45 a.m.", true)]
    [InlineData("The vote closes at noon.", "noon", true)]
    [InlineData("The polls close at 8 p.m. EST.", "8 p.m. EST", true)]
    [InlineData("Protesters gathered at 3 p.m. Friday outside parliament.", "3 p.m. Friday", false)]
    [InlineData("The offer expires at 5 p.m. EST, Nov. 6.", "5 p.m. EST, Nov. 6", false)]
    [InlineData("Clashes erupted on Friday night in the capital.", "Friday night", false)]
    [InlineData("The summit opened on 29 October 2019 in Sochi.", "29 October 2019", false)]
    public void A_clock_time_without_a_day_says_its_day_is_assumed(string sentence, string text, bool assumed) =>
        Tag(sentence, Dct).Should().ContainSingle(t => t.Text == text).Which.DayAssumed.Should().Be(assumed);

    [Theory]
    [InlineData("The siege lasted three weeks.", "three weeks", "P3W")]
    [InlineData("He served 18 months in prison.", "18 months", "P18M")]
    [InlineData("The talks lasted 48 hours.", "48 hours", "PT48H")]
    [InlineData("They agreed on a five-year plan.", "five-year", "P5Y")]
    [InlineData("The truce held for several days.", "several days", "PXD")]
    [InlineData("Prices have risen over the past three years.", "the past three years", "P3Y")]
    [InlineData("The ban lasted twenty-five years.", "twenty-five years", "P25Y")]
    public void Durations(string sentence, string text, string value) =>
        AssertSingle(sentence, Dct, text, TimexType.Duration, value, null);

    [Theory]
    [InlineData("The council meets every week.", "every week", "P1W")]
    [InlineData("Inspectors visit every Monday.", "every Monday", "XXXX-WXX-1")]
    [InlineData("The report is published annually.", "annually", "P1Y")]
    [InlineData("Elections are held every four years.", "every four years", "P4Y")]
    public void Sets(string sentence, string text, string value) =>
        AssertSingle(sentence, Dct, text, TimexType.Set, value, null);

    [Theory]
    [InlineData("The talks are now stalled.", "now", "PRESENT_REF")]
    [InlineData("The group currently holds 12 seats.", "currently", "PRESENT_REF")]
    [InlineData("The envoy recently visited Kabul.", "recently", "PAST_REF")]
    [InlineData("He was formerly a general.", "formerly", "PAST_REF")]
    [InlineData("Beijing may soon seek a bigger role.", "soon", "FUTURE_REF")]
    public void Vague_references(string sentence, string text, string value) =>
        AssertSingle(sentence, Dct, text, TimexType.Date, value, null);

    [Theory]
    [InlineData("Beijing may seek to replace Moscow as a mediator.")]
    [InlineData("Thousands joined the march on the capital.")]
    [InlineData("Protesters will March on the capital.")]
    [InlineData("Pakistan and China also sat down at the negotiating table.")]
    [InlineData("Theresa May met the Irish premier.")]
    [InlineData("Shoppers crowded stores on Black Friday.")]
    [InlineData("Retailers expect record Cyber Monday sales.")]
    [InlineData("The company employs 2000 people.")]
    [InlineData("It was the second attempt by the rebels.")]
    [InlineData("He finished second in the race.")]
    [InlineData("The 3-year-old boy was rescued.")]
    [InlineData("The boy, two years old, was rescued.")]
    [InlineData("He paid $1,999 for 12 rifles and 5.2 tonnes of fuel.")]
    [InlineData("The fall of Kabul shocked the world.")]
    [InlineData("Prices could fall further.")]
    [InlineData("Initially, the talks were scheduled to take place in Doha.")]
    [InlineData("But at this stage, it remains unclear whether Beijing backs Moscow.")]
    [InlineData("The prisoners will be released as soon as possible.")]
    [InlineData("The island buys about three-quarters of its fuel abroad.")]
    [InlineData("Only a second round of talks can help.")]
    public void Words_that_only_look_like_dates_are_not_tagged(string sentence)
    {
        var found = Tag(sentence, Dct);
        found.Should().BeEmpty(because: $"got {string.Join("; ", found.Select(f => f.Text + "=" + f.Value))}");
    }

    [Theory]
    [InlineData("The delegation visited in September.", "September", "XXXX-09")]
    [InlineData("The minister resigned on Friday.", "Friday", "XXXX-WXX-5")]
    [InlineData("The minister resigned yesterday.", "yesterday", "XXXX-XX-XX")]
    [InlineData("Troops withdrew last week.", "last week", "XXXX-WXX")]
    [InlineData("The treaty was signed on 29 October 2019.", "29 October 2019", "2019-10-29")]
    public void Without_a_publication_date_relative_values_stay_unresolved(string sentence, string text, string value) =>
        AssertSingle(sentence, null, text, TimexType.Date, value, null);

    [Fact]
    public void Boilerplate_paragraphs_are_not_tagged()
    {
        const string body = "The talks resumed on October 25.";
        const string text = body + "\n\nPublished 29 October 2019.";
        var doc = new Document(text, null, null, new DateOnly(2019, 10, 29),
            new[] { new Paragraph(new TextSpan(0, body.Length), ParagraphRole.Body), new Paragraph(new TextSpan(body.Length + 2, text.Length), ParagraphRole.Boilerplate) });
        var timexes = new EventExtractorPipeline { TimeTagger = new TimeTagger() }.Analyze(doc).Timexes;
        timexes.Select(t => t.Text).Should().Equal("October 25");
    }

    [Fact]
    public void Results_do_not_depend_on_how_the_tokenizer_splits()
    {
        const string text = "On Oct. 25, 2019, at 3:45am, the U.S. envoy met Russia’s delegation; in mid-March they will meet again. "
            + "Talks stalled last week, two days ago and in the 1990s.";
        var byDefault = Tag(text, Dct);
        var byWhitespace = Tag(text, Dct, new WhitespaceTokenizer());
        byDefault.Should().HaveCountGreaterThan(5);
        byWhitespace.Select(t => (t.Span, t.Value)).Should().Equal(byDefault.Select(t => (t.Span, t.Value)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("99999999999999999999/99/99 2019-13-45 31/31/31 :::: a.m. p.m. Oct. 0:99 24:60 0000 9999s '99s")]
    [InlineData("\u0000\u0001 \uFFFF \uD83D\uDE00 — –– ... ’’ '' \"\" Sept")]
    [InlineData("the the the the last last next this every every a an few several more than about early late mid -")]
    [InlineData("May May May March March Sat Sun 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32")]
    [InlineData("February 30, 2019 and 31 April 2019 and 29 February 2019 and 2019-02-29")]
    public void Bad_input_does_not_throw_and_spans_stay_in_range(string text)
    {
        foreach (var published in new[] { Dct, null, "0001-01-01", "9999-12-31" })
        {
            var found = Tag(text, published);
            foreach (var t in found)
            {
                t.Span.Start.Should().BeGreaterThanOrEqualTo(0);
                t.Span.End.Should().BeLessThanOrEqualTo(text.Length);
                text.Substring(t.Span.Start, t.Span.Length).Should().Be(t.Text);
            }
        }
    }

    [Fact]
    public void Huge_input_is_tagged_quickly_without_throwing()
    {
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < 20000; i++) sb.Append("On October 25 the envoy met officials in Moscow three weeks ago and 12345 people marched. ");
        string text = sb.ToString();
        var found = new List<Timex>();
        new TimeTagger().TagText(text, new TextSpan(0, text.Length), new DateOnly(2019, 10, 29), found);
        found.Should().HaveCount(40000);
        found[0].Value.Should().Be("2019-10-25");
    }

    [Fact]
    public void Invalid_calendar_dates_are_not_normalized_to_impossible_values()
    {
        var found = Tag("February 30, 2019 and 2019-02-29 and 2019-13-01 were cited.", Dct);
        found.Should().NotContain(t => t.Value == "2019-02-30" || t.Value == "2019-02-29" || t.Value.StartsWith("2019-13"));
    }

    /// <summary>A tokenizer that keeps every whitespace-separated run as one token ("Oct.", "3:45am,", "Russia’s").</summary>
    private sealed class WhitespaceTokenizer : ITokenizer
    {
        public void Tokenize(TextSpan range, TokenTable output)
        {
            string t = output.Text;
            int i = range.Start;
            while (i < range.End)
            {
                while (i < range.End && char.IsWhiteSpace(t[i])) i++;
                int s = i;
                while (i < range.End && !char.IsWhiteSpace(t[i])) i++;
                if (i > s) output.Add(s, i, TokenKind.Word);
            }
        }
    }
}
