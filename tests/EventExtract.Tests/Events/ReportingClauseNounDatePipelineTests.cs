using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// '"We will resume work next month," Mohamed told reporters after the talks': a meeting noun in a reporting verb's own
/// clause is the meeting just told, not one dated by a date in what the verb reports (the quotation before the clause, or
/// the "that" clause after it). Published on Wednesday 3 March 2021; sentences invented for these tests.
/// </summary>
public class ReportingClauseNounDatePipelineTests
{
    private static readonly DateOnly Published = new(2021, 3, 3);

    [Theory]
    [InlineData("\"We agreed that the commission will resume its work next month,\" Mohamed told reporters after the talks.")]
    [InlineData("Mohamed told reporters after the talks that the commission would resume its work next month.")]
    public void The_talks_join_the_meeting_told_before(string second)
    {
        var events = ArticleBody.ArticleEvents<ExtractedEvent>(
            "Headline\n\nThe foreign ministers of Kenya and Ethiopia met in Nairobi on Tuesday. " + second, Published);

        var meeting = events.Where(e => e.Type == EventType.Meeting).Should().ContainSingle().Subject;
        meeting.Mentions.Select(m => m.Trigger.Text).Should().Contain("talks");
        meeting.Date!.Value.Should().Be("2021-03-02");
        meeting.Status.Should().Be(EventStatus.Occurred);
    }
}
