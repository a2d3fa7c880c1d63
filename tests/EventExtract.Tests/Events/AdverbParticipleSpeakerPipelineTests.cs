using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "…, one highly placed source said": an unnamed subject with an -ly adverb and a participle before its head speaks,
/// not a name in what was said. Sentences invented for these tests.
/// </summary>
public class AdverbParticipleSpeakerPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("The plan was meant to force Harlan Reed out of office, one highly placed source said.", "one highly placed source")]
    [InlineData("The factory in Ohio will close next year, a newly appointed manager said.", "a newly appointed manager")]
    public void The_unnamed_subject_speaks_not_a_name_in_the_content(string sentence, string speaker)
    {
        var statement = ArticleBody.Events<Statement>(sentence, Published).Should().ContainSingle().Subject;

        statement.Speakers.Should().ContainSingle().Which.Text.Should().Be(speaker);
    }
}
