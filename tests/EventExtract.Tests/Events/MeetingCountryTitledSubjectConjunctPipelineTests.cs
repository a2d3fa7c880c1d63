using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Ryutaro Hashimoto and U.S. Trade Representative Mickey Kantor will meet": a country abbreviation or name opening the
/// second conjunct's title does not cut the first conjunct off the meeting's subject. Sentences invented for these tests.
/// </summary>
public class MeetingCountryTitledSubjectConjunctPipelineTests
{
    private static readonly DateOnly Published = new(1998, 5, 4);

    [Theory]
    [InlineData("Japanese Trade Minister Ryutaro Hashimoto and U.S. Trade Representative Mickey Kantor are expected to meet in Geneva.", "Ryutaro Hashimoto", "Mickey Kantor")]
    [InlineData("Russian Defense Minister Pavel Grachev and U.S. Defense Secretary William Perry held talks in Moscow on Monday.", "Pavel Grachev", "William Perry")]
    public void Both_conjuncts_meet(string body, string first, string second)
    {
        var meeting = ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain(first).And.Contain(second);
    }
}
