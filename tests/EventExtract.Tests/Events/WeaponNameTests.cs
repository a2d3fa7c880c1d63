using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>A weapon's model name ("a Kalibr missile") is not who made the attack (that it is no place: NonNameFilterTests).</summary>
public class WeaponNameTests
{
    private static readonly EventExtractor Extractor = EventExtractor.Create();

    private static Attack OnlyAttack(string text) =>
        Extractor.Extract("Headline\n\n" + text, new ArticleInfo(Published: new DateOnly(2026, 5, 14))).Events.OfType<Attack>().Should().ContainSingle().Subject;

    [Fact]
    public void A_missile_model_is_no_attacker()
    {
        var attack = OnlyAttack("A Kalibr missile hit a warehouse on Tuesday.");

        attack.Attackers.Select(a => a.Text).Should().NotContain("Kalibr");
    }
}
