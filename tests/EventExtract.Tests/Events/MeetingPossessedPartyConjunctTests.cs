using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Protest leaders and the government's negotiators met": a possessor before a common-noun party owns that party and
/// does not end the list of the meeting's parties. Sentences invented for these tests.
/// </summary>
public class MeetingPossessedPartyConjunctTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("Protest leaders and the government's negotiators met for a second round of dialogue on Sunday.")]
    [InlineData("Protest leaders and Velonia's negotiators met for a second round of dialogue on Sunday.")]
    public void The_first_conjunct_before_a_possessed_party_is_a_participant(string text)
    {
        var meetings = ArticleBody.Events<Meeting>(text, Published);

        meetings.Should().ContainSingle().Which.Participants.Select(p => p.Text).Should().Contain(new[] { "Protest leaders", "negotiators" });
    }
}
