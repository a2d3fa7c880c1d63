using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"appealed for a ceasefire in Gaza": the place of what was asked for is not where the appeal was made (made-up sentences, whole pipeline).</summary>
public class StatementForContentPlacePipelineTests
{
    [Theory]
    [InlineData("The archbishop appealed for a ceasefire in Sudan on Sunday.")]
    [InlineData("The minister warned of food shortages in Yemen on Sunday.")]
    public void The_place_in_what_was_asked_for_is_not_the_statement_place(string body) =>
        ArticleBody.Events<Statement>(body, new DateOnly(2024, 4, 20)).Should().ContainSingle().Which.Location.Should().BeNull();
}
