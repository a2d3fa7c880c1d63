using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Police in Malmö said a man was stabbed" (also "police in the city of X", and after an opening "Separately," or
/// "Meanwhile,"): the local service's place is the scene of the attack it reports.
/// </summary>
public class AttackReportingServicePlacePipelineTests
{
    private static readonly DateOnly Published = new(2025, 2, 14);

    [Theory]
    [InlineData("Police in Malmö said a man was stabbed outside a shopping centre on Monday evening.", "Malmö")]
    [InlineData("Authorities in Mombasa said two tourists were shot and wounded on Wednesday.", "Mombasa")]
    [InlineData("Lagos police said gunmen attacked a bank on Friday, killing two guards.", "Lagos")]
    [InlineData("Police in the city of Odense said a man stabbed two people outside a shopping centre on Sunday night.", "Odense")]
    [InlineData("Separately, police in Vejle said a man stabbed three people on Saturday.", "Vejle")]
    [InlineData("Meanwhile, police in Aalborg said a man stabbed a guard on Saturday.", "Aalborg")]
    public void The_reporting_service_names_the_scene(string body, string place)
    {
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;
        attack.Location.Should().NotBeNull();
        attack.Location!.Name.Should().Be(place);
    }

    [Fact]
    public void The_attack_own_place_wins()
    {
        var attack = ArticleBody.Events<Attack>("Police in Oslo said a man was stabbed in Bergen on Sunday.", Published)
            .Should().ContainSingle().Subject;
        attack.Location!.Name.Should().Be("Bergen");
    }
}
