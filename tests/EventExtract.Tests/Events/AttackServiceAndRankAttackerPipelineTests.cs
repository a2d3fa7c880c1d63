using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Unnamed attackers named by their service or rank ("the navy", "police officers") or by who they are
/// ("settlers", "bandits"): the subject of the attack verb is the attacker. Invented sentences.
/// </summary>
public class AttackServiceAndRankAttackerPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 14);

    [Theory]
    [InlineData("The navy fired on a fishing boat off the coast on Tuesday.", "The navy", "boat")]
    [InlineData("A soldier shot a protester in the capital on Wednesday.", "A soldier", "protester")]
    [InlineData("Police officers beat demonstrators outside parliament on Thursday.", "Police officers", "demonstrators")]
    [InlineData("Settlers attacked a Palestinian village near Nablus on Friday.", "Settlers", "village")]
    [InlineData("Armed bandits raided a farming village in the north on Sunday.", "bandits", "village")]
    public void The_subject_named_by_service_or_rank_is_the_attacker(string body, string attacker, string target)
    {
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().Contain(a => a.Contains(attacker));
        attack.Targets.Should().Contain(t => t.Text.Contains(target));
    }
}
