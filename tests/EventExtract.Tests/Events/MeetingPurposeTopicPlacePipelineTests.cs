using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// A country inside a meeting's purpose infinitive ("to discuss the war in X") is what the parties talk about, not where
/// they meet (made-up sentences, whole pipeline).
/// </summary>
public class MeetingPurposeTopicPlacePipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void A_country_in_the_purpose_clause_is_no_place_of_the_meeting() =>
        ArticleBody.Events<Meeting>("The Security Council will meet on Thursday to discuss the fighting in Sudan.", Published)
            .Should().ContainSingle().Which.Location.Should().BeNull();

    [Fact]
    public void A_place_before_the_purpose_clause_stays_the_meeting_place() =>
        ArticleBody.Events<Meeting>("Envoys met in Doha on Monday to discuss the fighting in Sudan.", Published)
            .Should().ContainSingle().Which.Location!.Name.Should().Be("Doha");
}
