using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"…, witnesses said. They then set fire to …": "they" goes on from the attackers, not from the source of the sentence before (made-up sentences, whole pipeline).</summary>
public class AttackPronounPastSourceTailTests
{
    [Fact]
    public void They_after_a_source_tail_are_the_attackers_before_it() =>
        ArticleBody.Events<Attack>("The attackers arrived on motorcycles and opened fire on shoppers in Velna, witnesses said. They then set fire to several stalls.", new DateOnly(2024, 4, 20))
            .SelectMany(a => a.Attackers).Select(a => a.Text).Should().NotContain("witnesses").And.Contain(t => t.Contains("attackers"));
}
