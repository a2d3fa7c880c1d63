using EventExtract.Events;
using EventExtract.Places;

namespace EventExtract.Tests.Events;

/// <summary>"a statement from the Kremlin": a seat of government that sends a message speaks for its state (made-up sentences, whole pipeline).</summary>
public class StatementSeatOfGovernmentSourcePipelineTests
{
    private static readonly DateOnly Published = new(2023, 6, 9);

    [Fact]
    public void A_statement_from_the_Kremlin_has_Russia_as_speaker()
    {
        var statement = ArticleBody.Events<Statement>("According to a statement from the Kremlin, the talks will resume next week.", Published)
            .Should().ContainSingle().Subject;
        statement.Speakers.Should().ContainSingle().Which.CountryCode.Should().Be("RU");
        statement.Location.Should().BeNull();
    }

    [Fact]
    public void A_delegation_from_the_Kremlin_is_still_a_place_cue() =>
        ArticleBody.Events<Statement>("Officials arriving from the Kremlin said the talks will resume next week.", Published)
            .Should().ContainSingle().Which.Speakers.Should().NotContain(a => a.Text == "Kremlin");
}
