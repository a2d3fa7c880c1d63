using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Reports in Kenya said …": reports that name no author speak themselves, with their modifier; "The report said" after
/// "A report by the United Nations" keeps the author named before. Sentences invented for these tests.
/// </summary>
public class SourcelessReportsSpeakerPipelineTests
{
    private static readonly DateOnly Published = new(2024, 3, 20);

    [Fact]
    public void Reports_with_no_author_speak_themselves()
    {
        var statements = ArticleBody.Events<Statement>("Reports in Kenya said the explosives were moved by road from Tanzania.", Published);

        statements.Should().ContainSingle().Which.Speakers.Should().ContainSingle().Which.Text.Should().Be("Reports in Kenya");
    }

    [Fact]
    public void A_definite_report_keeps_the_author_named_before()
    {
        var statements = ArticleBody.Events<Statement>(
            "A report by the United Nations said the camps were overcrowded. The report said the camps were short of water.", Published);

        statements.SelectMany(e => e.Speakers).Select(a => a.Text).Should().OnlyContain(t => t.Contains("United Nations"));
    }
}
