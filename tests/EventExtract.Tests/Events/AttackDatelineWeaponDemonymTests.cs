using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "DAMASCUS, Syria (AP) _ Israeli missiles struck an airport": the country named by the demonym before a weapon subject
/// carried out the attack, after a dateline's closing mark as at the start of a sentence. Sentences invented for these tests.
/// </summary>
public class AttackDatelineWeaponDemonymTests
{
    private static readonly DateOnly Published = new(2024, 5, 14);

    [Fact]
    public void The_demonym_after_a_dateline_names_the_attacker()
    {
        var attack = ArticleBody.Events<Attack>("DAMASCUS, Syria (AP) _ Israeli missiles struck an airport near Damascus early Monday, state media reported.", Published)
            .Should().ContainSingle().Subject;
        attack.Attackers.Should().ContainSingle().Which.CountryCode.Should().Be("IL");
    }
}
