using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "NATO defence ministers gathered in Brussels": envoys of a named body gathering are a meeting, though no "from"/"of"
/// names the body; a crowd gathering is not. Sentences invented for these tests.
/// </summary>
public class MeetingNamedBodyGatheringPipelineTests
{
    private static readonly DateOnly Published = new(2024, 6, 2);

    [Theory]
    [InlineData("NATO defence ministers gathered in Brussels on Thursday to discuss air defence.")]
    [InlineData("On Thursday, OPEC oil ministers gathered in Vienna to set output.")]
    public void Envoys_of_a_named_body_gathering_meet(string body)
    {
        ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle();
    }

    [Theory]
    [InlineData("Thousands of protesters gathered in Liberty Square on Thursday.")]
    [InlineData("Party leaders gathered in the capital on Thursday.")]
    public void Crowds_and_unnamed_leaders_gathering_do_not(string body)
    {
        ArticleBody.Events<Meeting>(body, Published).Should().BeEmpty();
    }
}
