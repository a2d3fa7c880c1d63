using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Germany's condemnation of Russia", "Britain's denunciation of Iran": after a statement noun of judging, the "of"
/// phrase is what was judged, not who spoke. Sentences invented for these tests.
/// </summary>
public class JudgedOfPhraseSpeakerPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("The vote followed Germany's condemnation of Russia after the poisoning.", "Russia")]
    [InlineData("Britain's denunciation of Iran came hours after the raid on the tanker.", "Iran")]
    public void The_judged_party_does_not_speak(string sentence, string judged)
    {
        var statement = ArticleBody.Events<Statement>(sentence, Published).Should().ContainSingle().Subject;

        statement.Speakers.Select(a => a.Text).Should().NotContain(judged);
    }

    [Fact]
    public void The_of_phrase_of_another_statement_noun_still_speaks()
    {
        var statement = ArticleBody.Events<Statement>(
            "Reporters waited for the announcement of Microsoft on the merger.", Published).Should().ContainSingle().Subject;

        statement.Speakers.Select(a => a.Text).Should().Contain("Microsoft");
    }
}
