using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up wire sentences, read by the full pipeline: in "X and militia commander Y met", lowercase role words title the
/// second name (with an organization before them: "X and Mossad chief Y"), so the list of parties goes on past them to the
/// first.
/// </summary>
public class MeetingRoleTitledConjunctPipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 14); // a Thursday

    private static List<Meeting> Meetings(string body) => ArticleBody.Events<Meeting>(body, Published);

    [Theory]
    [InlineData("Army chief Tomas Vidal and militia commander Omar Haddad met in Jeddah on Monday.")]
    [InlineData("Tomas Vidal and the RSF leader Omar Haddad held talks in Jeddah on Monday.")]
    [InlineData("Tomas Vidal and Mossad chief Omar Haddad held talks in Jeddah on Monday.")]
    [InlineData("Tomas Vidal, Anna Berg and Mossad chief Omar Haddad held talks in Jeddah on Monday.")]
    public void Both_conjuncts_are_parties(string sentence)
    {
        var meeting = Meetings(sentence).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain("Tomas Vidal").And.Contain("Omar Haddad");
    }
}
