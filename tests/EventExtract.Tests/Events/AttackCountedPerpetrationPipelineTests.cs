using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "The Houthis have carried out more than 100 attacks on ships": the "than" of a count between a perpetration verb and
/// its attack noun leaves the verb's subject the attacker (made-up sentence, whole pipeline).
/// </summary>
public class AttackCountedPerpetrationPipelineTests
{
    [Fact]
    public void The_subject_of_carried_out_more_than_n_attacks_is_the_attacker() =>
        ArticleBody.Events<Attack>("The Houthis have carried out more than 100 attacks on commercial ships in the Red Sea since November.", new DateOnly(2024, 5, 1))
            .Should().ContainSingle().Which.Attackers.Select(a => a.Text).Should().Contain(t => t.Contains("Houthis"));
}
