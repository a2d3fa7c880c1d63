using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// A fight or bombarding verb ("battled", "fought", "pounded") is an attack when a side is armed, as subject or as the party it
/// takes; with no armed side ("battled cancer", "fought the bill") it is none. Sentences invented for these tests.
/// </summary>
public class ArmedFightTriggerPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 8);

    [Fact]
    public void Troops_battling_militants_is_an_attack_by_the_troops()
    {
        var attack = ArticleBody.Events<Attack>("Government troops battled Islamist militants in the hills near Marawi on Saturday.", Published)
            .Should().ContainSingle().Subject;

        attack.Attackers.Should().ContainSingle().Which.Text.Should().Be("Government troops");
    }

    [Fact]
    public void Fighting_with_soldiers_makes_both_sides_attackers()
    {
        var attack = ArticleBody.Events<Attack>("Kurdish fighters fought with Turkish soldiers near the border on Sunday.", Published)
            .Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().BeEquivalentTo("Kurdish fighters", "Turkish soldiers");
    }

    [Fact]
    public void Marines_fighting_with_a_named_army_is_an_attack_by_both()
    {
        var attack = ArticleBody.Events<Attack>("US Marines fought with the Mahdi Army in Kufa on Tuesday.", Published)
            .Should().ContainSingle().Subject;

        attack.Attackers.Should().HaveCount(2);
    }

    [Fact]
    public void Forces_pounding_a_city_is_an_attack_by_them()
    {
        var attack = ArticleBody.Events<Attack>("Russian forces pounded Kharkiv overnight, officials said.", Published)
            .Should().ContainSingle().Subject;

        attack.Attackers.Should().ContainSingle().Which.Text.Should().Be("Russian forces");
    }

    [Theory]
    [InlineData("Heavy rain pounded the coast on Sunday.")]
    [InlineData("She battled cancer for ten years before her death.")]
    [InlineData("The senator fought the bill in committee.")]
    [InlineData("Firefighters battled the blaze for hours.")]
    [InlineData("He fought for civil rights all his life.")]
    public void A_fight_with_no_armed_side_is_no_attack(string body)
    {
        ArticleBody.Events<Attack>(body, Published).Should().BeEmpty();
    }
}
