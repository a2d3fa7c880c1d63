using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up wire sentences, read by the full pipeline: a meeting verb and the visit noun of its "in a five-hour visit"
/// phrase are one meeting, whatever names of those met stand between them (a name word tagged as a verb, "arap", or
/// the hyphen of a time phrase did split them in two, the visit with no party).
/// </summary>
public class MeetingVerbInVisitPipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 14); // a Thursday

    private static List<Meeting> Meetings(string body) => ArticleBody.Events<Meeting>(body, Published);

    [Theory]
    [InlineData("Foreign Minister Lena Marsh was due to meet with President Daniel arap Moi in a five-hour visit before returning home.", "Daniel arap Moi")]
    [InlineData("Foreign Minister Lena Marsh met with Kenyan President William Ruto in a five-hour visit before returning home.", "William Ruto")]
    public void The_visit_of_a_meeting_verb_is_that_meeting(string sentence, string met)
    {
        var meeting = Meetings(sentence).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain(met);
        meeting.Mentions.Select(m => m.Trigger.Text).Should().Contain(t => t.Contains("visit"));
    }
}
