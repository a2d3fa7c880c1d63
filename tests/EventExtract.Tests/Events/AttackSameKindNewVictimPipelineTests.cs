using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// A strike naming new victims is not the rocket fire of the other side reported just before it, though both are
/// military attacks a sentence apart.
/// </summary>
public class AttackSameKindNewVictimPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void Raids_on_new_targets_do_not_join_the_rebels_rocket_fire()
    {
        const string body = "Government warplanes struck targets across the valley early Saturday after rebels fired a barrage of rockets into the north, the army said.\n\n"
            + "The air raids destroyed a fuel depot and a barracks, residents said.";
        var attacks = ArticleBody.Events<Attack>(body, Published);
        attacks.Should().ContainSingle(a => a.Mentions.Any(m => m.Trigger.Text == "fired"))
            .Which.Mentions.Should().NotContain(m => m.Trigger.Text.Contains("raids"));
    }

    [Fact]
    public void Rocket_landing_on_a_new_target_stays_the_rocket_fire()
    {
        const string body = "Militants launched rockets toward the port city on Monday. A rocket hit a school, but no one was hurt.";
        var attacks = ArticleBody.Events<Attack>(body, Published);
        attacks.Should().ContainSingle(a => a.Mentions.Any(m => m.Trigger.Text == "launched"))
            .Which.Mentions.Should().Contain(m => m.Trigger.Text == "hit");
    }
}
