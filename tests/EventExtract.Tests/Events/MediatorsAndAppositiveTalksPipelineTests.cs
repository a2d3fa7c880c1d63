using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// References and appositives around talks: "the two mediators" after "brokered by X and Y", a described appositive
/// after a meeting noun, "the army" after "Army chief X" (made-up sentences, whole pipeline).
/// </summary>
public class MediatorsAndAppositiveTalksPipelineTests
{
    [Fact]
    public void The_two_mediators_are_the_parties_the_talks_were_brokered_by() =>
        ArticleBody.Events<Statement>(
            "Envoys of the army and the rebel Northern Front began talks in Geneva on Saturday.\n\nThe talks, brokered by Norway and Switzerland, aim to secure a ceasefire, the two mediators said in a joint statement.",
            new DateOnly(2023, 5, 6))
            .Should().ContainSingle().Which.Speakers.Select(a => a.CountryCode).Should().BeEquivalentTo(new[] { "NO", "CH" });

    [Fact]
    public void A_described_appositive_after_talks_is_the_same_meeting_with_its_date() =>
        ArticleBody.Events<Meeting>(
            "Envoys of the army and the rebel Northern Front began talks in the Swiss city of Geneva on Saturday, the first direct negotiations since fighting erupted in March.",
            new DateOnly(2023, 5, 6))
            .Should().ContainSingle().Which.Date!.Value.Should().Be("2023-05-06");

    [Fact]
    public void The_army_speaking_is_not_the_person_titled_army_chief() =>
        ArticleBody.Events<Statement>(
            "Army chief Abdel Karim al-Haddad held a phone call with the Egyptian president on Friday, the army said.",
            new DateOnly(2023, 5, 6))
            .Should().ContainSingle().Which.Speakers.Should().ContainSingle().Which.Text.Should().Be("the army");
}
