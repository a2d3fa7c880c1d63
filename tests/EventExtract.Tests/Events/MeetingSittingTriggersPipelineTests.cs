using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Wire-story wordings of parties sitting together that the trigger lexicon lacked: talks resumed, a face-to-face
/// encounter, a bargaining session or a session of the talks, a mediator shuttling between sides, and a host receiving
/// negotiators. Sentences invented for these tests.
/// </summary>
public class MeetingSittingTriggersPipelineTests
{
    private static readonly DateOnly Published = new(1998, 5, 4);

    [Theory]
    [InlineData("Japanese and American trade officials will resume their discussions in Washington later this month.", "resume their discussions")]
    [InlineData("Israeli and Syrian officials resumed negotiations in Maryland on Monday.", "resumed negotiations")]
    [InlineData("The two presidents held a rare face-to-face encounter in Geneva on Tuesday.", "face-to-face encounter")]
    [InlineData("Union and company officials ended a 14-hour bargaining session in Detroit on Friday.", "bargaining session")]
    [InlineData("A session of the talks between Britain and China was postponed on Wednesday.", "session of the talks")]
    [InlineData("Arab League foreign ministers ended their emergency session in Cairo on Sunday.", "emergency session")]
    [InlineData("Diplomats said the Security Council would take up the resolution at a closed-door session on Friday.", "closed-door session")]
    [InlineData("Norwegian mediators shuttled between the Sri Lankan government and the rebels for most of the week.", "shuttled between")]
    public void The_wording_is_a_meeting(string body, string trigger)
    {
        var meetings = ArticleBody.Events<Meeting>(body, Published);

        meetings.Should().ContainSingle().Which.Trigger.Text.Should().Be(trigger);
    }

    [Fact]
    public void A_host_receiving_negotiators_meets_them()
    {
        var meeting = ArticleBody.Events<Meeting>("President Daniel Ortega received the rebel negotiators at his office on Sunday.", Published)
            .Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain("Daniel Ortega").And.Contain(p => p.Contains("negotiators"));
    }

    [Theory]
    [InlineData("Parliament opened a new session on Monday.")]
    [InlineData("The factory resumed production on Monday after a week-long shutdown.")]
    [InlineData("The ferry shuttled between the two islands all summer.")]
    public void Other_wordings_are_no_meeting(string body) =>
        ArticleBody.Events<Meeting>(body, Published).Should().BeEmpty();
}
