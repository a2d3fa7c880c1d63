using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>A status cue of the main clause does not reach a verb trigger inside an "after"/"because" clause (made-up sentences, whole pipeline).</summary>
public class SubordinateClauseStatusPipelineTests
{
    private static readonly DateOnly Published = new(2023, 9, 13);

    [Fact]
    public void An_objection_that_caused_a_postponement_was_made() =>
        ArticleBody.Events<Statement>("The meeting was postponed on Wednesday after Belgrade objected to the agenda.", Published)
            .Should().ContainSingle().Which.Status.Should().Be(EventStatus.Occurred);

    [Fact]
    public void A_cue_inside_the_clause_still_counts() =>
        ArticleBody.Events<Statement>("The summit went ahead on Wednesday after Hungary did not announce a veto.", Published)
            .Should().ContainSingle().Which.Status.Should().Be(EventStatus.Negated);
}
