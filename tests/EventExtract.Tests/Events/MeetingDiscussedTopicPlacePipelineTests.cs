using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "The two leaders discussed Taiwan, trade and the war in Ukraine": the object of a topic verb that is the meeting
/// trigger itself is the topic, and a country in it is the topic's, not where the leaders met. Invented sentences.
/// </summary>
public class MeetingDiscussedTopicPlacePipelineTests
{
    [Theory]
    [InlineData("The presidents of Chile and Peru discussed the war in Ukraine on Monday.")]
    [InlineData("The presidents of Chile and Peru discussed migration, trade and the war in Ukraine on Monday.")]
    public void A_country_in_what_was_discussed_is_no_meeting_place(string sentence) =>
        ArticleBody.Events<Meeting>(sentence, new DateOnly(2024, 5, 1))
            .Should().ContainSingle().Which.Location.Should().BeNull();
}
