using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"the bombings last week of two police stations": a date between an attack noun and its "of" phrase leaves that phrase the target (made-up sentence, whole pipeline).</summary>
public class AttackDatedTargetPhrasePipelineTests
{
    [Fact]
    public void A_target_phrase_after_a_date_is_the_target() =>
        ArticleBody.Events<Attack>("The minister condemned the suicide bombings last week of two police stations in Quetta.", new DateOnly(2024, 4, 20))
            .Should().ContainSingle().Which.Targets.Should().ContainSingle()
            .Which.Text.Should().Be("two police stations");
}
