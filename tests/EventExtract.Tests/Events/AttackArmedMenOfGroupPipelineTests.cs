using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Rebels from the Revolutionary United Front attacked": armed men "from" or "of" a named group stand for that group,
/// which is the attacker, as "fighters from" and "members of" a group already did. Sentences invented for these tests.
/// </summary>
public class AttackArmedMenOfGroupPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("Rebels from the Revolutionary United Front attacked a government base in eastern Sierra Leone on Monday.", "Revolutionary United Front")]
    [InlineData("Gunmen from the Tanzim Brigade ambushed a police convoy near the border on Tuesday.", "Tanzim Brigade")]
    [InlineData("Soldiers of the Royal Northern Army raided a village in the hills on Friday.", "Royal Northern Army")]
    public void The_group_the_armed_men_come_from_is_the_attacker(string body, string group)
    {
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;

        attack.Attackers.Should().Contain(a => a.Text.Contains(group));
    }
}
