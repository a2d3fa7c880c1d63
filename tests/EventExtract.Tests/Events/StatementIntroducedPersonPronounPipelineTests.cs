using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "I had a long talk with a taxi driver who … He said": "he"/"she" goes on with an unnamed person the story has just
/// brought in with "a"/"an", wherever that phrase stood, not with a person named further back; but not with a
/// predicate or a phrase after a named subject ("Lind came back a frustrated man"). Sentences invented for these tests.
/// </summary>
public class StatementIntroducedPersonPronounPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void He_after_a_person_brought_in_after_a_preposition_is_that_person()
    {
        var statements = ArticleBody.Events<Statement>(
            "Finance Minister Karl Lind opened the new bridge on Friday.\n\n"
            + "On Sunday I had a long talk with a middle-aged taxi driver who lives near the port. He said that fares had doubled since spring.", Published);

        var said = statements.Should().ContainSingle(s => s.Mentions.Any(m => m.Trigger.Text == "said")).Subject;
        said.Speakers.Select(s => s.Text).Should().Equal("a middle-aged taxi driver");
    }

    [Fact]
    public void She_after_a_person_set_off_by_a_relative_clause_is_that_person()
    {
        var statements = ArticleBody.Events<Statement>(
            "Mayor Ana Ruiz visited the market on Friday.\n\n"
            + "A local shopkeeper, who asked not to be named, showed me the broken windows. She said the police had arrived two hours late.", Published);

        var said = statements.Should().ContainSingle(s => s.Mentions.Any(m => m.Trigger.Text == "said")).Subject;
        said.Speakers.Select(s => s.Text).Should().Equal("A local shopkeeper");
    }

    [Fact]
    public void He_after_a_named_subject_coming_back_a_frustrated_man_is_that_subject()
    {
        var statements = ArticleBody.Events<Statement>(
            "Envoy Karl Lind came back from the talks in Oslo a frustrated man. He complained about the lack of progress.", Published);

        var complained = statements.Should().ContainSingle(s => s.Mentions.Any(m => m.Trigger.Text == "complained")).Subject;
        complained.Speakers.Select(s => s.Canonical).Should().Equal("Karl Lind");
    }
}
