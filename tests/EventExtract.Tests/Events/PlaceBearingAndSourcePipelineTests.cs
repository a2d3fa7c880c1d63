using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Where wire copy places an event: by a bearing or a distance from a town ("north of Baghdad", "30 km from the city of
/// X"), by the village an attack stormed even when its country follows ("the village of X in Burkina Faso"), and not by
/// the place that says whose reports a statement cites ("Reports in Kenya said …"). Sentences and names invented for
/// these tests (real place names).
/// </summary>
public class PlaceBearingAndSourcePipelineTests
{
    // A Tuesday.
    private static readonly DateOnly Published = new(2025, 3, 4);

    private static T WithTrigger<T>(string body, string trigger) where T : ExtractedEvent =>
        ArticleBody.Events<T>(body, Published).Should().ContainSingle(e => e.Mentions.Any(m => m.Trigger.Text.Contains(trigger))).Subject;

    [Theory]
    [InlineData("A car bomb exploded on Monday north of Baghdad, killing five soldiers.", "exploded", "Baghdad")]
    [InlineData("Insurgents ambushed a convoy 40 km southwest of Kirkuk on Sunday.", "ambushed", "Kirkuk")]
    [InlineData("Militants attacked a checkpoint 30 km from the city of Mosul on Monday, killing two soldiers.", "attacked", "Mosul")]
    public void A_bearing_or_distance_from_a_town_places_the_attack_by_that_town(string body, string trigger, string name)
    {
        var attack = WithTrigger<Attack>(body, trigger);

        attack.Location.Should().NotBeNull();
        attack.Location!.Name.Should().Be(name);
    }

    [Fact]
    public void The_village_an_attack_stormed_is_its_place_rather_than_the_country_after_it()
    {
        var attack = WithTrigger<Attack>("Gunmen stormed the village of Solhan in Burkina Faso on Saturday, killing 30 people.", "stormed");

        attack.Location!.Name.Should().Be("Solhan");
    }

    [Theory]
    [InlineData("Reports in Kenya said the bomb was carried across the border by road.")]
    [InlineData("Media reports in Tanzania have said the explosives came by sea.")]
    public void A_place_naming_whose_reports_they_are_is_not_where_the_statement_was_made(string body)
    {
        var statement = WithTrigger<Statement>(body, "said");

        statement.Location.Should().BeNull();
    }

    [Fact]
    public void A_place_after_the_reporting_verb_still_is()
    {
        var statement = WithTrigger<Statement>("The foreign minister said in Geneva on Monday that the talks would resume.", "said");

        statement.Location!.Text.Should().Be("Geneva");
    }

    [Fact]
    public void A_fronted_place_sets_where_a_statement_was_made()
    {
        var statement = WithTrigger<Statement>("In Washington, a Pentagon spokesman said the army had grown to 160,000 troops.", "said");

        statement.Location!.Text.Should().Be("Washington");
    }

    [Theory]
    [InlineData("In Lusaka, residents said they had heard gunfire all night.")]
    [InlineData("In Gulu, frightened villagers said the rebels had gone north.")]
    public void A_fronted_place_whose_people_speak_is_not_where_the_statement_was_made(string body)
    {
        var statement = WithTrigger<Statement>(body, "said");

        statement.Location.Should().BeNull();
    }

    [Theory]
    [InlineData("In Nairobi, a police official denied that more arrests had been made there.", "denied")]
    [InlineData("In Lusaka, a police spokesman said the suspect was held at the city's airport.", "said")]
    public void A_fronted_place_that_the_reported_facts_refer_back_to_is_not_where_the_statement_was_made(string body, string trigger)
    {
        var statement = WithTrigger<Statement>(body, trigger);

        statement.Location.Should().BeNull();
    }

    [Fact]
    public void A_hometown_and_its_name_is_the_place()
    {
        var statement = WithTrigger<Statement>("The opposition leader said at a rally in his hometown of Marrowdale that he would stand again.", "said");

        statement.Location!.Text.Should().Contain("Marrowdale");
    }
}
