using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"kidnapped and presumed killed by rebels": a belief word between the coordinator and the participle leaves it passive, so the clause's subject is no attacker (made-up sentence, whole pipeline).</summary>
public class AttackPresumedPassivePipelineTests
{
    [Fact]
    public void The_subject_before_a_presumed_killing_is_no_attacker() =>
        ArticleBody.Events<Attack>("Police recovered the remains of a French aid worker kidnapped and presumed killed by Maoist rebels two years ago.", new DateOnly(2024, 4, 20))
            .Should().NotBeEmpty().And.OnlyContain(e => e.Attackers.Count == 1 && e.Attackers[0].Text == "Maoist rebels");
}
