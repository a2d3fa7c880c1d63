using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up wire sentences, read by the full pipeline: a name the recognizer did not know whose given name ends in a
/// hyphened lower-case syllable (Korean names: "Moon Jae-in") is a party with its whole name.
/// </summary>
public class HyphenedGivenNamePartyPipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 14); // a Thursday

    [Fact]
    public void A_speaker_keeps_the_syllable_after_the_hyphen()
    {
        var statement = ArticleBody.Events<Statement>("\"We agreed to end the war,\" Moon Jae-in told reporters after the talks.", Published)
            .Should().ContainSingle().Subject;

        statement.Speakers.Select(p => p.Text).Should().Equal("Moon Jae-in");
    }
}
