using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// An attack aimed at a part of a place ("large sections of X", "residential districts of X", "Norway's coast") is set in
/// that place; a building or people a country owns ("Kenya's embassy", "Nigeria's soldiers") say whose they are, not
/// where they were hit. Sentences invented for these tests (real place names).
/// </summary>
public class AttackPlacePartPipelineTests
{
    // A Friday.
    private static readonly DateOnly Published = new(2021, 6, 11);

    private static Attack WithTrigger(string body, string trigger) =>
        ArticleBody.Events<Attack>(body, Published).Should().ContainSingle(a => a.Mentions.Any(m => m.Trigger.Text.Contains(trigger))).Subject;

    [Theory]
    [InlineData("Rebels set fire to large sections of Port Harcourt on Thursday.", "set fire", "Port Harcourt")]
    [InlineData("Artillery shelled residential districts of Kharkiv overnight, officials said.", "shelled", "Kharkiv")]
    public void An_attack_on_part_of_a_place_is_set_in_that_place(string body, string trigger, string name)
    {
        WithTrigger(body, trigger).Location!.Name.Should().Be(name);
    }

    [Fact]
    public void An_attack_on_a_part_of_a_country_is_set_in_the_country()
    {
        var place = WithTrigger("Officials said an assault on Norway's coast had begun.", "assault").Location;

        place.Should().NotBeNull();
        place!.CountryCode.Should().Be("NO");
    }

    [Fact]
    public void People_a_country_owns_do_not_place_the_attack_in_it()
    {
        WithTrigger("Gunmen attacked Nigeria's soldiers near the border.", "attacked").Location.Should().BeNull();
    }
}
