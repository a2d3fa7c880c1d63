using EventExtract.Events;
using EventExtract.Places;

namespace EventExtract.Tests.Events;

/// <summary>A press event addressed by one speaker is where a Statement was made; a joint one is a Meeting.</summary>
public class PressEventMeetingTests
{
    private static readonly DateOnly Published = new(2021, 6, 4);

    [Fact]
    public void A_news_conference_one_party_speaks_to_is_not_a_meeting()
    {
        var events = new TestDocument("Governor Lena Holt told a news conference that the bridge would reopen.", Published)
            .Actor("Governor Lena Holt", ActorKind.Person, "US")
            .Trigger("news conference", EventType.Meeting)
            .Find();

        events.Should().NotContain(e => e is Meeting);
    }

    [Fact]
    public void A_joint_news_conference_of_two_parties_stays_a_meeting()
    {
        var events = new TestDocument("Governor Lena Holt held a joint news conference with Mayor Tom Ruiz in Springfield.", Published)
            .Actor("Governor Lena Holt", ActorKind.Person, "US")
            .Actor("Mayor Tom Ruiz", ActorKind.Person, "US")
            .Place("Springfield", "US")
            .Trigger("joint news conference", EventType.Meeting)
            .Find();

        events.Should().ContainSingle(e => e is Meeting);
    }
}
