using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Professors Anna Berg and Tom Hale found … They argued": "they" opening a sentence goes on with the named people
/// coordinated as the subject of the sentence before, each a speaker. Sentences invented for these tests.
/// </summary>
public class StatementTheyCoordinatedPeoplePipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void They_after_two_named_researchers_is_both_of_them()
    {
        var statements = ArticleBody.Events<Statement>(
            "Biology professors Anna Berg and Tom Hale have found that the lake is warming, a result that worried the Harbour Trust and the Three Rivers. "
            + "They explained that the ice now melts a month earlier.", Published);

        var explained = statements.Should().ContainSingle(s => s.Mentions.Any(m => m.Trigger.Text == "explained")).Subject;
        explained.Speakers.Select(s => s.Canonical).Should().BeEquivalentTo("Anna Berg", "Tom Hale");
    }

    [Fact]
    public void They_after_two_named_council_members_is_both_of_them()
    {
        var statements = ArticleBody.Events<Statement>(
            "Council members Maria Lopez and David Chen voted against the budget on Tuesday. They said the plan would close three libraries.", Published);

        var said = statements.Should().ContainSingle(s => s.Mentions.Any(m => m.Trigger.Text == "said")).Subject;
        said.Speakers.Select(s => s.Canonical).Should().BeEquivalentTo("Maria Lopez", "David Chen");
    }
}
