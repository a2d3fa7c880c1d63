using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"Protesters torched a police station": setting a building on fire is an (arson) attack; a relay torch is not.</summary>
public class AttackTorchedTriggerPipelineTests
{
    private static readonly DateOnly Published = new(2025, 3, 6);

    [Fact]
    public void Torched_a_police_station_is_an_attack()
    {
        var attack = ArticleBody.Events<Attack>("Protesters torched a police station in the northern town of Kano overnight, officials said.", Published)
            .Should().ContainSingle().Subject;
        attack.Attackers.Select(a => a.Text).Should().Equal("Protesters");
        attack.Targets.Select(t => t.Text).Should().Contain("a police station");
    }

    [Fact]
    public void A_torch_relay_is_no_attack()
    {
        ArticleBody.Events<Attack>("The Olympic flame was carried by a torch relay through the capital on Monday.", Published).Should().BeEmpty();
    }
}
