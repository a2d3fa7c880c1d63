using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// In a roundup, an attack in another place whose target is introduced with "a"/"an" is another attack, though the
/// target's head noun is that of an earlier attack's target. Sentences invented for these tests.
/// </summary>
public class AttackNewcomerInOtherPlacePipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 8);

    [Fact]
    public void A_patrol_in_another_town_is_another_attack()
    {
        const string body = "Three policemen were killed when insurgents ambushed their patrol near Ramadi.\n\n"
            + "A roadside bomb struck a British patrol in Basra, wounding two soldiers.";

        var attacks = ArticleBody.Events<Attack>(body, Published);

        attacks.Should().HaveCount(2);
        attacks.Should().ContainSingle(a => a.Location != null && a.Location.Name == "Basra")
            .Which.Targets.Should().ContainSingle().Which.Text.Should().Be("a British patrol");
    }

    [Fact]
    public void The_same_patrol_in_the_same_town_is_the_same_attack()
    {
        const string body = "Insurgents ambushed a British patrol near Ramadi on Monday.\n\n"
            + "Two soldiers were wounded when the patrol came under fire near Ramadi.";

        ArticleBody.Events<Attack>(body, Published).Should().ContainSingle();
    }
}
