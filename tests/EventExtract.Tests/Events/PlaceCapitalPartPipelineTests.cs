using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Where wire copy places an event by its capital in other words: the capital's name as an appositive after "the
/// capital" ("in the capital, Kabul,") and a part of the capital after its possessive ("in Kabul's diplomatic quarter"),
/// where the resolver reads the capital as its government. Not a possessive that names no place ("at Moscow's request").
/// Sentences invented for these tests (real place names).
/// </summary>
public class PlaceCapitalPartPipelineTests
{
    // A Wednesday.
    private static readonly DateOnly Published = new(2024, 5, 1);

    private static T WithTrigger<T>(string body, string trigger) where T : ExtractedEvent =>
        ArticleBody.Events<T>(body, Published).Should().ContainSingle(e => e.Mentions.Any(m => m.Trigger.Text.Contains(trigger))).Subject;

    [Theory]
    [InlineData("A bomb exploded in the capital, Kabul, killing five people.", "exploded", "Kabul")]
    [InlineData("Rebels shelled a market in the capital, Khartoum, on Monday, killing three people.", "shelled", "Khartoum")]
    public void The_capitals_name_after_a_comma_is_the_place(string body, string trigger, string name)
    {
        var attack = WithTrigger<Attack>(body, trigger);

        attack.Location.Should().NotBeNull();
        attack.Location!.Name.Should().Be(name);
    }

    [Theory]
    [InlineData("A bomb exploded in Kabul's diplomatic quarter on Monday, killing five people.", "exploded", "Kabul")]
    [InlineData("Police fired tear gas at demonstrators in Nairobi's central business district on Monday.", "fired tear gas", "Nairobi")]
    public void A_part_of_a_capital_named_by_its_possessive_is_set_in_the_capital(string body, string trigger, string name)
    {
        var attack = WithTrigger<Attack>(body, trigger);

        attack.Location.Should().NotBeNull();
        attack.Location!.Name.Should().Be(name);
    }

    [Fact]
    public void A_possessive_that_names_no_part_of_a_place_gives_no_place()
    {
        var meeting = WithTrigger<Meeting>("The two leaders met at Moscow's request on Monday.", "met");

        meeting.Location.Should().BeNull();
    }
}
