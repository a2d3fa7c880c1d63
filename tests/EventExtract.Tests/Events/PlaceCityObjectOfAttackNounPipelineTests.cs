using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "the siege of Fallujah", "the shelling of Kharkiv": a city that is the whole "of" object of an attack noun is where
/// the attack struck, as a country is in "the invasion of Kuwait". Sentences invented for these tests (real place names).
/// </summary>
public class PlaceCityObjectOfAttackNounPipelineTests
{
    // A Wednesday.
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("The shelling of Kharkiv continued on Monday.", "shelling", "Kharkiv")]
    [InlineData("Survivors recalled the bombing of Dresden.", "bombing", "Dresden")]
    [InlineData("The army ended the siege of Fallujah last spring.", "siege", "Fallujah")]
    public void The_city_is_the_place(string body, string trigger, string name)
    {
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle(e => e.Mentions.Any(m => m.Trigger.Text.StartsWith(trigger))).Subject;

        attack.Location.Should().NotBeNull();
        attack.Location!.Name.Should().Be(name);
    }
}
