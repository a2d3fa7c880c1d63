using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "according to the city's health service", "exploded at the town's main market": a common noun's possessive opens the
/// phrase of what it owns, which is the whole source or target (was only "the city", or "the town"). Sentences invented
/// for these tests.
/// </summary>
public class PossessedThingPhrasePipelineTests
{
    private static readonly DateOnly Published = new(2024, 12, 7);

    [Fact]
    public void The_source_is_the_possessed_service()
    {
        var statement = ArticleBody.Events<Statement>("At least 15 people were injured, according to the city's health service.", Published)
            .Should().ContainSingle().Subject;

        statement.Speakers.Select(a => a.Text).Should().Equal("the city's health service");
    }

    [Fact]
    public void The_target_is_the_possessed_place()
    {
        var attack = ArticleBody.Events<Attack>("A bomb exploded at the town's main market on Monday, killing five people.", Published)
            .Should().ContainSingle().Subject;

        attack.Targets.Select(a => a.Text).Should().Equal("the town's main market");
    }
}
