using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"the remains of an aid worker kidnapped by rebels": a passive participle right after an unnamed noun is a reduced relative on it, so that noun is the target, not the main clause's subject (made-up sentence, whole pipeline).</summary>
public class AttackReducedRelativeTargetPipelineTests
{
    [Fact]
    public void The_noun_a_reduced_passive_relative_follows_is_the_target() =>
        ArticleBody.Events<Attack>("Police recovered the remains of a French aid worker kidnapped and presumed killed by Maoist rebels two years ago.", new DateOnly(2024, 4, 20))
            .Should().NotBeEmpty().And.OnlyContain(e => e.Targets.Count == 1 && e.Targets[0].Text == "a French aid worker");
}
