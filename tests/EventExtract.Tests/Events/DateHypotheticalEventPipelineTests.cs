using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// A hypothetical event (one called for, feared or only possible) has no date of its own: the sentence's date is that
/// of the act that speaks of it. A modal perfect ("may have met") tells of a past event in doubt and keeps its date.
/// Sentences invented for these tests.
/// </summary>
public class DateHypotheticalEventPipelineTests
{
    // A Wednesday.
    private static readonly DateOnly Published = new(2024, 5, 1);

    private static T WithTrigger<T>(string body, string trigger) where T : ExtractedEvent =>
        ArticleBody.Events<T>(body, Published).Should().ContainSingle(e => e.Mentions.Any(m => m.Trigger.Text == trigger)).Subject;

    [Fact]
    public void A_meeting_called_for_on_a_fronted_day_is_undated()
    {
        var meeting = WithTrigger<Meeting>("Also Thursday, Saudi Arabia called for an emergency meeting of the Arab League to discuss the crisis.", "meeting");
        meeting.Status.Should().Be(EventStatus.Hypothetical);
        meeting.Date.Should().BeNull();
    }

    [Fact]
    public void The_call_itself_keeps_the_fronted_day()
    {
        WithTrigger<Statement>("Also Thursday, Saudi Arabia called for an emergency meeting of the Arab League to discuss the crisis.", "called for")
            .Date!.Value.Should().Be("2024-04-25");
    }

    [Fact]
    public void A_possible_meeting_is_not_dated_by_the_verb_that_mentions_it()
    {
        WithTrigger<Meeting>("Meanwhile, the possibility of a meeting between the two leaders resurfaced on Thursday.", "meeting").Date.Should().BeNull();
    }

    [Fact]
    public void A_meeting_that_may_have_happened_keeps_its_date()
    {
        WithTrigger<Meeting>("A Dutch reporter may have met Omar Haddad while traveling near Kandahar in October 2001.", "met")
            .Date!.Value.Should().Be("2001-10");
    }
}
