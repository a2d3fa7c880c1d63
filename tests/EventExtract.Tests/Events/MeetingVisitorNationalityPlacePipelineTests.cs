using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up wire sentences, read by the full pipeline: a place word used as an adjective right after a visit word ("the
/// visiting Saudi crown prince") says who visits, not where the visit goes.
/// </summary>
public class MeetingVisitorNationalityPlacePipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 14); // a Thursday

    private static Meeting Meeting(string body) => ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle().Subject;

    [Fact]
    public void A_visitor_nationality_is_no_place()
    {
        Meeting("The king received the visiting Saudi crown prince at his palace on Monday.").Location?.Text.Should().NotBe("Saudi");
    }

    [Fact]
    public void A_country_visited_is_the_place()
    {
        Meeting("The French envoy visited Saudi Arabia on Monday and met the crown prince.").Location!.Text.Should().Be("Saudi Arabia");
    }
}
