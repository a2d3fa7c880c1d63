using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "The minister paid a courtesy call in Doha … The two sides held a round of negotiations": a count of parties larger
/// than the latest meeting's parties does not stand for them; the phrase stays a party in its own words. Sentences
/// invented for these tests.
/// </summary>
public class MeetingCountAboveLastMeetingTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void The_two_sides_are_not_the_one_party_of_the_latest_meeting()
    {
        var meetings = ArticleBody.Events<Meeting>(
            "The foreign minister paid a visit to Doha on Monday. The two sides held a fresh round of negotiations in Vienna on Tuesday.", Published);

        meetings.Should().Contain(m => m.Location != null && m.Location.Text == "Vienna")
            .Which.Participants.Select(p => p.Text).Should().Equal("The two sides");
    }
}
