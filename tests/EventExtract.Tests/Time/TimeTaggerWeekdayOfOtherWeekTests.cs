using EventExtract.Time;

namespace EventExtract.Tests.Time;

/// <summary>
/// "on Tuesday last week", "Friday next week": the weekday of the ISO week before or after the story's week, not the
/// nearest such weekday (which for "Tuesday last week" in a story of Wednesday 1 May 2024 would be the day before).
/// </summary>
public class TimeTaggerWeekdayOfOtherWeekTests
{
    private const string Dct = "2024-05-01"; // a Wednesday

    [Theory]
    [InlineData("Militants attacked the convoy on Tuesday last week.", "Tuesday last week", "2024-04-23")]
    [InlineData("Militants attacked the convoy on Sunday last week.", "Sunday last week", "2024-04-28")]
    [InlineData("The ministers will meet on Friday next week.", "Friday next week", "2024-05-10")]
    public void The_weekday_of_the_week_named(string sentence, string text, string value)
    {
        var found = TimeTaggerTests.Tag(sentence, Dct);

        found.Should().ContainSingle(t => t.Text == text).Which.Should().Match<Timex>(t => t.Type == TimexType.Date && t.Value == value);
    }
}
