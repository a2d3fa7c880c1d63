using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "The attackers stormed the village, said police spokesman Yazid Abubakar": after a clause closed by a comma, the
/// phrase after the reporting verb is its inverted subject; the parties of the clause are what was said about.
/// Sentences invented for these tests.
/// </summary>
public class InvertedSpeakerAfterClausePipelineTests
{
    private static readonly DateOnly Published = new(2025, 3, 3);

    [Theory]
    [InlineData("The attackers stormed the village at dawn and opened fire on residents, said police spokesman Yazid Abubakar.", "Yazid Abubakar")]
    [InlineData("Troops repelled the assault on the base, said army spokesman Onyema Nwachukwu.", "Onyema Nwachukwu")]
    [InlineData("The rebels shelled the town for hours, said the regional governor.", "the regional governor")]
    public void The_phrase_after_the_verb_speaks_not_the_subject_of_the_clause(string sentence, string speaker)
    {
        var statement = ArticleBody.Events<Statement>(sentence, Published).Should().ContainSingle().Subject;

        statement.Speakers.Should().ContainSingle().Which.Text.Should().Be(speaker);
    }

    [Fact]
    public void A_subject_set_off_by_an_aside_still_speaks()
    {
        var statement = ArticleBody.Events<Statement>(
            "Mrs. Ellen Hart, who runs the shelter with her husband, said Thursday that the talks had failed.", Published).Should().ContainSingle().Subject;

        statement.Speakers.Should().ContainSingle().Which.Text.Should().Be("Ellen Hart");
    }
}
