using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "air strikes on Gaza", "missiles hit southern Ukraine": a place that is the whole object is where the attack struck;
/// "responded with air strikes" is no statement (made-up sentences, whole pipeline).
/// </summary>
public class AttackStruckPlacePipelineTests
{
    private static readonly DateOnly Published = new(2024, 1, 7);

    [Theory]
    [InlineData("Turkish air strikes on northern Iraq killed three people on Monday.", "Iraq")]
    [InlineData("Russian missiles hit Kharkiv on Monday, officials said.", "Kharkiv")]
    public void A_place_that_is_the_whole_object_is_the_location(string body, string place) =>
        ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Which.Location!.Name.Should().Be(place);

    [Fact]
    public void A_place_modifying_the_target_is_not_taken_for_a_whole_object() =>
        ArticleBody.Events<Attack>("A sniper shot and killed a Tulsa, Okla., doctor on Monday.", Published)
            .Should().ContainSingle().Which.Location?.Name.Should().Be("Tulsa");

    [Fact]
    public void Responding_with_air_strikes_is_no_statement() =>
        ArticleBody.Events<Statement>("The army responded with air strikes on Gaza on Monday.", Published).Should().BeEmpty();
}
