using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "X will visit Oslo next week. X is expected to meet Y": a meeting mention right after a visit of one party alone, naming
/// that party, a counterpart and no time or place of its own, is the visit's meeting. Sentences invented for these tests.
/// </summary>
public class VisitCounterpartNextSentencePipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 8);

    [Theory]
    [InlineData("Chilean Foreign Minister Tomas Ibarra will visit Oslo next week, the ministry said. Ibarra is expected to meet his Norwegian counterpart Eirik Lund.", EventStatus.Planned)]
    [InlineData("Chilean envoy Tomas Ibarra was in Oslo on Monday for talks on fishing rights. Ibarra met Deputy Foreign Minister Eirik Lund.", EventStatus.Occurred)]
    public void The_counterpart_met_joins_the_visit(string body, EventStatus status)
    {
        var meeting = ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle().Subject;

        meeting.Status.Should().Be(status);
        meeting.Location!.Name.Should().Be("Oslo");
        meeting.Participants.Select(p => p.Text).Should().Contain("Eirik Lund");
    }

    [Fact]
    public void A_second_counterpart_after_a_meeting_of_two_is_another_meeting()
    {
        var meetings = ArticleBody.Events<Meeting>("Tomas Ibarra met Eirik Lund in Oslo on Monday. Ibarra also met Deputy Foreign Minister Siri Dahl.", Published);

        meetings.Should().HaveCount(2);
    }
}
