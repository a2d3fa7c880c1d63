using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Lawyers held talks with immigration officials … The ministers will meet": an office word ("ministers",
/// "presidents") does not point back to an earlier meeting's parties that are known only by a common noun of another
/// head. Sentences invented for these tests.
/// </summary>
public class MeetingOfficeReferenceTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    private const string EarlierTalks = "The family's lawyers held talks with immigration officials in Miami on Monday. ";

    [Theory]
    [InlineData("The ministers will discuss the budget at a meeting in Brussels next week.", "Brussels")]
    [InlineData("The two presidents held a summit in Geneva last month.", "Geneva")]
    public void An_office_word_is_not_an_earlier_meetings_unnamed_parties(string later, string place)
    {
        var meetings = ArticleBody.Events<Meeting>(EarlierTalks + later, Published);

        meetings.Should().Contain(m => m.Location != null && m.Location.Text == place)
            .Which.Participants.Select(p => p.Text).Should().NotContain(new[] { "lawyers", "immigration officials" });
    }

    [Fact]
    public void An_office_word_takes_none_of_a_meeting_that_had_an_unnamed_party_of_another_head()
    {
        var meetings = ArticleBody.Events<Meeting>(
            "The president held talks with Kenyan Foreign Minister Amina Odhiambo in Kampala on Monday. "
            + "The ministers will discuss the budget at a meeting in Brussels next week.", Published);

        meetings.Should().Contain(m => m.Location != null && m.Location.Text == "Brussels")
            .Which.Participants.Select(p => p.Text).Should().NotContain("Amina Odhiambo");
    }

    [Fact]
    public void A_side_word_still_points_back_to_unnamed_parties()
    {
        var meetings = ArticleBody.Events<Meeting>(
            "Union leaders sat down with management at the plant on Monday. The two sides met again on Tuesday.", Published);

        meetings.SelectMany(m => m.Participants).Select(p => p.Text).Should().Contain("management");
    }
}
