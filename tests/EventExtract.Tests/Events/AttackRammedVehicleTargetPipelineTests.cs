using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "A driver rammed his car into a group of pedestrians": the vehicle driven at people is the weapon, so the target is
/// what the "into" phrase names, and the driver who did it is the attacker. Sentences invented for these tests.
/// </summary>
public class AttackRammedVehicleTargetPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("A suicide bomber rammed his vehicle into a police convoy in Herat on Thursday, killing two officers.", "convoy")]
    [InlineData("A driver rammed his car into a group of cyclists in Lyon on Saturday, police said.", "group")]
    public void The_target_is_what_the_vehicle_was_driven_into(string body, string target)
    {
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;

        attack.Targets.Should().Contain(t => t.Text.Contains(target));
        attack.Targets.Should().NotContain(t => t.Text.Contains("vehicle") || t.Text.Contains("car"));
    }

    [Fact]
    public void The_driver_is_the_attacker()
    {
        var attack = ArticleBody.Events<Attack>("A driver rammed his car into a group of cyclists in Lyon on Saturday, police said.", Published)
            .Should().ContainSingle().Subject;

        attack.Attackers.Should().ContainSingle().Which.Text.Should().Be("A driver");
    }
}
