using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Munitions that strike by raining down or flattening what they hit, and rockets named by their make, report an
/// attack; the same verbs with weather for subject do not.
/// </summary>
public class AttackMunitionImpactWordingPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("Dozens of rockets rained down on the town of Zarat on Friday, damaging homes.")]
    [InlineData("A missile flattened a four-storey building in the centre of Zarat on Monday.")]
    [InlineData("The militia keeps firing Katyushas into the town of Zarat, residents said.")]
    public void Munition_striking_is_an_attack(string body)
    {
        ArticleBody.Events<Attack>(body, Published).Should().ContainSingle();
    }

    [Theory]
    [InlineData("Heavy rain rained down on the coast of Zarat on Sunday.")]
    [InlineData("The storm flattened crops across the Zarat region on Monday.")]
    public void Weather_striking_is_no_attack(string body)
    {
        ArticleBody.Events<Attack>(body, Published).Should().BeEmpty();
    }
}
