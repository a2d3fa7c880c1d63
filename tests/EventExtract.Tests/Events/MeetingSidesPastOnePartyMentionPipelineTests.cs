using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up wire stories, read by the full pipeline: "the two sides" a few sentences after talks between two parties are
/// those parties, even when a meeting word read with one party only ("the company remained committed to negotiations")
/// came between; before, that one-party mention hid the talks and the sides stayed unnamed.
/// </summary>
public class MeetingSidesPastOnePartyMentionPipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 14); // a Thursday

    private static List<Meeting> Meetings(string text) => ArticleBody.ArticleEvents<Meeting>(text, Published);

    [Fact]
    public void The_two_sides_are_the_parties_of_the_talks_before_a_one_party_mention()
    {
        var meetings = Meetings(
            "Pay talks\n\nLONDON (Reuters) - Leaders of the RMT union and rail operator Northline met on Wednesday.\n\n"
            + "The meeting ended without a deal, both sides said.\n\n"
            + "Union general secretary Mick Dawson said the talks had been constructive but that Northline had not moved on pay. "
            + "Northline chief executive Sarah Kemp said the company remained committed to negotiations.\n\n"
            + "The two sides will meet again on Friday.\n");

        var next = meetings.Should().ContainSingle(m => m.Status == EventStatus.Planned).Subject;
        next.Participants.Select(p => p.Text).Should().Contain("RMT").And.Contain("Northline");
    }
}
