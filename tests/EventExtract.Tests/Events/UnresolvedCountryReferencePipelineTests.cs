using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "the eight countries" or "both governments" with no country named before it still says who spoke: the speaker is
/// the reference in its own words, not nobody. Sentences invented for these tests.
/// </summary>
public class UnresolvedCountryReferencePipelineTests
{
    private static readonly DateOnly Published = new(2023, 8, 9);

    [Theory]
    [InlineData("In a joint declaration, the eight countries pledged to fight illegal logging.", "the eight countries")]
    [InlineData("Both governments said the talks would continue in November.", "Both governments")]
    public void A_country_reference_with_no_country_before_it_is_the_speaker_in_its_own_words(string body, string speaker)
    {
        var statement = ArticleBody.Events<Statement>(body, Published).Should().ContainSingle().Subject;

        statement.Speakers.Should().ContainSingle().Which.Text.Should().Be(speaker);
    }
}
