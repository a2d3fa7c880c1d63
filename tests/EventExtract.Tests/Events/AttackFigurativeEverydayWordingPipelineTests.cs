using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Everyday news uses attack words figuratively: a court "struck down" a law, a film "explodes onto" screens, a team
/// "launched a counter-attack" in a match report. None is an attack; real strikes stay (made-up sentences, whole pipeline).
/// </summary>
public class AttackFigurativeEverydayWordingPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 14);

    [Theory]
    [InlineData("The Supreme Court on Friday struck down a state law banning the sale of e-cigarettes.")]
    [InlineData("Lawmakers shot down the ban on Tuesday after a long debate.")]
    public void Striking_down_a_rule_is_no_attack(string text) =>
        ArticleBody.Events<Attack>(text, Published).Should().BeEmpty();

    [Fact]
    public void Striking_down_people_stays_an_attack() =>
        ArticleBody.Events<Attack>("Gunmen shot down two policemen in Karachi on Friday.", Published).Should().NotBeEmpty();

    [Fact]
    public void A_film_exploding_onto_screens_is_no_attack() =>
        ArticleBody.Events<Attack>("The film explodes onto screens next month in France, the studio said.", Published)
            .Should().BeEmpty();

    [Fact]
    public void A_counter_attack_in_a_match_report_is_no_attack() =>
        ArticleBody.Events<Attack>(
            "United beat Liverpool 2-1 on Sunday. The striker hit the bar before the break. The visitors launched a "
            + "counter-attack but were repelled, and the goalkeeper made a late save.", Published).Should().BeEmpty();

    [Fact]
    public void A_counter_attack_by_troops_stays_an_attack() =>
        ArticleBody.Events<Attack>("The army launched a counter-attack against the rebels near Goma on Sunday, killing 12 fighters.", Published)
            .Should().NotBeEmpty();
}
