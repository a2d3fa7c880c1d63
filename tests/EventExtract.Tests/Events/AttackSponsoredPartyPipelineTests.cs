using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"Saudi-led forces", "US-backed fighters": the sponsor named before a hyphenated participle is part of the party's name.</summary>
public class AttackSponsoredPartyPipelineTests
{
    private static readonly DateOnly Published = new(2025, 3, 6);

    [Theory]
    [InlineData("Saudi-led forces launched air strikes on Sanaa overnight, hitting a military airport.", "Saudi-led forces")]
    [InlineData("US-backed fighters attacked an Islamic State hideout in eastern Syria on Monday.", "US-backed fighters")]
    [InlineData("Iranian-funded militias fired rockets at a base near Erbil on Sunday.", "Iranian-funded militias")]
    public void The_sponsor_belongs_to_the_attacker_phrase(string body, string attacker)
    {
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;
        attack.Attackers.Select(a => a.Text).Should().Equal(attacker);
    }

    [Fact]
    public void Backed_fighters_are_not_the_sponsors_own()
    {
        var attack = ArticleBody.Events<Attack>("US-backed fighters attacked an Islamic State hideout in eastern Syria on Monday.", Published)
            .Should().ContainSingle().Subject;
        attack.Attackers.Should().ContainSingle().Which.CountryCode.Should().BeNull();
    }
}
