using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// A reaction named by its noun ("drew a denunciation", "international condemnation") and "mentioned that" report speech
/// (made-up sentences, whole pipeline); "as mentioned" in the writer's voice does not.
/// </summary>
public class StatementReactionNounPipelineTests
{
    private static readonly DateOnly Published = new(2023, 5, 12);

    private static bool HasStatement(string body, string trigger) =>
        ArticleBody.Events<Statement>(body, Published).Any(s => s.Mentions.Any(m => m.Trigger.Text.StartsWith(trigger, StringComparison.Ordinal)));

    [Theory]
    [InlineData("The raid on the village drew a sharp denunciation from the regional governor Alma Torres.", "denunciation")]
    [InlineData("The shelling of the hospital drew international condemnation on Tuesday.", "condemnation")]
    [InlineData("The harbour master Ivo Petrov mentioned that two ferries had been sold to a foreign buyer.", "mentioned")]
    public void The_reaction_or_remark_is_a_statement(string body, string trigger) =>
        HasStatement(body, trigger).Should().BeTrue();

    [Fact]
    public void As_mentioned_is_the_writers_voice() =>
        HasStatement("As mentioned above, the ferries were sold to a foreign buyer last year.", "mentioned").Should().BeFalse();
}
