using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"It was the third grenade attack in the city this month": a ranking of the attack just told, not a new one (made-up sentences, whole pipeline).</summary>
public class AttackRankedVerdictPipelineTests
{
    private static readonly DateOnly Published = new(2023, 11, 4);

    [Theory]
    [InlineData("It was the third grenade attack in the city this month.")]
    [InlineData("It was the deadliest attack in the region since 2019.")]
    public void A_ranking_of_the_attack_just_told_is_the_same_attack(string ranking) =>
        ArticleBody.Events<Attack>("Suspected rebels threw a grenade at a police patrol in Imphal on Saturday, wounding two officers.\n\n" + ranking, Published)
            .Should().ContainSingle();
}
