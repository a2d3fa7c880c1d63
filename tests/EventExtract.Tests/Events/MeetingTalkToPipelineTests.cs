using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up wire sentences, read by the full pipeline: the people someone talks "to" are parties of the talk, as those
/// talked "with" are; a "to" phrase after other meeting words names no party.
/// </summary>
public class MeetingTalkToPipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 14); // a Thursday

    private static List<Meeting> Meetings(string body) => ArticleBody.Events<Meeting>(body, Published);

    [Fact]
    public void The_people_talked_to_are_parties()
    {
        var meeting = Meetings("Mayor Tom Reilly will talk to striking bus drivers in Leeds on Friday.").Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain("striking bus drivers");
    }

    [Fact]
    public void The_country_a_visit_goes_to_is_no_party_of_its_own()
    {
        var meeting = Meetings("President Ana Ruiz began a visit to Portugal on Wednesday.").Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().NotContain("Portugal");
    }
}
