using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Dialogue is the only way forward": a bare meeting noun that is the subject of a present "is"/"are" and a noun phrase
/// speaks of such meetings in general; no meeting took place. Sentences invented for these tests.
/// </summary>
public class GenericMeetingClaimPipelineTests
{
    private static readonly DateOnly Published = new(2021, 3, 3);

    [Theory]
    [InlineData("Dialogue is the only way forward, the mediator said.")]
    [InlineData("\"Talks are the only way to end this war,\" the president said on Friday.")]
    public void A_claim_about_talks_in_general_is_no_meeting(string body)
    {
        ArticleBody.ArticleEvents<ExtractedEvent>("Headline\n\n" + body, Published)
            .Should().NotContain(e => e.Type == EventType.Meeting);
    }

    [Theory]
    [InlineData("Talks are under way in Geneva, the mediator said.")]
    [InlineData("The talks are the first between the two countries in a decade, the mediator said.")]
    public void Talks_that_take_place_stay_a_meeting(string body)
    {
        ArticleBody.ArticleEvents<ExtractedEvent>("Headline\n\n" + body, Published)
            .Should().Contain(e => e.Type == EventType.Meeting);
    }
}
