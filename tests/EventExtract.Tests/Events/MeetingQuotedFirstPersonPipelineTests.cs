using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// '"We had a very good meeting," the minister said': a meeting inside a quote whose subject or possessor is a
/// first-person pronoun is the quoted speaker's own, so the speaker is a participant. Sentences invented for these tests.
/// </summary>
public class MeetingQuotedFirstPersonPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("\"We had a very good meeting,\" Foreign Minister Lars Dahl said on Tuesday.")]
    [InlineData("\"I had a useful meeting with the president,\" Foreign Minister Lars Dahl told reporters.")]
    [InlineData("\"We will continue our negotiations tomorrow,\" said Foreign Minister Lars Dahl.")]
    [InlineData("\"I met with him twice last week,\" Foreign Minister Lars Dahl said.")]
    public void The_quoted_speaker_is_a_participant(string body)
    {
        var meeting = ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain("Lars Dahl");
    }

    [Fact]
    public void A_third_person_meeting_in_a_quote_is_not_the_speakers()
    {
        var meeting = ArticleBody.Events<Meeting>("\"The two presidents met for three hours,\" Foreign Minister Lars Dahl said.", Published)
            .Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().NotContain("Lars Dahl");
    }
}
