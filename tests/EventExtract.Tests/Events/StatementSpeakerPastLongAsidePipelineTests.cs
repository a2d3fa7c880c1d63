using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Peter Moss, 62, who has lived there for years, told …" and "Anna Berg, a professor at Oslo University who studies
/// the lake, said …": the named person before an age or apposition that a relative clause goes on from speaks.
/// Sentences invented for these tests.
/// </summary>
public class StatementSpeakerPastLongAsidePipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void A_name_with_an_age_and_a_relative_clause_speaks()
    {
        var statements = ArticleBody.Events<Statement>(
            "Local resident Peter Moss, 62, who has lived in the village for forty years, told the BBC that the river had never risen so fast.", Published);

        var told = statements.Should().ContainSingle(s => s.Mentions.Any(m => m.Trigger.Text == "told")).Subject;
        told.Speakers.Select(s => s.Canonical).Should().Equal("Peter Moss");
    }

    [Fact]
    public void A_name_with_an_apposition_whose_relative_clause_follows_a_name_speaks()
    {
        var statements = ArticleBody.Events<Statement>(
            "Anna Berg, a professor at Oslo University who studies the lake, said the ice melts earlier every year.", Published);

        var said = statements.Should().ContainSingle(s => s.Mentions.Any(m => m.Trigger.Text == "said")).Subject;
        said.Speakers.Select(s => s.Canonical).Should().Equal("Anna Berg");
    }
}
