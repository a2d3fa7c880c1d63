using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "The mayor visited the family of the murdered journalist": an attack participle right before the noun it modifies has
/// no subject, so the subject of the clause (who visited, who voiced concern) is no attacker; "Gunmen murdered two
/// journalists" keeps its subject. Sentences invented for these tests.
/// </summary>
public class AttackAttributiveParticipleTests
{
    private static readonly DateOnly Published = new(2024, 5, 14);

    [Theory]
    [InlineData("The mayor visited the family of the murdered journalist in Valletta.")]
    [InlineData("Officials have expressed concern about a pattern of murdered women in the city.")]
    public void The_clause_subject_is_no_attacker(string body)
    {
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;
        attack.Attackers.Should().BeEmpty();
    }

    [Fact]
    public void A_subject_before_the_verb_still_attacks()
    {
        var attack = ArticleBody.Events<Attack>("Masked gunmen murdered two journalists in Valletta on Monday.", Published).Should().ContainSingle().Subject;
        attack.Attackers.Should().ContainSingle().Which.Text.Should().EndWith("gunmen");
    }
}
