using EventExtract.Time;

namespace EventExtract.Tests.Time;

/// <summary>"the next day", "that day", "the same day": days counted from the day last named in the story, not from publication.</summary>
public class TimeAnchoredDayTests
{
    private const string Dct = "2019-10-29"; // a Tuesday, as in TimeAnchoringTests

    private static Timex Single(string text, string expression) => TimeAnchoringTests.Single(text, expression);

    [Theory]
    [InlineData("Rebels attacked the town on March 3. The next day, the governor visited it.", "The next day", "2019-03-04")]
    [InlineData("The strike began on Friday. The following day, the union met the owners.", "The following day", "2019-10-26")]
    [InlineData("The vote was held on Sept. 12. The previous day, the party had named its candidate.", "The previous day", "2019-09-11")]
    [InlineData("The plant closed on June 2, 2018, and that day the workers marched to the town hall.", "that day", "2018-06-02")]
    [InlineData("The plant closed on June 2, 2018. Later that day, the workers marched to the town hall.", "Later that day", "2018-06-02")]
    [InlineData("The plant closed on June 2, 2018. The mayor resigned the same day.", "the same day", "2018-06-02")]
    public void Counted_from_the_day_last_named(string text, string expression, string value) =>
        Single(text, expression).Value.Should().Be(value);

    [Fact]
    public void The_next_day_without_a_named_day_still_counts_from_publication() =>
        Single("The minister will travel to Oslo the next day.", "the next day").Value.Should().Be("2019-10-30");

    [Fact]
    public void That_day_long_after_the_day_named_is_no_date()
    {
        var found = TimeTaggerTests.Tag(
            "The plant closed on June 2, 2018. Workers marched. The mayor spoke. The union wrote. Police came. Nobody knew what to think that day.", Dct);
        found.Should().NotContain(t => t.Text.Contains("that day"));
    }
}
