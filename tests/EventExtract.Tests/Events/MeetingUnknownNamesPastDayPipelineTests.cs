using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Ruto on Monday met Abiy": "met" between two names the recognizer does not know, the day between the subject and the
/// verb, is a meeting of the two. Sentences invented for these tests.
/// </summary>
public class MeetingUnknownNamesPastDayPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 14);

    [Theory]
    [InlineData("Ruto on Monday met Abiy.", "Ruto", "Abiy", "2024-05-13")]
    [InlineData("Kagame on Friday met Tshisekedi in Luanda.", "Kagame", "Tshisekedi", "2024-05-10")]
    public void Two_bare_names_around_met_meet(string body, string first, string second, string date)
    {
        var meeting = ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Equal(first, second);
        meeting.Date!.Value.Should().Be(date);
    }
}
