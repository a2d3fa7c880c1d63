using EventExtract.Events;
using EventExtract.Tests.Events;

namespace EventExtract.Tests.Events.Triggers;

/// <summary>
/// "Gunmen attacked the city's central prison": an attack verb right after an assailant is an attack even where the
/// trigger classifier leans to a statement (as for "attacked the plan"). Sentences invented for these tests.
/// </summary>
public class AssailantOverStatementTriggerTests
{
    private static readonly DateOnly Published = new(2024, 12, 7);

    [Fact]
    public void Gunmen_attacking_a_prison_is_an_attack()
    {
        var events = ArticleBody.Events<ExtractedEvent>("Gunmen attacked the city's central prison on Sunday.", Published);

        events.Should().ContainSingle().Which.Should().BeOfType<Attack>()
            .Which.Attackers.Select(a => a.Text).Should().Equal("Gunmen");
    }

    [Fact]
    public void A_politician_attacking_a_plan_is_no_attack()
    {
        ArticleBody.Events<ExtractedEvent>("The opposition leader attacked the city's new budget on Sunday.", Published)
            .Should().NotContain(e => e is Attack);
    }
}
