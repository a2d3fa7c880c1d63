using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "launched an attack on southern Israel": a bearing before the place an attack noun's "on" phrase names keeps that
/// place the target, as "an attack on Israel" does. Sentences invented for these tests.
/// </summary>
public class AttackBearingPlaceTargetTests
{
    private static readonly DateOnly Published = new(2024, 12, 7);

    [Fact]
    public void An_attack_on_the_south_of_a_country_targets_it()
    {
        var events = ArticleBody.Events<ExtractedEvent>("Rebel fighters launched a surprise attack on southern Chad on Monday.", Published);

        events.OfType<Attack>().Should().ContainSingle()
            .Which.Targets.Select(a => a.Text).Should().Equal("southern Chad");
    }
}
