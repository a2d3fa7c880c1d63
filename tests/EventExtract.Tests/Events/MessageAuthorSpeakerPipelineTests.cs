using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "wrote a letter to the premier demanding an inquiry": an -ing statement verb going on from a written message is
/// spoken by the message's author, not by the party the message went to. Sentences invented for these tests.
/// </summary>
public class MessageAuthorSpeakerPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("The minister wrote a letter to the prime minister demanding an inquiry.", "demanding", "The minister")]
    [InlineData("The union sent a letter to members urging them to vote no.", "urging", "The union")]
    [InlineData("The Hale family sent a fax to local police explaining that the clinic had been threatened.", "explaining", "Hale")]
    public void The_author_of_the_message_speaks(string sentence, string trigger, string author)
    {
        var statement = ArticleBody.Events<Statement>(sentence, Published)
            .Should().ContainSingle(e => e.Mentions.Any(m => m.Trigger.Text.StartsWith(trigger, StringComparison.Ordinal))).Subject;

        statement.Speakers.Should().ContainSingle().Which.Text.Should().Contain(author);
    }
}
