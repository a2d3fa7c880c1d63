using EventExtract.Events;
using EventExtract.Tests.Events;
using EventExtract.Text;

namespace EventExtract.Tests.Text;

/// <summary>
/// The story after a dateline starts a sentence for the taggers: its capitalized first word is read as any first word
/// ("Aid agencies warned", not a name "Aid"). Invented sentences.
/// </summary>
public class DatelineOpeningTests
{
    private static string StoryAfterDateline(string text)
    {
        var table = new TokenTable(text);
        RuleTokenizer.Instance.Tokenize(new TextSpan(0, text.Length), table);
        var sentence = new Sentence(new TextSpan(0, text.Length), 0, table.Count, 0);
        int story = DatelineOpening.StoryStart(table, sentence);
        return story < 0 ? "" : text[table.GetSpan(story).Start..];
    }

    [Theory]
    [InlineData("KHARTOUM, June 20 (Reuters) - Aid agencies warned.", "Aid agencies warned.")]
    [InlineData("MIAMI _ Police said the road was closed.", "Police said the road was closed.")]
    [InlineData("DAR ES SALAAM, Tanzania, Sept. 26 (AFP) — Rain fell.", "Rain fell.")]
    public void The_story_starts_after_the_dateline_dash(string text, string story) =>
        StoryAfterDateline(text).Should().Be(story);

    [Theory]
    [InlineData("NATO said the talks - held in Oslo - ended.")]
    [InlineData("Aid agencies warned on Thursday.")]
    [InlineData("UN envoys met - briefly - on Monday.")]
    public void A_sentence_without_a_dateline_has_no_story_start(string text) =>
        StoryAfterDateline(text).Should().BeEmpty();

    [Fact]
    public void The_first_story_word_is_not_taken_for_a_name()
    {
        var statement = ArticleBody.ArticleEvents<Statement>(
            "Famine warning\n\nKHARTOUM, June 20 (Reuters) - Aid agencies warned on Thursday that millions of people face famine.", new DateOnly(2024, 6, 20))
            .Should().ContainSingle().Subject;

        statement.Speakers.Select(a => a.Text).Should().Equal("Aid agencies");
    }
}
