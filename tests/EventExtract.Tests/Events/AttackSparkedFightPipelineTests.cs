using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// The gun battle an attack sets off (", sparking a gun battle") is that attack going on: one attack, keeping the
/// attack's date.
/// </summary>
public class AttackSparkedFightPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void A_gun_battle_sparked_by_the_raid_is_part_of_the_raid()
    {
        const string body = "Separatist fighters raided a border post in the north of the country on Sunday, sparking a fierce gun battle that lasted several hours.";
        var attacks = ArticleBody.Events<Attack>(body, Published);
        var attack = attacks.Should().ContainSingle().Subject;
        attack.Mentions.Should().Contain(m => m.Trigger.Text == "gun battle");
        attack.Date.Should().NotBeNull();
    }
}
