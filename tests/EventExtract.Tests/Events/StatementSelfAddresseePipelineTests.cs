using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Norway and Chile urged both sides to …": one does not speak to oneself, so a reference that resolves to the speakers
/// themselves is no addressee. Sentences invented for these tests.
/// </summary>
public class StatementSelfAddresseePipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void A_reference_resolved_to_the_speakers_is_no_addressee()
    {
        var statement = ArticleBody.Events<Statement>(
            "Norway and Chile urged both sides to show restraint.", Published)
            .Should().ContainSingle(s => s.Mentions.Any(m => m.Trigger.Text == "urged")).Subject;

        statement.Speakers.Select(s => s.Text).Should().Equal("Norway", "Chile");
        statement.Addressees.Should().BeEmpty();
    }
}
