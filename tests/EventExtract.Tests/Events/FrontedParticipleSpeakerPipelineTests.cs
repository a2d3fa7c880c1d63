using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Condemning the attack, the mayor said …": a statement participle opening the sentence is spoken by the main
/// clause's subject; "backed the plan while insisting that …": a participle after a subordinator shares the main
/// clause's subject. Sentences invented for these tests.
/// </summary>
public class FrontedParticipleSpeakerPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("Condemning the attack, Mayor Ana Ruiz said the city would not be intimidated.", "Condemning", "Ana Ruiz")]
    [InlineData("Calling the ruling a disgrace, the union said it would appeal.", "Calling", "the union")]
    [InlineData("The minister backed the budget while insisting that taxes would not rise.", "insisting", "The minister")]
    [InlineData("Since then, India has talked peace while always signaling that the border is closed.", "signaling", "India")]
    public void The_main_clause_subject_speaks_the_participle(string sentence, string trigger, string speaker)
    {
        var statement = ArticleBody.Events<Statement>(sentence, Published)
            .Should().ContainSingle(e => e.Mentions.Any(m => m.Trigger.Text.StartsWith(trigger, StringComparison.Ordinal))).Subject;

        statement.Speakers.Should().ContainSingle().Which.Text.Should().Be(speaker);
    }

    [Fact]
    public void According_to_is_no_fronted_participle()
    {
        var statement = ArticleBody.Events<Statement>(
            "According to some reports, Omar Haddad rejected the offer.", Published)
            .Should().ContainSingle(e => e.Mentions.Any(m => m.Trigger.Text == "According to")).Subject;

        statement.Speakers.Should().NotContain(a => a.Text == "Omar Haddad");
    }
}
