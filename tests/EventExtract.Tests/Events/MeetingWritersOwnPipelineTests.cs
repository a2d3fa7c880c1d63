using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// A blogger's own chats are not news meetings ("I had a long conversation with a bus driver"), as the writer's own
/// reporting verbs are no Statements; a quoted speaker's "I met him" is that speaker's meeting. Invented sentences.
/// </summary>
public class MeetingWritersOwnPipelineTests
{
    private static readonly DateOnly Published = new(2025, 2, 3);

    [Theory]
    [InlineData("Prices rose again this week. I had a long conversation with a bus driver who grew up in Velda.")]
    [InlineData("Prices rose again this week. I met an old farmer at the market in Velda.")]
    public void The_writers_own_conversation_is_no_meeting(string body)
    {
        ArticleBody.Events<Meeting>(body, Published).Should().BeEmpty();
    }

    [Fact]
    public void A_quoted_speakers_own_meeting_stays_a_meeting()
    {
        var meetings = ArticleBody.Events<Meeting>(
            "\"I met Prime Minister Ola Berg in Oslo on Monday,\" Finance Minister Karin Sund said.", Published);

        meetings.Should().ContainSingle();
    }
}
