using EventExtract.Events;
using EventExtract.Places;

namespace EventExtract.Tests.Events;

/// <summary>
/// A weapon named as the subject of an attack verb with a nationality word before it ("Russian missiles struck")
/// was fired by that country: the country is the attacker, not the weapon. Sentences invented for these tests.
/// </summary>
public class AttackWeaponSubjectPipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 14);

    [Theory]
    [InlineData("Russian missiles struck the city of Odesa overnight, killing two people.", "RU")]
    [InlineData("Israeli tank shells hit a school in Rafah on Tuesday.", "IL")]
    public void The_country_of_a_weapon_subject_is_the_attacker(string body, string code)
    {
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;

        var attacker = attack.Attackers.Should().ContainSingle().Subject;
        attacker.Kind.Should().Be(ActorKind.Country);
        attacker.CountryCode.Should().Be(code);
    }

    [Fact]
    public void A_weapon_subject_without_a_nationality_names_no_attacker()
    {
        var attack = ArticleBody.Events<Attack>("Missiles struck the city of Odesa overnight, killing two people.", Published)
            .Should().ContainSingle().Subject;

        attack.Attackers.Should().BeEmpty();
    }
}
