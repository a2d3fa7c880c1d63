using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "The militia's ability to conduct a chemical attack": the possessor of the noun an infinitive perpetration verb
/// completes is the attacker, not a party named further left (made-up sentences, whole pipeline).
/// </summary>
public class AttackInfinitiveNounPossessorPipelineTests
{
    [Theory]
    [InlineData("According to the intelligence chief Omar Hadi, the Ansar Brigade's ability to conduct a chemical attack is a grave threat.", "Ansar Brigade")]
    [InlineData("Officials said the militia's ability to conduct a chemical attack worries them.", "the militia")]
    [InlineData("Police fear the Red Hand Front has the ability to conduct a chemical attack.", "Red Hand Front")]
    public void The_possessor_of_the_noun_before_the_infinitive_is_the_attacker(string text, string attacker) =>
        ArticleBody.Events<Attack>(text, new DateOnly(2024, 5, 1))
            .Should().ContainSingle().Which.Attackers.Select(a => a.Text).Should().Equal(attacker);
}
