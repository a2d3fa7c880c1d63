using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// An invasion is an army's act: a car bombing in a city and the invasion of its country told of later are two
/// attacks, however the city lies in that country.
/// </summary>
public class AttackInvasionKindPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void Invasion_does_not_join_a_car_bombing_in_the_invaded_country()
    {
        const string body = "This morning a car bomb went off near a bakery in Kabul. Twelve people died, the radio said. "
            + "My brother lives two streets away and heard the noise. "
            + "Nobody here believes the politicians anymore. "
            + "They invaded Afghanistan and promised peace.";
        var attacks = ArticleBody.Events<Attack>(body, Published);
        attacks.Should().ContainSingle(a => a.Mentions.Any(m => m.Trigger.Text == "invaded"))
            .Which.Mentions.Should().ContainSingle();
    }
}
