using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "met parliament speaker Karim Haddad": a title word the party-head lists do not know, right before the person
/// met, does not make the object a thing ("met the target"). Sentences invented for these tests.
/// </summary>
public class MeetingUnlistedTitleObjectPipelineTests
{
    private static readonly DateOnly Published = new(2024, 6, 2);

    [Theory]
    [InlineData("French envoy Paul Garnier met parliament speaker Karim Haddad in Beirut on Tuesday.")]
    [InlineData("French envoy Paul Garnier met speaker Karim Haddad on Tuesday to discuss the vacant presidency.")]
    public void The_titled_person_is_met(string body)
    {
        var meeting = ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain("Karim Haddad").And.Contain("Paul Garnier");
    }

    [Fact]
    public void A_target_met_is_still_no_meeting()
    {
        ArticleBody.Events<Meeting>("The airline met its target for new routes on Tuesday, chief executive Paul Garnier said.", Published)
            .Should().BeEmpty();
    }
}
