using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "according to a person familiar with the talks": the unnamed source is the whole phrase, its modifier included, as
/// when it is the subject ("sources familiar with the plans said"). Sentences invented for these tests.
/// </summary>
public class AccordingToModifiedSourcePipelineTests
{
    private static readonly DateOnly Published = new(2024, 10, 10);

    [Theory]
    [InlineData("Labor Secretary Julie Su met union negotiators in Seattle on Monday, according to a person familiar with the talks.", "a person familiar with the talks")]
    [InlineData("According to officials briefed on the plan, the company will cut 10 percent of its staff.", "officials briefed on the plan")]
    public void The_source_keeps_its_modifier(string text, string source)
    {
        var statements = ArticleBody.Events<Statement>(text, Published);

        statements.Should().ContainSingle(e => e.Mentions.Any(m => m.Trigger.Text.Equals("according to", StringComparison.OrdinalIgnoreCase)))
            .Which.Speakers.Should().ContainSingle().Which.Text.Should().Be(source);
    }

    [Fact]
    public void A_named_source_is_not_extended()
    {
        var statements = ArticleBody.Events<Statement>(
            "The company will cut 10 percent of its staff, according to Reuters.", Published);

        statements.Should().ContainSingle().Which.Speakers.Should().ContainSingle().Which.Text.Should().Be("Reuters");
    }
}
