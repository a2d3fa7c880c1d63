using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "The rebels have the means to stage another attack", "the group could mount an attack": the plain form of a
/// perpetration verb, after "to" or a modal, leaves its subject the attacker as the past form does (made-up sentences,
/// whole pipeline).
/// </summary>
public class AttackPlainPerpetrationVerbPipelineTests
{
    [Theory]
    [InlineData("Officials said the rebels have the means to stage another attack on the capital.", "the rebels")]
    [InlineData("Police fear that the militia could mount an attack on the airport during the vote.", "the militia")]
    [InlineData("Analysts say the insurgents may commit more attacks on polling stations next week.", "the insurgents")]
    public void The_subject_of_a_plain_perpetration_verb_is_the_attacker(string text, string attacker) =>
        ArticleBody.Events<Attack>(text, new DateOnly(2024, 5, 1))
            .Should().ContainSingle().Which.Attackers.Select(a => a.Text).Should().Equal(attacker);
}
