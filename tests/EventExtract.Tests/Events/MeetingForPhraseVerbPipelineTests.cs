using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up wire sentences, read by the full pipeline: the subject of a verb whose "for" phrase is a meeting noun takes
/// part, with the party it sends there ("summoned the Russian ambassador for consultations", "invited X for talks",
/// "was invited to the White House for talks"), and who acts "during" a call; not the subject of a call for talks
/// between others.
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

    [Theory]
    [InlineData("President Volodymyr Zelensky thanked President Emmanuel Macron during a telephone call on Saturday.", "Volodymyr Zelensky", "Emmanuel Macron")]
    [InlineData("President Volodymyr Zelensky said during a phone call with President Emmanuel Macron that the front was holding.", "Volodymyr Zelensky", "Emmanuel Macron")]
    public void Who_acts_during_a_call_is_on_it(string sentence, string first, string second)
    {
        var meeting = Meetings(sentence).Should().ContainSingle().Subject;

        Parties(meeting).Should().Contain(first).And.Contain(second);
    }

    [Fact]
    public void The_one_praised_during_talks_with_another_is_no_party()
    {
        var meeting = Meetings("President Volodymyr Zelensky praised the army during talks with President Emmanuel Macron on Monday.").Should().ContainSingle().Subject;

        Parties(meeting).Should().Contain("Volodymyr Zelensky").And.Contain("Emmanuel Macron").And.NotContain(p => p.Contains("army"));
    }

    [Fact]
    public void Who_calls_for_talks_between_others_is_no_party()
    {
        var meeting = Meetings("Prime Minister Lena Marsh called for talks between the rebels and the government on Monday.").Should().ContainSingle().Subject;

        Parties(meeting).Should().NotContain("Lena Marsh");
    }
}
