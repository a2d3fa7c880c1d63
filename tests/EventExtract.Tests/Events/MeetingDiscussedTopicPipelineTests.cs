using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Dahl discussed Finland's EU bid with Berg": what is discussed is the topic, and a country owning it is no party;
/// the parties are the subject and the "with" phrase. Sentences invented for these tests.
/// </summary>
public class MeetingDiscussedTopicPipelineTests
{
    private static readonly DateOnly Published = new(2024, 3, 5);

    [Fact]
    public void A_country_owning_the_topic_discussed_is_no_party()
    {
        var meeting = ArticleBody.Events<Meeting>(
            "Prime Minister Lars Dahl discussed Finland's EU bid with Chancellor Anna Berg on Friday.",
            Published).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().BeEquivalentTo("Lars Dahl", "Anna Berg");
    }

    [Fact]
    public void Two_subjects_who_discussed_a_countrys_bid_are_the_only_parties()
    {
        var meeting = ArticleBody.Events<Meeting>(
            "Prime Minister Lars Dahl and Chancellor Anna Berg discussed Finland's EU bid on Friday.",
            Published).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().BeEquivalentTo("Lars Dahl", "Anna Berg");
    }
}
