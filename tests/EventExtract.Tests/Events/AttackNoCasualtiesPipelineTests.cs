using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Gunmen attacked the embassy on Sunday, but no one was hurt": a casualty word whose subject is nobody counts no
/// casualties and is no mention of the attack, which stays occurred.
/// </summary>
public class AttackNoCasualtiesPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("Gunmen attacked the embassy with rockets on Sunday, but no one was hurt.")]
    [InlineData("Gunmen attacked the embassy with rockets on Sunday, but nobody was injured.")]
    public void Nobody_hurt_counts_no_casualties_and_keeps_the_attack_occurred(string body)
    {
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;
        attack.Injured.Should().BeNull();
        attack.Status.Should().Be(EventStatus.Occurred);
    }
}
