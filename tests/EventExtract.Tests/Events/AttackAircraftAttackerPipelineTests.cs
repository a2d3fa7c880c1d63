using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Aircraft and drones that strike stand for the force flying them ("Israeli aircraft struck", "Ukrainian drones
/// attacked"), with the country of their nationality word; and "it" never stands for a counted plural such as
/// "306 combat aircraft". Sentences invented for these tests.
/// </summary>
public class AttackAircraftAttackerPipelineTests
{
    private static readonly DateOnly Published = new(2025, 5, 16);

    [Theory]
    [InlineData("Turkish aircraft struck targets in northern Iraq overnight, killing six militants.", "TR")]
    [InlineData("Ukrainian drones attacked an oil depot in Russia's Bryansk region on Thursday.", "UA")]
    public void Aircraft_or_drones_of_a_nationality_are_the_attackers(string body, string code)
    {
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;

        attack.Attackers.Should().ContainSingle().Which.CountryCode.Should().Be(code);
    }

    [Fact]
    public void It_does_not_stand_for_a_counted_plural()
    {
        var said = ArticleBody.Events<Statement>(
            "Ruritania's military also includes holdings of 1,200 battle tanks and 300 combat aircraft. "
            + "It has never properly declared its holdings of chemical weapons.",
            Published);

        said.SelectMany(s => s.Speakers).Should().NotContain(a => a.Text.Contains("aircraft"));
    }
}
