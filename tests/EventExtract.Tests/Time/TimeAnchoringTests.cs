using EventExtract.Time;

namespace EventExtract.Tests.Time;

/// <summary>Relative dates anchored on a date named earlier in the text, and tense cues that pick the year or week.</summary>
public class TimeAnchoringTests
{
    private const string Dct = "2019-10-29"; // a Tuesday

    internal static Timex Single(string text, string expression)
    {
        var found = TimeTaggerTests.Tag(text, Dct);
        return found.Should().ContainSingle(t => t.Text == expression,
            because: $"found: {string.Join("; ", found.Select(f => f.Text + "=" + f.Value))}").Which;
    }

    [Theory]
    [InlineData("The firm was founded in May 2005, and the following year it opened an office in Oslo.", "the following year", "2006")]
    [InlineData("Prices rose in March 2017. The following month, the central bank cut its rates.", "The following month", "2017-04")]
    [InlineData("The league was formed in 1998; the previous year its clubs had played as amateurs.", "the previous year", "1997")]
    public void Following_and_previous_count_from_the_date_last_named(string text, string expression, string value) =>
        Single(text, expression).Value.Should().Be(value);

    [Fact]
    public void Following_year_without_a_named_date_counts_from_publication() =>
        Single("The company said the following year would be difficult.", "the following year").Value.Should().Be("2020");

    [Theory]
    // "untouched" is an adjective: the future "will" governs the month.
    [InlineData("The airline will add routes by July in a push into markets untouched by the slump.", "July", "2020-07")]
    // a dividend is paid after it is declared
    [InlineData("The board declared a cash dividend, payable Dec. 2 to shareholders.", "Dec. 2", "2019-12-02")]
    public void Tense_cues_choose_the_year(string text, string expression, string value) =>
        Single(text, expression).Value.Should().Be(value);

    [Fact]
    public void A_plan_made_in_the_past_points_back() =>
        Single("The offer had been due to expire Friday evening.", "Friday evening").Value.Should().Be("2019-10-25TEV");

    [Theory]
    // the planning word after "is" says the trip lies ahead, even with "is" nearer the weekday
    [InlineData("On Saturday, the minister is due to fly to Surabaya, where he will meet the governor.", "Saturday", "2019-11-02")]
    [InlineData("On Friday the two leaders are expected to sign the accord in Lima.", "Friday", "2019-11-01")]
    // a plan reported in the past keeps its own past cue
    [InlineData("On Friday the two leaders were expected to sign the accord, but the ceremony was postponed.", "Friday", "2019-10-25")]
    public void A_planning_word_after_a_present_be_points_ahead(string text, string expression, string value) =>
        Single(text, expression).Value.Should().Be(value);

    [Theory]
    [InlineData("Many feared the approach of the year two thousand.", "the year two thousand", "2000")]
    [InlineData("The plan aims to halve poverty by the year two thousand and ten.", "the year two thousand and ten", "2010")]
    public void The_year_spelled_out_is_that_year(string text, string expression, string value) =>
        Single(text, expression).Value.Should().Be(value);

    [Theory]
    [InlineData("In the 2017 third quarter, the retailer posted a loss.", "the 2017 third quarter", "2017-Q3")]
    [InlineData("The charge was booked in the 2018 second quarter.", "the 2018 second quarter", "2018-Q2")]
    public void A_year_before_an_ordinal_quarter_names_that_quarter(string text, string expression, string value) =>
        Single(text, expression).Value.Should().Be(value);

    [Fact]
    public void The_latest_quarter_is_the_last_completed_one_even_after_another_quarter_was_named() =>
        Single("The insurer expects a fourth quarter charge. Its auto lines lost money in the latest quarter.", "the latest quarter")
            .Value.Should().Be("2019-Q3");
}
