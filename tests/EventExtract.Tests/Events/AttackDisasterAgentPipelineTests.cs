using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>A place or person "struck by" a natural disaster was not attacked (made-up sentences, whole pipeline).</summary>
public class AttackDisasterAgentPipelineTests
{
    private static readonly DateOnly Published = new(2023, 2, 14);

    [Theory]
    [InlineData("The minister arrived in Chile on Sunday, his first visit since the country was struck by devastating earthquakes.")]
    [InlineData("Villages along the coast were hit hard by a powerful 7.8-magnitude earthquake on Monday.")]
    [InlineData("The farmers were struck by wildfires and droughts last summer, officials said.")]
    public void A_passive_attack_verb_with_a_disaster_agent_is_no_attack(string body) =>
        ArticleBody.Events<Attack>(body, Published).Should().BeEmpty();

    [Fact]
    public void A_passive_attack_verb_with_an_armed_agent_is_still_an_attack() =>
        ArticleBody.Events<Attack>("The village was struck by rebel rockets on Monday, killing four people.", Published)
            .Should().ContainSingle();
}
