using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "He held a two-hour meeting with X", "She held a joint news conference with X": a compound noun or a duration
/// before a meeting noun does not hide the pronoun subject of the verb that holds it. Sentences invented for these tests.
/// </summary>
public class PronounHolderOfCompoundMeetingNounPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 8);

    [Theory]
    [InlineData("Finnish President Aino Koskinen arrived in Lisbon on Monday. She held a joint news conference with Portuguese Prime Minister Rui Tavares.", "Aino Koskinen", "Rui Tavares")]
    [InlineData("Chilean Foreign Minister Tomas Ibarra arrived in Lima on Monday.\n\nHe held a two-hour meeting with Peruvian President Julio Mendez.", "Tomas Ibarra", "Julio Mendez")]
    public void The_pronoun_holder_takes_part(string body, string holder, string other)
    {
        var meeting = ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain(new[] { holder, other });
    }

    [Fact]
    public void One_pushed_out_of_talks_is_no_party_named_by_his_pronoun()
    {
        var meetings = ArticleBody.Events<Meeting>("Opposition leader Hugo Brand spoke on Sunday. He was pushed out of the talks with the government in February.", Published);

        meetings.SelectMany(m => m.Participants).Select(p => p.Text).Should().NotContain("Hugo Brand");
    }
}
