using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Conflict news places attacks in provinces, states, districts and valleys that the city gazetteer does not hold
/// ("in Helmand province", "in Borno state"), or in a village named as the object of the attack ("raided the village
/// of X"). The area is the attack's place, and two attacks in two differently named areas on the same day are two
/// attacks. Sentences and names invented for these tests (real region names).
/// </summary>
public class AttackUnlistedAreaPlacePipelineTests
{
    // A Tuesday.
    private static readonly DateOnly Published = new(2025, 3, 4);

    private static List<Attack> Attacks(string body) => ArticleBody.Events<Attack>(body, Published);

    private static Attack WithTrigger(List<Attack> attacks, string trigger) =>
        attacks.Should().ContainSingle(a => a.Mentions.Any(m => m.Trigger.Text == trigger)).Subject;

    [Theory]
    [InlineData("Militants attacked an army post in the Swat valley on Monday.", "attacked", "Swat valley", "Swat")]
    [InlineData("Gunmen killed five villagers in Nangarhar province on Monday.", "killed", "Nangarhar province", "Nangarhar")]
    [InlineData("Armed men raided a farm in Zamfara state, abducting six workers.", "raided", "Zamfara state", "Zamfara")]
    [InlineData("A bomb exploded at a market in the Kurram tribal district, killing three.", "bomb", "Kurram tribal district", "Kurram")]
    public void An_area_the_gazetteer_lacks_before_its_area_noun_is_the_place(string body, string trigger, string text, string name)
    {
        var place = WithTrigger(Attacks(body), trigger).Location;

        place.Should().NotBeNull();
        place!.Text.Should().Be(text);
        place.Name.Should().Be(name);
    }

    [Fact]
    public void A_country_after_the_area_gives_its_code()
    {
        var place = WithTrigger(Attacks("Insurgents ambushed a police convoy in Zabul province, Afghanistan, on Sunday."), "ambushed").Location;

        place!.Name.Should().Be("Zabul");
        place.CountryCode.Should().Be("AF");
    }

    [Fact]
    public void A_named_group_before_an_area_noun_is_no_place()
    {
        var attack = WithTrigger(Attacks("Kurdish fighters attacked a checkpoint in Islamic State territory on Monday."), "attacked");

        attack.Location?.Text.Should().NotContain("Islamic State");
    }

    [Theory]
    [InlineData("Soldiers raided the village of Umm Qasir on Monday, arresting eleven men.", "raided", "Umm Qasir")]
    [InlineData("Troops shelled the border town of Kreminna overnight.", "shelled", "Kreminna")]
    [InlineData("A missile strike on the northeastern city of Kharkiv killed seven people on Friday.", "strike", "Kharkiv")]
    public void The_town_or_village_an_attack_is_aimed_at_is_the_scene(string body, string trigger, string name)
    {
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle(a => a.Mentions.Any(m => m.Trigger.Text.Contains(trigger))).Subject;

        attack.Location!.Name.Should().Be(name);
    }

    [Fact]
    public void Two_attacks_on_the_same_day_in_two_named_provinces_stay_apart()
    {
        var attacks = Attacks(
            "A roadside bomb killed two soldiers in Helmand province on Monday.\n" +
            "Gunmen killed five villagers in Nangarhar province on Monday.\n" +
            "A bomb exploded in the Kurram tribal district on Monday, killing three.");

        attacks.Should().HaveCount(3);
        attacks.Select(a => a.Location?.Name).Should().BeEquivalentTo("Helmand", "Nangarhar", "Kurram");
    }

    [Fact]
    public void An_area_after_a_possessive_country_is_the_place_in_that_country_and_no_party()
    {
        var attacks = Attacks("Gunmen attacked a village in northwest Nigeria's Zamfara state, killing nine people and abducting dozens of others.");

        var attack = WithTrigger(attacks, "attacked");
        attack.Location.Should().NotBeNull();
        attack.Location!.Name.Should().Be("Zamfara");
        attack.Location.CountryCode.Should().Be("NG");
        attacks.SelectMany(a => a.Attackers).Should().NotContain(a => a.Text.Contains("Zamfara"));
    }
}

