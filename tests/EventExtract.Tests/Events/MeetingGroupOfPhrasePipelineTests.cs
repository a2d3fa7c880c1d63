using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up wire sentences, read by the full pipeline: a meeting's subject list whose first party is people acting for
/// another ("Representatives of the union", "Delegates from the union") keeps that party beside the one after "and".
/// </summary>
public class MeetingGroupOfPhrasePipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 14); // a Thursday

    private static List<Meeting> Meetings(string body) => ArticleBody.Events<Meeting>(body, Published);

    private static List<string> Parties(Meeting m) => m.Participants.Select(p => p.Text).ToList();

    [Theory]
    [InlineData("Representatives of the union and the company met on Tuesday to discuss wages.", "Representatives", "the company")]
    [InlineData("Delegates from the union and management resumed negotiations on Tuesday.", "Delegates", "management")]
    public void People_acting_for_a_party_and_the_other_party_both_meet(string sentence, string first, string second)
    {
        var meeting = Meetings(sentence).Should().ContainSingle().Subject;

        Parties(meeting).Should().Contain(p => p.StartsWith(first)).And.Contain(second);
    }
}
