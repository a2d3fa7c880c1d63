using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "The bombing is under investigation by the police": a "by" phrase after a noun of the predicate names who does that
/// noun (investigates), not who carried out the attack; "The attack on the convoy was carried out by rebels" still names
/// the attacker. Sentences invented for these tests.
/// </summary>
public class AttackPredicateNounAgentTests
{
    private static readonly DateOnly Published = new(2024, 5, 14);

    [Theory]
    [InlineData("The bombing of the market is under investigation by the Iraqi police.")]
    [InlineData("The killings were already the subject of an inquiry by the state police.")]
    public void An_investigator_is_no_attacker(string body)
    {
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;
        attack.Attackers.Should().BeEmpty();
    }

    [Fact]
    public void A_carried_out_by_phrase_still_names_the_attacker()
    {
        var attack = ArticleBody.Events<Attack>("The bombing of the market was carried out by rebel fighters, police said.", Published)
            .Should().ContainSingle().Subject;
        attack.Attackers.Select(a => a.Text).Should().Equal("rebel fighters");
    }
}
