using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "will meet Finance Minister X and trade envoy Y": lowercase title words before a later name of an object list do not
/// end the list, as they do not before the first. Sentences invented for these tests.
/// </summary>
public class LowercaseTitleObjectConjunctPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 8);

    [Theory]
    [InlineData("Vice Premier Han Bo will meet Finance Minister Clara Voss and trade envoy Pieter Maes in Brussels on Friday.", "Pieter Maes")]
    [InlineData("Vice Premier Han Bo met Finance Minister Clara Voss and national security adviser Pieter Maes in Brussels on Friday.", "Pieter Maes")]
    public void The_later_titled_name_takes_part(string body, string later)
    {
        var meeting = ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain(new[] { "Han Bo", "Clara Voss", later });
    }
}
