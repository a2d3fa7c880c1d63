using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"Shots were fired at a patrol": a weapon as the passive subject is no target; what it was fired at is (made-up sentences, whole pipeline).</summary>
public class AttackWeaponPassiveSubjectTests
{
    [Fact]
    public void Shots_fired_at_a_patrol_hit_the_patrol() =>
        ArticleBody.Events<Attack>("Shots were fired at a border patrol near Velna on Tuesday, the ministry said.", new DateOnly(2024, 4, 20))
            .Should().ContainSingle().Which.Targets.Select(t => t.Text).Should().ContainSingle().Which.Should().Contain("patrol");

    [Fact]
    public void Rockets_fired_at_a_base_hit_the_base() =>
        ArticleBody.Events<Attack>("Two rockets were fired at an army base outside the city overnight, officials said.", new DateOnly(2024, 4, 20))
            .Should().ContainSingle().Which.Targets.Select(t => t.Text).Should().ContainSingle().Which.Should().Contain("base");
}
