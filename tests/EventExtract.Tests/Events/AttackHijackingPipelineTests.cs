using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>Seizing a vehicle with its people on board is an attack; hijacking a debate is a figure of speech.</summary>
public class AttackHijackingPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void Gunmen_hijacking_a_bus_is_an_attack()
    {
        const string body = "Masked gunmen hijacked a minibus carrying factory workers on a highway outside the capital on Monday, police said.";
        var attacks = ArticleBody.Events<Attack>(body, Published);
        attacks.Should().ContainSingle()
            .Which.Mentions.Should().Contain(m => m.Trigger.Text == "hijacked");
    }

    [Fact]
    public void Hijacking_a_debate_is_no_attack()
    {
        const string body = "The opposition leader said on Monday that a small group of activists had hijacked the debate over pensions.";
        ArticleBody.Events<Attack>(body, Published).Should().BeEmpty();
    }
}
