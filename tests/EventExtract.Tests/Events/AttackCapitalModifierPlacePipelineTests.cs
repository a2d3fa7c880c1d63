using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "The Kampala bombing", "the Nairobi shopping mall attack": a capital modifying an attack noun names where the attack was, not a
/// government (invented sentences, whole pipeline).
/// </summary>
public class AttackCapitalModifierPlacePipelineTests
{
    [Fact]
    public void A_capital_right_before_the_attack_noun_is_the_place()
    {
        var attack = ArticleBody.Events<Attack>("The Kampala bombing wounded 12 people, police said.", new DateOnly(2024, 5, 1))
            .Should().ContainSingle().Subject;

        attack.Location!.Name.Should().Be("Kampala");
        attack.Location.CountryCode.Should().Be("UG");
        attack.Attackers.Should().BeEmpty();
    }

    [Fact]
    public void A_capital_before_a_noun_modifying_the_attack_noun_is_the_place()
    {
        var attack = ArticleBody.Events<Attack>("Investigators have named a suspect in the Nairobi shopping mall attack.", new DateOnly(2024, 5, 1))
            .Should().ContainSingle().Subject;

        attack.Location!.Name.Should().Be("Nairobi");
    }
}
