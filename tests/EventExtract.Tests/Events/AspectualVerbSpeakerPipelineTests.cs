using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Several councils have started asking …", "Local farmers continued demanding …": an unnamed subject before a verb of
/// starting or going on speaks the -ing statement verb after it. Sentences invented for these tests.
/// </summary>
public class AspectualVerbSpeakerPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("In recent weeks, several councils have started asking churches to pay property taxes.", "asking", "several councils")]
    [InlineData("Local farmers continued demanding compensation for the flooded fields.", "demanding", "Local farmers")]
    public void The_subject_before_the_verb_of_starting_speaks(string sentence, string trigger, string speaker)
    {
        var statement = ArticleBody.Events<Statement>(sentence, Published)
            .Should().ContainSingle(e => e.Mentions.Any(m => m.Trigger.Text.StartsWith(trigger, StringComparison.Ordinal))).Subject;

        statement.Speakers.Should().ContainSingle().Which.Text.Should().Be(speaker);
    }
}
