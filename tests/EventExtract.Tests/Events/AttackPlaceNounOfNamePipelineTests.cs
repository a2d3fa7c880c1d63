using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "attacked the port of Izmail", "shelled the island of Zmiinyi": a port or an island "of" a name is that place, as a
/// city or town "of" one is. Invented sentences.
/// </summary>
public class AttackPlaceNounOfNamePipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("Drones attacked the port of Izmail overnight, injuring two workers.", "Izmail")]
    [InlineData("Warships shelled the island of Ithaca on Monday, wounding three fishermen.", "Ithaca")]
    public void A_port_or_island_of_a_name_is_the_place(string body, string place) =>
        ArticleBody.Events<Attack>(body, Published).Should().ContainSingle()
            .Which.Location!.Name.Should().Be(place);
}
