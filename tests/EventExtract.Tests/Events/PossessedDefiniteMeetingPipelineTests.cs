using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "gathered in Montevideo on Friday for the bloc's annual summit": "the" before a common noun's possessive makes the
/// meeting noun definite, so it is the gathering just told, as "for the annual summit" is. Sentences invented for these tests.
/// </summary>
public class PossessedDefiniteMeetingPipelineTests
{
    private static readonly DateOnly Published = new(2024, 12, 7);

    [Fact]
    public void The_possessed_summit_is_the_gathering()
    {
        var meeting = ArticleBody.Events<Meeting>(
                "The presidents of Argentina, Brazil, Paraguay and Uruguay gathered in Montevideo on Friday for the bloc's annual summit.", Published)
            .Should().ContainSingle().Subject;

        meeting.Mentions.Select(m => m.Trigger.Text).Should().Contain("summit");
        meeting.Location!.Name.Should().Be("Montevideo");
    }
}
