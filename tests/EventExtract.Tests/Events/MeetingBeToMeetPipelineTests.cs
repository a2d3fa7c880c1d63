using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Blair and Ahern are to meet in Belfast on Friday": a form of "be" right before "to meet" states an arrangement (wire
/// style), a meeting ahead when a party, a place, a time or the clause end follows; not "the aim is to meet the
/// deadline", whose object is a thing. Sentences invented for these tests.
/// </summary>
public class MeetingBeToMeetPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("Prime Minister Lars Dahl and President Anna Berg are to meet in Oslo on Friday.")]
    [InlineData("The two foreign ministers are to meet again in Geneva next month.")]
    public void Are_to_meet_is_a_planned_meeting(string body)
    {
        var meeting = ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle().Subject;

        meeting.Status.Should().Be(EventStatus.Planned);
        meeting.Participants.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("The aim of the new plant is to meet the deadline set by the regulator.")]
    [InlineData("The company said its goal was to meet demand in Asia.")]
    [InlineData("Suppliers were to meet the targets by June.")]
    public void Be_to_meet_a_thing_is_no_meeting(string body)
    {
        ArticleBody.Events<Meeting>(body, Published).Should().BeEmpty();
    }
}
