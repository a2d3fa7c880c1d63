using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Whole-pipeline speakers named after the reporting verb that follows a quote ('"…," said X'), when modifiers stand
/// before the name: a hyphenated rank ("four-star Gen.") or a participle before a title ("retired Col."). Invented sentences.
/// </summary>
public class StatementInvertedSpeakerPipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 12);

    private static Statement Said(string text, string trigger) => ArticleBody.StatementWithTrigger("Port strike\n\n" + text, Published, trigger);

    [Fact]
    public void A_hyphenated_rank_before_the_title_does_not_hide_the_named_speaker()
    {
        var statement = Said("\"We will hold the line,\" said three-star Adm. Carla Nunes.", "said");

        statement.Speakers.Select(s => s.Text).Should().Equal("Carla Nunes");
    }

    [Fact]
    public void A_participle_before_the_title_does_not_hide_the_named_speaker()
    {
        var statement = Said("\"The cranes are unsafe,\" says retired Col. Peter Hall.", "says");

        statement.Speakers.Select(s => s.Text).Should().Equal("Peter Hall");
    }
}
