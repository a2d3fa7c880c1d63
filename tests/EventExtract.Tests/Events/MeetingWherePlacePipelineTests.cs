using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>A meeting in a ", where" clause takes the place the clause describes, past a date (made-up sentences, whole pipeline).</summary>
public class MeetingWherePlacePipelineTests
{
    private static readonly DateOnly Published = new(2023, 2, 17);

    [Fact]
    public void A_meeting_where_the_traveller_goes_on_a_day_is_in_that_place() =>
        ArticleBody.Events<Meeting>("The foreign minister is due to travel to Portugal on Tuesday, where he will meet Prime Minister Luis Montenegro.", Published)
            .Should().ContainSingle().Which.Location!.Name.Should().Be("Portugal");
}
