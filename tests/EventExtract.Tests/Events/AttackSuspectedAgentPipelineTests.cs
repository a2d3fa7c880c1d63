using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "an attack by suspected rebels on a bus": a word of suspicion the tagger reads as a verb does not hide the party
/// after "by", nor the target phrase after it (made-up sentences, whole pipeline).
/// </summary>
public class AttackSuspectedAgentPipelineTests
{
    [Fact]
    public void The_suspected_party_after_by_is_the_attacker()
    {
        var attack = ArticleBody.Events<Attack>("Two farmers were killed in an attack by suspected rebels on a bus in western Cameroon.", new DateOnly(2024, 5, 1))
            .Should().ContainSingle().Subject;
        attack.Attackers.Select(a => a.Text).Should().Contain(t => t.Contains("rebels"));
        attack.Targets.Select(t => t.Text).Should().Contain(t => t.Contains("bus"));
    }

    [Fact]
    public void The_alleged_party_after_by_is_the_attacker() =>
        ArticleBody.Events<Attack>("A bomb attack by alleged separatists damaged a railway bridge in Balochistan on Tuesday.", new DateOnly(2024, 5, 1))
            .Should().ContainSingle().Which.Attackers.Select(a => a.Text).Should().Contain(t => t.Contains("separatists"));
}
