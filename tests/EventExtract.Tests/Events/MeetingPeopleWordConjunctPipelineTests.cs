using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "The mayor and the leader of the opposition held talks": the party a people word acts for ends one conjunct, and the
/// list of parties goes on before that word. Invented sentence.
/// </summary>
public class MeetingPeopleWordConjunctPipelineTests
{
    [Fact]
    public void The_conjunct_before_a_leader_of_phrase_is_a_party_too() =>
        ArticleBody.Events<Meeting>("The governor and the leader of the opposition held talks in Lyon on Friday.", new DateOnly(2024, 5, 1))
            .Should().ContainSingle().Which.Participants.Select(p => p.Text).Should().Contain("The governor");
}
