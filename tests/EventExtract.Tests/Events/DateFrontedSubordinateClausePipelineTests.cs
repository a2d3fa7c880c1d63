using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"In June, before the floods came, the president said …": a subordinate clause between a fronted date and the statement is no reported content, so the date is the saying's (made-up sentences, whole pipeline).</summary>
public class DateFrontedSubordinateClausePipelineTests
{
    [Theory]
    [InlineData("In June, before the floods came, the president said the dams were safe.")]
    [InlineData("In June, after the strike ended, the union said it was pleased.")]
    public void A_fronted_date_dates_the_statement_past_a_subordinate_clause(string text) =>
        ArticleBody.Events<Statement>(text, new DateOnly(2024, 5, 10))
            .Should().ContainSingle().Which.Date!.Value.Should().Be("2023-06");

    [Fact]
    public void A_fronted_date_of_reported_content_still_leaves_the_saying_undated() =>
        ArticleBody.Events<Statement>("In June, gunmen burned two trucks, police said.", new DateOnly(2024, 5, 10))
            .Should().ContainSingle().Which.Date.Should().BeNull();
}
