using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "The rebels" after "Leftist rebels killed ..." is the group already named, so what they did next is the same attack,
/// not a new one.
/// </summary>
public class AttackDefiniteGroupRepeatPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void The_rebels_firing_at_survivors_is_the_attack_the_rebels_carried_out()
    {
        const string body = "Leftist rebels killed six guards in an attack on a mine in the east of the country on Monday, officials said.\n\n"
            + "The rebels fired at the survivors, a police officer said.";
        var attacks = ArticleBody.Events<Attack>(body, Published);
        attacks.Should().ContainSingle()
            .Which.Mentions.Should().Contain(m => m.Trigger.Text.StartsWith("fired"));
    }
}
