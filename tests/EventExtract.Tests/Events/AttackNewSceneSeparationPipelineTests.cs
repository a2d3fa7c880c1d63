using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// An attack introduced with "a"/"an" in a place of its own is not an earlier unplaced attack by the same attacker,
/// and an equal toll counted in another place ties nothing. Sentences invented for these tests.
/// </summary>
public class AttackNewSceneSeparationPipelineTests
{
    private static readonly DateOnly Published = new(2004, 5, 8);

    [Fact]
    public void An_air_strike_in_a_city_is_not_an_earlier_assassination()
    {
        const string body = "They protested the Israeli assassination of Sheikh Ahmed Yassin last March.\n\n"
            + "The group's leaders vowed revenge.\n\n"
            + "An Israeli air strike on a car in Gaza City killed two Hamas militants.";

        ArticleBody.Events<Attack>(body, Published).Should().HaveCount(2);
    }

    [Fact]
    public void An_equal_toll_in_another_city_is_another_attack()
    {
        const string body = "Israeli troops shot dead two Palestinian militants near Jenin.\n\n"
            + "A bomb killed two children in Baghdad.";

        ArticleBody.Events<Attack>(body, Published).Should().HaveCount(2);
    }
}
