using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Some predicted that …", "and many warned that …": a quantifier standing alone as the subject of a reporting verb
/// speaks for the unnamed people it counts. Sentences invented for these tests.
/// </summary>
public class QuantifierSubjectSpeakerPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 14);

    [Theory]
    [InlineData("Some predicted that the decline would continue into the summer.", "predicted", "Some")]
    [InlineData("Prices rose again, and many warned that the bank had waited too long.", "warned", "many")]
    [InlineData("Some, including the former governor, argued that the cuts came too late.", "argued", "Some")]
    public void The_quantifier_speaks(string body, string trigger, string speaker)
    {
        var statement = ArticleBody.Events<Statement>(body, Published).Should().ContainSingle(e => e.Trigger.Text == trigger).Subject;

        statement.Speakers.Should().ContainSingle().Which.Text.Should().Be(speaker);
    }

    [Fact]
    public void A_counted_noun_phrase_keeps_its_head()
    {
        var statement = ArticleBody.Events<Statement>("Some 300 workers said they would strike.", Published).Should().ContainSingle().Subject;

        statement.Speakers.Should().ContainSingle().Which.Text.Should().Be("Some 300 workers");
    }
}
