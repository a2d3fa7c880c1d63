using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Who sets off a bomb carried out the bombing: the subject of "set off" governing the attack noun is its attacker.
/// Sentences invented for these tests.
/// </summary>
public class SetOffBombAttackerPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 8);

    [Fact]
    public void Guerrillas_setting_off_a_car_bomb_are_its_attackers()
    {
        var attack = ArticleBody.Events<Attack>("Sunni guerrillas set off a car bomb in Baqubah on Tuesday, killing eight police recruits.", Published)
            .Should().ContainSingle().Subject;

        attack.Attackers.Should().ContainSingle().Which.Text.Should().Be("Sunni guerrillas");
        attack.Killed.Should().Be(8);
    }
}
