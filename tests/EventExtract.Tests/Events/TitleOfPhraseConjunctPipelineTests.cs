using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "X and U.S. Secretary of State Y held talks": a title with its own "of" phrase before the second name does not end
/// the list of subjects, so both take part. Sentences invented for these tests.
/// </summary>
public class TitleOfPhraseConjunctPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 8);

    [Theory]
    [InlineData("Danish Foreign Minister Lars Holm and U.S. Secretary of State Ellen Barker held talks in Copenhagen on Monday.", "Lars Holm", "Ellen Barker")]
    [InlineData("Danish Foreign Minister Lars Holm and Secretary of Defense Ellen Barker met in Copenhagen on Monday.", "Lars Holm", "Ellen Barker")]
    public void Both_conjuncts_take_part(string body, string first, string second)
    {
        var meeting = ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain(new[] { first, second });
    }
}
