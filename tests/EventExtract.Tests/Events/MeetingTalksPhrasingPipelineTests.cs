using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up wire sentences, read by the full pipeline, for how meetings are dated and who takes part in them: a date before
/// "and" and a meeting verb whose first verb is no event of its own ("landed in Kabul on Tuesday and met X").
/// </summary>
public class MeetingTalksPhrasingPipelineTests
{
    private static readonly DateOnly Published = new(2026, 3, 4); // a Wednesday

    private static List<Meeting> Meetings(string body) => ArticleBody.Events<Meeting>(body, Published);

    private static List<string> Parties(Meeting m) => m.Participants.Select(p => p.Text).ToList();

    [Fact]
    public void A_date_of_an_arrival_that_is_no_event_dates_the_meeting_after_and()
    {
        var meeting = Meetings("The envoy landed in Kabul on Tuesday and met President Karim Nazari.").Should().ContainSingle().Subject;

        meeting.Date!.Value.Should().Be("2026-03-03");
    }

    [Fact]
    public void A_date_of_an_arrival_that_is_no_event_dates_the_statement_after_and()
    {
        var statement = ArticleBody.Events<Statement>("The minister arrived in Cairo on Monday and told reporters the ceasefire would hold.", Published)
            .Should().ContainSingle().Subject;

        statement.Date!.Value.Should().Be("2026-03-02");
    }
}
