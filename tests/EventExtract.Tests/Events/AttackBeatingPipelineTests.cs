using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"beating his daughter", "beat several villagers", "was beaten by police": striking a person by hand is an assault; beating a rival or the odds is not (made-up sentences, whole pipeline).</summary>
public class AttackBeatingPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("A Denver man was jailed on Tuesday for beating his stepson with a belt.", "his stepson")]
    [InlineData("Witnesses said soldiers beat several students outside the dormitory on Friday.", "several students")]
    public void Beating_a_person_is_an_attack(string body, string target) =>
        ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Which.Targets.Select(t => t.Text).Should().Contain(target);

    [Fact]
    public void Beaten_by_police_is_an_attack() =>
        ArticleBody.Events<Attack>("The reporter said he was beaten by riot police during the march on Saturday.", Published).Should().ContainSingle();

    [Theory]
    [InlineData("Madrid beat Valencia 3-1 on Sunday to stay top of the league.")]
    [InlineData("The company beat analysts' forecasts for the third quarter in a row.")]
    public void Beating_a_rival_or_a_forecast_is_no_attack(string body) =>
        ArticleBody.Events<Attack>(body, Published).Should().BeEmpty();
}
