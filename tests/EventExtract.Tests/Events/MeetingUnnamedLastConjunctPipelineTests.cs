using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "The company and the union have been negotiating": a common-noun phrase joined by "and" after the first party and
/// ending right before the meeting verb is the other side. Sentences invented for these tests.
/// </summary>
public class MeetingUnnamedLastConjunctPipelineTests
{
    private static readonly DateOnly Published = new(1998, 5, 4);

    [Theory]
    [InlineData("The company and the union have been negotiating since November.", "The company", "the union")]
    [InlineData("General Motors and the autoworkers met in Detroit on Tuesday.", "Motors", "the autoworkers")]
    public void Both_sides_are_parties(string body, string first, string second)
    {
        var meeting = ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain(p => p.Contains(first)).And.Contain(second);
    }
}
