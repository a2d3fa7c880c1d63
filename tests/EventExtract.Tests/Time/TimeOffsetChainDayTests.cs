using EventExtract.Time;

namespace EventExtract.Tests.Time;

/// <summary>
/// "March 3 … Two days later, … The next day, …": a day counted from the day last named ("two days later", "a week
/// earlier") moves that day, so a later "the next day" counts from it, not from the last date written out.
/// </summary>
public class TimeOffsetChainDayTests
{
    private static Timex Single(string text, string expression) => TimeAnchoringTests.Single(text, expression);

    [Theory]
    [InlineData("Rebels attacked the town on March 3. Two days later, the army shelled it. The next day, the governor visited it.", "The next day", "2019-03-06")]
    [InlineData("Rebels attacked the town on March 3. A week later, the army shelled it. The following day, the governor visited it.", "The following day", "2019-03-11")]
    [InlineData("The vote was held on Sept. 12. Three days earlier, the party had named its candidate. The previous day, it had met.", "The previous day", "2019-09-08")]
    public void Counted_from_the_day_the_offset_reached(string text, string expression, string value) =>
        Single(text, expression).Value.Should().Be(value);
}
