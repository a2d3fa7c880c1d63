using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Albright began a tour of the Middle East": a named person's tour of a place is a trip there, a visit to its hosts;
/// a tour with no named visitor is none. Sentences invented for these tests.
/// </summary>
public class MeetingTourOfPlacePipelineTests
{
    private static readonly DateOnly Published = new(1998, 5, 4);

    [Fact]
    public void A_named_person_touring_a_place_visits_it()
    {
        var meeting = ArticleBody.Events<Meeting>("WASHINGTON (AP) _ Secretary of State Madeleine Albright began a tour of the Middle East on Sunday.", Published)
            .Should().ContainSingle().Subject;

        meeting.Trigger.Text.Should().Be("tour of");
        meeting.Participants.Select(p => p.Text).Should().Contain("Madeleine Albright");
    }

    [Theory]
    [InlineData("Tourists took a guided tour of the museum on Sunday.")]
    [InlineData("The band will start a tour of Europe next month.")]
    public void A_tour_with_no_named_visitor_is_no_meeting(string body) =>
        ArticleBody.Events<Meeting>(body, Published).Should().BeEmpty();
}
