using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "A senior official said … He declined to say": "he"/"she" stands for the unnamed person who spoke just before, not
/// for a person named further back. Sentences invented for these tests.
/// </summary>
public class StatementUnnamedPronounAntecedentPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void He_after_an_unnamed_official_speaking_is_that_official()
    {
        var statements = ArticleBody.Events<Statement>(
            "Prime Minister Karl Lind met his advisers on Saturday.\n\n"
            + "A senior Swedish official said troops had moved to the border. He declined to say how many.", Published);

        var declined = statements.Should().ContainSingle(s => s.Mentions.Any(m => m.Trigger.Text.StartsWith("declined"))).Subject;
        declined.Speakers.Select(s => s.Text).Should().Equal("Swedish official");
    }

    [Fact]
    public void He_after_an_unnamed_person_phrase_telling_is_that_person()
    {
        var statements = ArticleBody.Events<Statement>(
            "Mayor Ana Ruiz visited the market on Friday.\n\n"
            + "A middle-aged bus driver told me the vote was a farce. He said that nobody trusted the council.", Published);

        var said = statements.Should().ContainSingle(s => s.Mentions.Any(m => m.Trigger.Text == "said")).Subject;
        said.Speakers.Select(s => s.Text).Should().Equal("A middle-aged bus driver");
    }

    [Fact]
    public void He_after_a_possessed_institution_is_not_that_institution()
    {
        var statements = ArticleBody.Events<Statement>(
            "Omar Haddad runs a travel agency in Mombasa. His company said bookings had fallen. He said tourists would return.", Published);

        var said = statements.Should().ContainSingle(s => s.Mentions.Any(m => m.Trigger.Text == "said" && m.Sentence.Text.StartsWith("He"))).Subject;
        said.Speakers.Select(s => s.Canonical).Should().Equal("Omar Haddad");
    }
}
