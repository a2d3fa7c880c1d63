using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "talks dominated by a U.S. plan": a country before a common noun after "a" modifies a thing; it is no party of the
/// talks (made-up sentences, whole pipeline).
/// </summary>
public class MeetingCountryModifiedThingTests
{
    private static readonly DateOnly Published = new(2024, 5, 24);

    [Fact]
    public void A_country_modifying_a_plan_is_no_participant()
    {
        var meeting = ArticleBody.Events<Meeting>(
            "Finance ministers met on Friday in Stresa for two days of talks dominated by a U.S. plan to use frozen Russian assets.",
            Published).Should().ContainSingle().Subject;
        meeting.Participants.Should().NotContain(p => p.Text == "U.S.");
        meeting.Participants.Should().Contain(p => p.Text.Contains("ministers"));
    }

    [Fact]
    public void A_country_delegation_stays_a_participant()
    {
        var meeting = ArticleBody.Events<Meeting>("The ministers held talks with a U.S. delegation on Friday.", Published)
            .Should().ContainSingle().Subject;
        meeting.Participants.Should().Contain(p => p.Text.Contains("U.S."));
    }
}
