using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// A clash between two named sides that shares no party with a shelling reported just before it is a fight of its
/// own, not the shelling's attackers named at last.
/// </summary>
public class AttackClashOfStrangersPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void Clash_after_a_shelling_is_its_own_attack()
    {
        const string body = "Mortar shells hit the Green Zone on Thursday evening, wounding three contractors. "
            + "A British patrol was hit by a roadside bomb near Amara, killing one soldier. "
            + "Meanwhile, Shiite militiamen clashed with Iraqi troops in Kut.";
        var attacks = ArticleBody.Events<Attack>(body, Published);
        attacks.Should().ContainSingle(a => a.Mentions.Any(m => m.Trigger.Text == "clashed"))
            .Which.Mentions.Should().ContainSingle();
    }
}
