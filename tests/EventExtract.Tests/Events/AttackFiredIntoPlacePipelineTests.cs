using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// The place munitions are fired "into" is where the attack landed, as with "fired rockets at Israel".
/// Sentences invented for these tests.
/// </summary>
public class AttackFiredIntoPlacePipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 14);

    [Fact]
    public void The_place_rockets_are_fired_into_is_the_location()
    {
        var attack = ArticleBody.Events<Attack>("Hamas fired rockets into Israel on Saturday.", Published).Should().ContainSingle().Subject;

        attack.Location.Should().NotBeNull();
        attack.Location!.Name.Should().Be("Israel");
        attack.Location.CountryCode.Should().Be("IL");
    }
}
