using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// A story sets one attack in a city and, later, in a suburb of it: the two towns do not keep the mentions apart, while
/// towns farther apart still do. Sentences invented for these tests.
/// </summary>
public class SuburbSceneAttackPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void A_shooting_in_a_suburb_of_the_city_of_the_killing_is_that_killing()
    {
        var attack = ArticleBody.Events<Attack>(
                "A sniper killed Dr. Ruth Alden in Oakland on Friday, police said. Alden was shot through a window of her home in Berkeley.", Published)
            .Should().ContainSingle().Subject;

        attack.Mentions.Should().HaveCount(2);
    }

    [Fact]
    public void A_shooting_in_a_distant_town_stays_another_attack()
    {
        ArticleBody.Events<Attack>(
                "A sniper killed Dr. Ruth Alden in Buffalo on Friday, police said. Alden was shot through a window of her home in Rochester.", Published)
            .Should().HaveCount(2);
    }
}
