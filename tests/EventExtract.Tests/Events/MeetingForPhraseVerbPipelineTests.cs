using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up wire sentences, read by the full pipeline: the subject of a verb whose "for" phrase is a meeting noun takes
/// part, with the party it sends there ("summoned the Russian ambassador for consultations", "invited X for talks",
/// "was invited to the White House for talks"); not the subject of a call for talks between others.
/// </summary>
public class MeetingForPhraseVerbPipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 14); // a Thursday

    private static List<Meeting> Meetings(string body) => ArticleBody.Events<Meeting>(body, Published);

    private static List<string> Parties(Meeting m) => m.Participants.Select(p => p.Text).ToList();

    [Theory]
    [InlineData("Chancellor Friedrich Merz invited President Emmanuel Macron for talks in Paris on Friday.", "Friedrich Merz", "Emmanuel Macron")]
    [InlineData("Governor Paul Reyes summoned police chief Dan Cole to the capitol for consultations last week.", "Paul Reyes", "Dan Cole")]
    [InlineData("Tom Reed was invited to the White House for talks with President Donald Trump on Monday.", "Tom Reed", "Donald Trump")]
    public void Who_sends_or_is_sent_for_talks_takes_part(string sentence, string first, string second)
    {
        var meeting = Meetings(sentence).Should().ContainSingle().Subject;

        Parties(meeting).Should().Contain(first).And.Contain(second);
    }

    [Fact]
    public void Who_calls_for_talks_between_others_is_no_party()
    {
        var meeting = Meetings("Prime Minister Lena Marsh called for talks between the rebels and the government on Monday.").Should().ContainSingle().Subject;

        Parties(meeting).Should().NotContain("Lena Marsh");
    }
}
