using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Talks between the union and the airline": the sides of a labour or business negotiation, named by a common noun
/// after the meeting's "between"/"with", are its participants. Sentences invented for these tests.
/// </summary>
public class MeetingNegotiationSidesTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void Talks_between_the_union_and_the_airline_have_both_as_participants()
    {
        var meetings = ArticleBody.Events<Meeting>("Talks between the union and the airline broke down on Tuesday.", Published);

        meetings.Should().ContainSingle().Which.Participants.Select(p => p.Text).Should().BeEquivalentTo("the union", "the airline");
    }

    [Fact]
    public void Shareholders_met_are_participants()
    {
        var meetings = ArticleBody.Events<Meeting>("Chief executive Ann Smith will meet shareholders in London next week.", Published);

        meetings.Should().ContainSingle().Which.Participants.Select(p => p.Text).Should().Contain("shareholders");
    }
}
