using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Mayor Giulia Ferri said … she said": a title before a woman's name is not read as a man's first name (the first-name
/// lists hold "Mayor"), so "she" stands for her. Sentences invented for these tests.
/// </summary>
public class TitledWomanPronounSpeakerPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 14);

    [Fact]
    public void She_after_a_quote_stands_for_the_mayor_named_before()
    {
        var statements = ArticleBody.Events<Statement>(
            "Mayor Giulia Ferri said that the town had done everything it could. \"We asked for money three times,\" she said.", Published);

        statements.Should().Contain(e => e.Mentions.Any(m => m.Trigger.Span.Start > 70))
            .Which.Speakers.Should().ContainSingle().Which.Text.Should().Be("Giulia Ferri");
    }
}
