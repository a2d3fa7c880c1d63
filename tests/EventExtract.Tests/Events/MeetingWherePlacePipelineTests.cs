using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// A meeting in a ", where" clause takes the place the clause describes, past a date; a reporting clause set off after
/// that clause does not (made-up sentences, whole pipeline).
/// </summary>
public class MeetingWherePlacePipelineTests
{
    private static readonly DateOnly Published = new(2023, 2, 17);

    [Fact]
    public void A_meeting_where_the_traveller_goes_on_a_day_is_in_that_place() =>
        ArticleBody.Events<Meeting>("The foreign minister is due to travel to Portugal on Tuesday, where he will meet Prime Minister Luis Montenegro.", Published)
            .Should().ContainSingle().Which.Location!.Name.Should().Be("Portugal");

    [Fact]
    public void A_reporting_clause_after_the_where_clause_is_not_in_that_place()
    {
        var events = ArticleBody.Events<ExtractedEvent>(
            "The foreign minister is due to travel to Portugal on Tuesday, where he will meet Prime Minister Luis Montenegro, his office said.", Published);

        events.OfType<Meeting>().Should().ContainSingle().Which.Location!.Name.Should().Be("Portugal");
        events.OfType<Statement>().Should().ContainSingle().Which.Location.Should().BeNull();
    }
}
