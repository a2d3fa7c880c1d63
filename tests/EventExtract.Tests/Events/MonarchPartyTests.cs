using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "paid a courtesy call on the emir": a monarch named only by title (emir, sultan, queen) is a party, as "the king"
/// is. Sentences invented for these tests.
/// </summary>
public class MonarchPartyTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("The foreign minister paid a courtesy call on the emir in Doha on Monday.", "the emir")]
    [InlineData("The visiting prime minister met the sultan at the palace on Monday.", "the sultan")]
    [InlineData("The prime minister met the queen at the palace on Monday.", "the queen")]
    public void A_monarch_named_by_title_is_a_participant(string text, string monarch)
    {
        var meetings = ArticleBody.Events<Meeting>(text, Published);

        meetings.Should().ContainSingle().Which.Participants.Select(p => p.Text).Should().Contain(monarch);
    }
}
