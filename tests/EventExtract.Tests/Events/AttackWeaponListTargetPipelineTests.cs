using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"fired tear gas and rubber bullets at protesters": the target follows the whole list of weapons fired (made-up sentences, whole pipeline).</summary>
public class AttackWeaponListTargetPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("Riot police fired tear gas and rubber bullets at striking miners near Rustenburg on Monday.", "striking miners")]
    [InlineData("Government troops fired rockets, mortars and artillery shells at rebel positions outside Kidal on Sunday.", "rebel positions")]
    public void The_target_after_a_list_of_weapons_is_read(string body, string target) =>
        ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Which.Targets.Select(t => t.Text).Should().Contain(target);
}
