using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "The two last met in March": "the" and a bare count with an adverb before the verb point back to the two parties
/// named before (made-up sentences, whole pipeline).
/// </summary>
public class MeetingBareCountAdverbSubjectTests
{
    private static readonly DateOnly Published = new(2024, 6, 25);

    [Theory]
    [InlineData("The two last met in March.")]
    [InlineData("The two previously met in March.")]
    public void The_two_who_last_met_are_the_parties_named_before(string sentence)
    {
        var meetings = ArticleBody.Events<Meeting>(
            "President William Ruto is due to meet opposition leader Raila Odinga on Thursday, his office said. " + sentence, Published);
        var past = meetings.Should().ContainSingle(m => m.Status == EventStatus.Occurred).Subject;
        past.Date!.Value.Should().Be("2024-03");
        past.Participants.Select(p => p.Text).Should().Contain(new[] { "William Ruto", "Raila Odinga" });
    }
}
