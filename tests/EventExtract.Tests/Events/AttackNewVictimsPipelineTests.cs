using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// A killing whose victim is introduced with "a"/"an", in a place and on a day of its own, is a new attack, not the
/// victims of an earlier attack that named only its attackers.
/// </summary>
public class AttackNewVictimsPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void Newly_introduced_victim_does_not_join_an_attack_that_named_only_its_attackers()
    {
        const string body = "Rebels launched an attack that killed seven people, including four soldiers. "
            + "Gunmen opened fire on a bus carrying farm workers, killing five of them. "
            + "A village headman was killed along with his nephew in Tarsen on Tuesday.";
        var attacks = ArticleBody.Events<Attack>(body, Published);
        attacks.Should().ContainSingle(a => a.Mentions.Any(m => m.Sentence.Text.Contains("headman")))
            .Which.Mentions.Should().OnlyContain(m => m.Sentence.Text.Contains("headman"));
    }
}
