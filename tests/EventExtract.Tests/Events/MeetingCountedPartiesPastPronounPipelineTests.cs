using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Horak arrived in Vienna. Varga welcomed him. The two presidents met": a counted reference stands for the last
/// that many parties named a few sentences back, past a pronoun, rather than for an earlier meeting's parties of another
/// number. Sentences invented for these tests.
/// </summary>
public class MeetingCountedPartiesPastPronounPipelineTests
{
    private static readonly DateOnly Published = new(2024, 3, 5);

    private const string Presidents = "Slovak President Tomas Horak arrived in Vienna on Tuesday. "
        + "Austrian President Elena Varga welcomed him at the airport. "
        + "The two presidents met for three hours.";

    [Theory]
    [InlineData("On Sunday Prime Minister Lars Dahl flew to Oslo to meet Finance Minister Anna Berg. ")]
    [InlineData("Prime Minister Lars Dahl spoke to reporters in Stockholm on Saturday. On Sunday he flew to Oslo to meet Finance Minister Anna Berg. ")]
    public void The_two_presidents_are_the_two_named_before_not_an_earlier_meetings_parties(string earlierMeeting)
    {
        var meetings = ArticleBody.Events<Meeting>(earlierMeeting + Presidents, Published);

        meetings.Should().Contain(m => m.Participants.Any(p => p.Text == "Tomas Horak"))
            .Which.Participants.Select(p => p.Text).Should().BeEquivalentTo("Tomas Horak", "Elena Varga");
    }
}
