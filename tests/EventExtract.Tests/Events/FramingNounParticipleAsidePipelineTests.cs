using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "In her speech, delivered in a crowded hall in Warsaw, X countered that …": a participle aside set off by commas after
/// a fronted statement noun still describes that noun, so the noun and the verb are one speech act. Sentences invented
/// for these tests.
/// </summary>
public class FramingNounParticipleAsidePipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 14);

    [Fact]
    public void The_speech_and_the_verb_are_one_statement()
    {
        const string body = "In her speech, delivered in a crowded hall in Warsaw, Foreign Minister Anna Kowal countered that the alliance would keep its promises.";

        var statement = ArticleBody.Events<Statement>(body, Published).Should().ContainSingle().Subject;

        statement.Mentions.Select(m => m.Trigger.Text).Should().Contain("speech");
        statement.Speakers.Should().ContainSingle().Which.Text.Should().Contain("Anna Kowal");
    }
}
