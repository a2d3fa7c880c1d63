using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// 'condemned the "cowardly attack"': scare quotes between the determiner and the attack noun keep it a reference to the
/// attack already reported, not a new attack (made-up sentences, whole pipeline).
/// </summary>
public class AttackScareQuotedReferenceTests
{
    private static readonly DateOnly Published = new(2024, 5, 14);

    [Fact]
    public void A_scare_quoted_attack_noun_names_the_attack_already_reported()
    {
        var attacks = ArticleBody.Events<Attack>(
            "Gunmen killed five civilians at a market in the town of Djibo on Saturday, officials said.\n\n"
            + "The government condemned the “barbaric attack” and said the army had launched an operation.", Published);
        attacks.Should().ContainSingle().Which.Killed.Should().Be(5);
    }
}
