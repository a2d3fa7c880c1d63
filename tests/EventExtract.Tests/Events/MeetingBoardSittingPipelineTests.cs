using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "The board of directors will meet Friday": a company's board sitting is a meeting of its members, who are its
/// participants though no one else is named. Sentences invented for these tests.
/// </summary>
public class MeetingBoardSittingPipelineTests
{
    private static readonly DateOnly Published = new(1998, 5, 4);

    [Theory]
    [InlineData("NEW YORK (AP) _ The board of directors will meet Friday to consider the proposal.", "directors")]
    [InlineData("NEW YORK (AP) _ The company board will meet next week to consider the offer.", "board")]
    public void The_board_is_the_participant(string body, string head)
    {
        var meeting = ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle().Subject;

        meeting.Participants.Should().ContainSingle().Which.Text.Should().Contain(head);
    }
}
