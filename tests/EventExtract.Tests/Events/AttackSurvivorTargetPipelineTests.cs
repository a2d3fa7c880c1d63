using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"the mayor survived an assassination attempt": whoever survived or was the target of an attack noun is what it hit (made-up sentences, whole pipeline).</summary>
public class AttackSurvivorTargetPipelineTests
{
    [Fact]
    public void The_survivor_of_an_attack_is_its_target() =>
        ArticleBody.Events<Attack>("The mayor of Kirkuk survived an assassination attempt on Sunday.", new DateOnly(2024, 4, 20))
            .Should().ContainSingle().Which.Targets.Should().ContainSingle()
            .Which.Text.Should().Be("The mayor");

    [Fact]
    public void The_party_that_was_the_target_of_an_attack_is_its_target() =>
        ArticleBody.Events<Attack>("State media said Monday that the governor was the target of an assassination attempt in Kandahar.", new DateOnly(2024, 4, 20))
            .Should().ContainSingle().Which.Targets.Should().ContainSingle()
            .Which.Text.Should().Be("the governor");
}
