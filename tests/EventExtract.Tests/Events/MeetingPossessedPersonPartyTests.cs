using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up wire sentences, read by the full pipeline: a named person's kin or role noun after the meeting word ("met
/// with Tomas Ruiz's father") is the party met, not the named person, who is someone else.
/// </summary>
public class MeetingPossessedPersonPartyTests
{
    private static readonly DateOnly Published = new(2026, 5, 14); // a Thursday

    [Theory]
    [InlineData("The senator met with Tomas Ruiz's father on Monday.", "Tomas Ruiz's father")]
    [InlineData("The relatives will meet with Ana Soto's two lawyers next week.", "Ana Soto's two lawyers")]
    public void The_owned_person_is_met(string sentence, string party)
    {
        var meeting = ArticleBody.Events<Meeting>(sentence, Published).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain(party).And.NotContain(p => p.Length < party.Length && party.StartsWith(p));
    }

    [Fact]
    public void A_name_after_the_role_noun_is_still_the_party()
    {
        var meeting = ArticleBody.Events<Meeting>("The senator met with Tomas Ruiz's lawyer Ana Soto on Monday.", Published).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().NotContain("Tomas Ruiz's lawyer");
    }
}
