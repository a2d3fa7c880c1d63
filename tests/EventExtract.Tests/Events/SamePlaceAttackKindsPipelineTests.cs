using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Two attacks in one town, one a raid by an armed group and one a roadside bombing, stay two attacks when nothing
/// but the town ties them: their kinds (military vs. bombing) disagree. Sentences invented for these tests.
/// </summary>
public class SamePlaceAttackKindsPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 8);

    [Fact]
    public void A_raid_and_a_roadside_bombing_in_one_town_are_two_attacks()
    {
        const string body = "The Mahdi Army attacked a police station in Basra last night, police said.\n\n"
            + "A roadside bomb killed two British soldiers in Basra.";

        var attacks = ArticleBody.Events<Attack>(body, Published);

        attacks.Should().HaveCount(2);
        attacks.Should().ContainSingle(a => a.Killed == 2).Which.Attackers.Should().BeEmpty();
    }
}
