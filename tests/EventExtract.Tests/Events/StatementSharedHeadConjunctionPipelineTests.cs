using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "White House and Republican sources said": a name coordinated with a capitalized modifier of a plural head shares
/// that head, so the phrase names one party, not the institution and the sources apart. Sentences invented for these tests.
/// </summary>
public class StatementSharedHeadConjunctionPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void A_name_and_a_modified_plural_head_are_one_speaker()
    {
        var statement = ArticleBody.Events<Statement>(
            "Kremlin and Belarusian sources said on Monday that the summit would go ahead.", Published)
            .Should().ContainSingle(s => s.Mentions.Any(m => m.Trigger.Text == "said")).Subject;

        statement.Speakers.Select(s => s.Text).Should().Equal("Kremlin and Belarusian sources");
    }

    [Fact]
    public void A_name_and_an_unmodified_plural_phrase_stay_two_speakers()
    {
        var statement = ArticleBody.Events<Statement>(
            "The Red Cross and hospital officials said 14 people had been treated.", Published)
            .Should().ContainSingle(s => s.Mentions.Any(m => m.Trigger.Text == "said")).Subject;

        statement.Speakers.Should().HaveCount(2);
    }
}
