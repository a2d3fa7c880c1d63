using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"The attack was condemned by the governor": the agent speaks; the passive subject is what was spoken of.</summary>
public class StatementPassiveAgentPipelineTests
{
    private static readonly DateOnly Published = new(2025, 3, 14);

    [Theory]
    [InlineData("The bombing was condemned by the governor on Friday.", "condemned", "the governor")]
    [InlineData("The decision was announced by the ministry on Tuesday.", "announced", "the ministry")]
    public void The_by_agent_of_a_passive_speech_verb_is_the_only_speaker(string sentence, string trigger, string speaker)
    {
        var statement = ArticleBody.ArticleEvents<Statement>("Headline\n\n" + sentence, Published)
            .Should().ContainSingle(s => s.Mentions.Any(m => m.Trigger.Text == trigger)).Subject;
        statement.Speakers.Select(s => s.Text).Should().Equal(speaker);
    }
}
