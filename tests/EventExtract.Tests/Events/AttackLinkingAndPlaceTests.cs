using EventExtract.Events;
using EventExtract.Places;

namespace EventExtract.Tests.Events;

/// <summary>Attack mentions joined by a later claim of responsibility, and places followed by a place-type noun.</summary>
public class AttackLinkingAndPlaceTests
{
    private static readonly DateOnly Published = new(2022, 2, 10);

    [Fact]
    public void Claiming_responsibility_for_the_attack_names_the_attacker_of_the_recent_attack()
    {
        var events = new TestDocument("A car bomb exploded outside a police station in Mogadishu. Al-Shabaab claimed responsibility for the attack.", Published)
            .Place("Mogadishu", "SO")
            .Actor("Al-Shabaab", ActorKind.Group, "SO")
            .Trigger("car bomb", EventType.Attack)
            .Trigger("exploded", EventType.Attack)
            .Trigger("attack", EventType.Attack)
            .Find();

        var attack = (Attack)events.Should().ContainSingle().Subject;
        attack.Attackers.Select(a => a.Text).Should().Equal("Al-Shabaab");
        attack.Location!.Text.Should().Be("Mogadishu");
    }

    [Fact]
    public void A_place_type_noun_after_the_place_keeps_it_the_place_of_the_attack()
    {
        var events = new TestDocument("Gunmen attacked a bus in southern Kosovo province.", Published)
            .Place("Kosovo", "XK")
            .Trigger("attacked", EventType.Attack)
            .Find();

        events.Single().Location!.Text.Should().Be("Kosovo");
    }
}
