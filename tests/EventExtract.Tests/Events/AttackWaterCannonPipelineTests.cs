using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"fired water cannons at protesters, injuring four": force used on people is an attack on them (made-up sentences, whole pipeline).</summary>
public class AttackWaterCannonPipelineTests
{
    [Fact]
    public void Water_cannon_fired_at_protesters_is_an_attack_on_them()
    {
        var attack = ArticleBody.Events<Attack>("Riot police fired water cannons at protesters in Belgrade on Tuesday, injuring four.", new DateOnly(2024, 4, 20))
            .Should().ContainSingle().Subject;
        attack.Targets.Select(t => t.Text).Should().Equal("protesters");
        attack.Injured.Should().Be(4);
    }
}
