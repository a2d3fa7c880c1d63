using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"shelled government positions": a verb with no verbal sense strikes its object, never criticizes it (made-up sentences, whole pipeline).</summary>
public class AttackPhysicalVerbObjectPipelineTests
{
    private static readonly DateOnly Published = new(2024, 4, 20);

    [Fact]
    public void Shelling_positions_is_an_attack() =>
        ArticleBody.Events<Attack>("Rebel fighters shelled government positions near Bunia on Tuesday.", Published)
            .Should().ContainSingle().Which.Targets.Select(t => t.Text).Should().Contain("government positions");

    [Fact]
    public void Attacking_a_rival_s_positions_in_a_debate_is_still_no_attack() =>
        ArticleBody.Events<Attack>("The senator attacked her rival's positions on taxes during Tuesday's debate.", Published)
            .Should().BeEmpty();
}
