using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "A military spokesman, Lt. Col. Tim Ross, said": the name an appositive gives the unnamed subject speaks, past the
/// title abbreviations before it. Sentences invented for these tests.
/// </summary>
public class StatementAppositiveTitledNamePipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void A_spokesman_named_with_a_rank_abbreviation_is_that_name()
    {
        var statements = ArticleBody.Events<Statement>("A military spokesman, Lt. Col. Tim Ross, said an inquiry had begun.", Published);

        var said = statements.Should().ContainSingle(s => s.Mentions.Any(m => m.Trigger.Text == "said")).Subject;
        said.Speakers.Select(s => s.Canonical).Should().Equal("Tim Ross");
    }

    [Fact]
    public void A_spokeswoman_named_with_a_sergeant_abbreviation_is_that_name()
    {
        var statements = ArticleBody.Events<Statement>("A police spokeswoman, Sgt. Ann Lee, said two men were arrested on Sunday.", Published);

        var said = statements.Should().ContainSingle(s => s.Mentions.Any(m => m.Trigger.Text == "said")).Subject;
        said.Speakers.Select(s => s.Canonical).Should().Equal("Ann Lee");
    }
}
