using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Ten soldiers were killed in an attack on a military post": the attack noun after the passive casualty verb names
/// what the attack was made on, though the counted dead are no target (made-up sentences, whole pipeline).
/// </summary>
public class AttackNounAfterCasualtyVerbTargetPipelineTests
{
    [Fact]
    public void The_on_phrase_of_the_attack_noun_after_killed_is_the_target() =>
        ArticleBody.Events<Attack>("Ten soldiers were killed in an attack on a military post in northern Mali on Sunday.", new DateOnly(2024, 5, 1))
            .Should().ContainSingle().Which.Targets.Select(t => t.Text).Should().Contain(t => t.Contains("military post"));

    [Fact]
    public void The_on_phrase_after_the_attackers_by_phrase_is_the_target() =>
        ArticleBody.Events<Attack>("Four guards were wounded in a raid by jihadists on a prison in Niger on Monday.", new DateOnly(2024, 5, 1))
            .Should().ContainSingle().Which.Targets.Select(t => t.Text).Should().Contain(t => t.Contains("prison"));
}
