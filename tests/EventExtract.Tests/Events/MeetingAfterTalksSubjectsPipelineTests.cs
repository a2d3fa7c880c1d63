using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up wire sentences, read by the full pipeline: two or more parties who act together "after" or "following"
/// talks that name no parties of their own ("signed a border deal after marathon talks") held those talks.
/// </summary>
public class MeetingAfterTalksSubjectsPipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 14); // a Thursday

    private static List<Meeting> Meetings(string body) => ArticleBody.Events<Meeting>(body, Published);

    [Theory]
    [InlineData("Kenya and Ethiopia signed a border deal after marathon talks on Saturday.", "Kenya", "Ethiopia")]
    [InlineData("The nurses union and the government signed a deal after two days of talks.", "The nurses union", "the government")]
    public void Parties_acting_together_after_talks_held_them(string sentence, string first, string second)
    {
        var meeting = Meetings(sentence).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain(first).And.Contain(second);
    }

    [Fact]
    public void One_party_acting_after_talks_is_not_made_a_party()
    {
        var meeting = Meetings("Kenya reopened its border after talks on Saturday.").Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().NotContain("Kenya");
    }
}
