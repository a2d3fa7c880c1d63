using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// A town an attack hits, named alone after "on"/"of", as the attack verb's object or after "at" a weapon was fired,
/// is its target as well as its place; a town after "in" only says where. Sentences invented for these tests.
/// </summary>
public class AttackPlaceTargetPipelineTests
{
    private static readonly DateOnly Published = new(2016, 5, 8);

    [Theory]
    [InlineData("Russian air strikes on Aleppo killed 30 civilians, activists said.", "Aleppo")]
    [InlineData("The American bombing of Fallujah angered many Iraqis.", "Fallujah")]
    [InlineData("Serb gunners shelled Vukovar again on Tuesday.", "Vukovar")]
    [InlineData("Hamas militants fired rockets at Sderot on Tuesday.", "Sderot")]
    [InlineData("Insurgents fired mortar shells at Ramadi overnight.", "Ramadi")]
    public void A_town_hit_is_the_target(string body, string town)
    {
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;

        attack.Targets.Should().ContainSingle().Which.Text.Should().Be(town);
    }

    [Fact]
    public void A_town_where_a_bomb_went_off_is_only_the_place()
    {
        var attack = ArticleBody.Events<Attack>("A car bomb exploded in Fallujah on Tuesday.", Published).Should().ContainSingle().Subject;

        attack.Targets.Should().BeEmpty();
    }
}
