using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// An exchange of fire reported side by side: each side's fire is its own attack, and a toll that repeats one side's
/// attack noun is that side's.
/// </summary>
public class AttackExchangeSidesPipelineTests
{
    private static readonly DateOnly Published = new(2025, 3, 6);

    [Theory]
    // The second side's attackers were the first side's targets.
    [InlineData("Turkish jets struck PKK positions in northern Iraq on Tuesday, the ministry said. The PKK fired mortars at Turkish army posts hours later.", "PKK")]
    // Two countries' sides whose targets share only their head noun.
    [InlineData("Indian shells hit the village of Kamra on Tuesday, officials said. Pakistani troops fired rockets at the village of Uri hours later.", "Pakistani troops")]
    public void Each_side_fire_is_its_own_attack(string body, string secondAttacker)
    {
        var attacks = ArticleBody.Events<Attack>(body, Published);
        attacks.Should().HaveCount(2);
        attacks.Should().ContainSingle(a => a.Attackers.Any(p => p.Text == secondAttacker))
            .Which.Attackers.Should().HaveCount(1);
    }

    [Fact]
    public void Toll_repeating_the_first_side_noun_is_the_first_side_attack()
    {
        const string body = "Turkish air strikes hit the village of Zakho on Tuesday, the ministry said. "
            + "The PKK fired rockets at an army post near Hakkari hours later. Two shepherds were killed in the air strikes, residents said.";
        var attacks = ArticleBody.Events<Attack>(body, Published);
        attacks.Should().ContainSingle(a => a.Killed == 2).Which.Attackers.Select(p => p.Text).Should().NotContain("PKK");
    }
}
