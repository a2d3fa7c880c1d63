using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>Talks between armed parties known by name, and a meeting verb with its "for … talks" phrase far after it.</summary>
public class MeetingOfNamedForcesPipelineTests
{
    private static readonly DateOnly Published = new(2025, 3, 14);

    [Fact]
    public void Delegates_of_an_army_and_a_named_militia_meeting_in_a_city_is_a_meeting_not_a_battle()
    {
        var meetings = ArticleBody.Events<Meeting>(
            "Delegations from Sudan's army and the paramilitary Rapid Support Forces met in Jeddah on Wednesday, mediators said.", Published);
        var meeting = meetings.Should().ContainSingle().Subject;
        meeting.Location!.Name.Should().Be("Jeddah");
        meeting.Participants.Select(p => p.Text).Should().Contain("the paramilitary Rapid Support Forces");
    }

    [Fact]
    public void Unnamed_forces_that_meet_each_other_are_still_a_battle()
    {
        ArticleBody.Events<Meeting>("Government forces met rebel troops near the river on Tuesday.", Published).Should().BeEmpty();
    }

    [Fact]
    public void The_talks_a_meeting_was_for_are_the_same_meeting_however_long_the_place_and_date_between()
    {
        var meetings = ArticleBody.Events<Meeting>(
            "Envoys from Peru and Chile met in the Swiss city of Geneva on Wednesday for a new round of border talks.", Published);
        var meeting = meetings.Should().ContainSingle().Subject;
        meeting.Mentions.Select(m => m.Trigger.Text).Should().Equal("met", "talks");
        meeting.Date!.Value.Should().Be("2025-03-12");
    }
}
