using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"blamed a banned militant group": a participle after an article belongs to the party phrase.</summary>
public class AttackParticipleModifiedPartyPipelineTests
{
    private static readonly DateOnly Published = new(2025, 3, 6);

    [Fact]
    public void A_banned_group_blamed_for_a_killing_is_its_attacker()
    {
        var attack = ArticleBody.Events<Attack>(
            "A prominent journalist was shot dead outside his home in Lahore on Sunday. Police blamed a banned militant group for the killing.", Published)
            .Should().ContainSingle().Subject;
        attack.Attackers.Select(a => a.Text).Should().Equal("a banned militant group");
    }
}
