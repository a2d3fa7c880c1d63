using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// A wire roundup moves to its next scene with a sentence adverb before the fronted place ("Elsewhere in Iraq,", "Back
/// in Washington,"): that place is where the sentence's event happened, as it is without the adverb. Sentences invented
/// for these tests.
/// </summary>
public class PlaceFrontedAdverbScenePipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 4);

    private static T Single<T>(string body) where T : ExtractedEvent =>
        ArticleBody.Events<T>(body, Published).Should().ContainSingle().Subject;

    [Theory]
    [InlineData("Elsewhere in Iraq, a roadside bomb killed two American soldiers on Monday.", "Iraq")]
    [InlineData("Meanwhile in Gaza, Israeli aircraft struck a house, killing three people.", "Gaza")]
    [InlineData("Earlier in the day in Kandahar, a suicide bomber attacked a police station.", "Kandahar")]
    public void An_attack_takes_the_place_after_a_sentence_adverb(string sentence, string place) =>
        Single<Attack>(sentence).Location!.Text.Should().Be(place);

    [Fact]
    public void A_meeting_takes_the_place_after_a_sentence_adverb() =>
        Single<Meeting>("Back in Washington, the secretary of state met with congressional leaders on Tuesday.").Location!.Text.Should().Be("Washington");

    [Fact]
    public void A_place_of_the_attack_clause_itself_still_comes_first() =>
        Single<Attack>("Elsewhere in Iraq, a roadside bomb killed two soldiers near Mosul on Monday.").Location!.Text.Should().Be("Mosul");
}
