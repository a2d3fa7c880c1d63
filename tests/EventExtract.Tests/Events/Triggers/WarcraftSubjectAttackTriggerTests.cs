using EventExtract.Events;
using EventExtract.Tests.Events;

namespace EventExtract.Tests.Events.Triggers;

/// <summary>
/// "The navy said on Friday that its jets bombed camps": armed aircraft or vessels right before an attack verb make an
/// attack, as an assailant does, though the classifier reads the verb as the reported content of the statement.
/// Sentences invented for these tests.
/// </summary>
public class WarcraftSubjectAttackTriggerTests
{
    private static readonly DateOnly Published = new(2024, 12, 7);

    [Fact]
    public void Jets_bombing_camps_in_a_reported_clause_is_an_attack()
    {
        var events = ArticleBody.Events<ExtractedEvent>(
            "The air force said on Friday that its jets bombed camps of the rebels near the northern border.", Published);

        events.OfType<Attack>().Should().ContainSingle()
            .Which.Attackers.Select(a => a.Text).Should().Equal("its jets");
    }

    [Fact]
    public void Warplanes_leaving_a_base_make_no_attack()
    {
        ArticleBody.Events<ExtractedEvent>("The ministry said on Friday that its warplanes left the northern base.", Published)
            .Should().NotContain(e => e is Attack);
    }
}
