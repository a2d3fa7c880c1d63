using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "was received at the presidential palace by X", "was met at the airport by X": a passive verb of receiving or meeting
/// whose "by" agent comes after a short phrase of place is a meeting with that agent, as with "by" right after the verb
/// (invented sentences, whole pipeline).
/// </summary>
public class MeetingPassiveAgentPastPlacePipelineTests
{
    [Fact]
    public void A_visitor_received_at_a_palace_meets_the_host()
    {
        var meeting = ArticleBody.Events<Meeting>("Chilean President Tomas Quispe arrived in Lima on Monday. "
            + "He was received at the presidential palace by Peruvian President Ana Ruiz.", new DateOnly(2024, 5, 1)).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain("Ana Ruiz").And.Contain("Tomas Quispe");
    }

    [Fact]
    public void The_agent_who_met_a_delegation_at_the_airport_is_a_party()
    {
        var meeting = ArticleBody.Events<Meeting>("The delegation was met at the airport by Foreign Minister Ali Hassan.", new DateOnly(2024, 5, 1))
            .Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain("Ali Hassan");
    }
}
