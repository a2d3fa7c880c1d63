using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>A negated verb does not negate a statement noun behind a preposition (made-up sentences, whole pipeline).</summary>
public class StatementNounBehindPrepositionStatusPipelineTests
{
    private static readonly DateOnly Published = new(2023, 5, 13);

    [Fact]
    public void Not_naming_a_country_in_the_communique_still_issued_the_communique() =>
        ArticleBody.Events<Statement>("The ministers did not mention Moscow in the communique.", Published)
            .Should().ContainSingle().Which.Status.Should().Be(EventStatus.Occurred);

    [Fact]
    public void A_denied_statement_is_still_negated() =>
        ArticleBody.Events<Statement>("The ministers did not issue a statement after the talks.", Published)
            .Should().ContainSingle().Which.Status.Should().Be(EventStatus.Negated);
}
