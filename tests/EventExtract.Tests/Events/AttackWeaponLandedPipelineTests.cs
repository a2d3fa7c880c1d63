using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "The missile struck a power station" right after "rebels fired a missile at a city" tells where that attack's fire
/// landed: one attack, though it names a new target.
/// </summary>
public class AttackWeaponLandedPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void The_missile_striking_a_depot_is_the_missile_attack_just_reported()
    {
        const string body = "Insurgents fired a missile at a northern port city on Monday, the military said.\n\n"
            + "The missile struck a fuel depot, wounding three workers.";
        var attacks = ArticleBody.Events<Attack>(body, Published);
        attacks.Should().ContainSingle()
            .Which.Mentions.Should().Contain(m => m.Trigger.Text == "struck");
    }
}
