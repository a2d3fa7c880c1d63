using EventExtract.Time;

namespace EventExtract.Tests.Time;

/// <summary>
/// "last August 21", "next March 3": a day after a shifted month names that day of the last (or next) such month, not the
/// whole month; in a story of 1 May 2024, "last August 21" is 2023-08-21.
/// </summary>
public class TimeTaggerShiftedMonthDayTests
{
    private const string Dct = "2024-05-01";

    [Theory]
    [InlineData("The attack on the rally last August 21 killed 24 people.", "last August 21", "2023-08-21")]
    [InlineData("The governor was shot last April 12 outside his home.", "last April 12", "2024-04-12")]
    [InlineData("The two leaders will meet next March 3 in Geneva.", "next March 3", "2025-03-03")]
    public void The_day_of_the_shifted_month(string sentence, string text, string value)
    {
        var found = TimeTaggerTests.Tag(sentence, Dct);

        found.Should().ContainSingle(t => t.Text == text).Which.Should().Match<Timex>(t => t.Type == TimexType.Date && t.Value == value);
    }

    [Fact]
    public void A_shifted_month_without_a_day_stays_the_month()
    {
        var found = TimeTaggerTests.Tag("Rebels shelled the town last August.", Dct);

        found.Should().ContainSingle(t => t.Text == "last August").Which.Value.Should().Be("2023-08");
    }
}
