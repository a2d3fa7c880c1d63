using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Rebels launched an attack on the town on Monday, firing rockets": a participle after a comma, of one word or several,
/// tells how the attack before it (a noun too) was carried out; it is no second attack. Sentences invented for these tests.
/// </summary>
public class AttackParticipleAfterNounTests
{
    private static readonly DateOnly Published = new(2024, 12, 7);

    [Fact]
    public void Firing_rockets_after_a_launched_attack_is_that_attack()
    {
        var events = ArticleBody.Events<ExtractedEvent>(
            "Rebel fighters launched an attack on the border town on Monday, firing rockets and mortars at the police station.", Published);

        events.OfType<Attack>().Should().ContainSingle()
            .Which.Date!.Value.Should().Be("2024-12-02");
    }
}
