using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// An attack verb right after a subject named by its armed attacks ("Gunmen killed …") is an attack, whatever the
/// rest of the sentence; the same verb after a disaster is not. Sentences invented for these tests.
/// </summary>
public class AssailantSubjectTriggerPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 8);

    [Theory]
    [InlineData("Gunmen killed four aid workers in the same province last week.")]
    [InlineData("Last week, gunmen killed four aid workers in Kunar province.")]
    public void Gunmen_killing_people_is_an_attack(string body)
    {
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;

        attack.Attackers.Should().ContainSingle().Which.Text.Should().BeEquivalentTo("gunmen");
        attack.Killed.Should().Be(4);
    }

    [Fact]
    public void A_flood_killing_people_is_no_attack()
    {
        ArticleBody.Events<Attack>("Floods killed four aid workers in the same province last week.", Published).Should().BeEmpty();
    }
}
