using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "the port city of Odessa", "the mining town of Kamituga": a noun before a place noun ("port city", "mining town")
/// still leads to the place named after "of", as "the city of Odessa" does. Sentences invented for these tests (real
/// place names).
/// </summary>
public class PlaceModifiedPlaceNounPipelineTests
{
    // A Wednesday.
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("Russian missiles struck the port city of Odessa on Monday.", "struck", "Odessa")]
    [InlineData("A car bomb exploded in the port city of Mombasa on Monday, killing four people.", "exploded", "Mombasa")]
    public void A_noun_before_the_place_noun_keeps_the_named_place(string body, string trigger, string name)
    {
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle(e => e.Mentions.Any(m => m.Trigger.Text == trigger)).Subject;

        attack.Location.Should().NotBeNull();
        attack.Location!.Name.Should().Be(name);
    }
}
