using EventExtract.Events;
using EventExtract.Events.Triggers;

namespace EventExtract.Tests.Events.Triggers;

/// <summary>The embedded classifier judging lexicon candidates in invented sentences.</summary>
public class TriggerClassifierTests
{
    private static readonly LexiconTriggerDetector Detector = new();

    private static List<string> Describe(string text) => TriggerTestText.Describe(Detector, text);

    [Fact]
    public void The_library_ships_a_trained_model()
    {
        Detector.HasClassifier.Should().BeTrue();
        var model = LinearTriggerClassifier.LoadEmbedded()!;
        model.StoredFeatures.Should().BeGreaterThan(100);
        model.Threshold.Should().BeInRange(0.05f, 0.95f);
    }

    [Theory]
    [InlineData("The attack killed three soldiers near the border.", "Attack:attack")]
    [InlineData("Gunmen opened fire on a bus in the capital on Sunday.", "Attack:opened fire")]
    [InlineData("A suicide bombing hit the market, officials said.", "Attack:suicide bombing")]
    [InlineData("The two foreign ministers held talks in Geneva on Tuesday.", "Meeting:held talks")]
    [InlineData("The ministry said in a statement that the border would reopen.", "Statement:said")]
    [InlineData("The president urged both sides to show restraint.", "Statement:urged")]
    public void Finds_event_triggers_in_news_sentences(string text, string expected)
    {
        Describe(text).Should().Contain(expected);
    }

    [Theory]
    [InlineData("The senator suffered a heart attack last year.")]
    [InlineData("The opposition leader launched a verbal attack on the budget.")]
    [InlineData("The company met the target for the third quarter.")]
    [InlineData("New plants will be needed to meet the demand for power.")]
    [InlineData("The merger was a meeting of minds between the two founders.")]
    [InlineData("The firms hope to strike a deal before the deadline.")]
    [InlineData("Please find attached the statement of accounts for March.")]
    public void Ignores_non_event_uses_of_trigger_words(string text)
    {
        Describe(text).Should().BeEmpty();
    }

    [Fact]
    public void Model_survives_a_write_read_round_trip()
    {
        var model = LinearTriggerClassifier.LoadEmbedded()!;
        using var buffer = new MemoryStream();
        model.Write(buffer);
        buffer.Position = 0;
        var copy = LinearTriggerClassifier.Read(buffer);
        copy.Threshold.Should().Be(model.Threshold);
        copy.Shrinkage.Should().Be(model.Shrinkage);
        var entry = TriggerLexicon.LoadEmbedded().Entries.First(e => e.Label == TriggerLabel.Attack);
        int[] features = { 1, 17, 300, 4096, 65000 };
        var a = new float[LinearTriggerClassifier.ClassCount];
        var b = new float[LinearTriggerClassifier.ClassCount];
        model.Predict(features, entry, a);
        copy.Predict(features, entry, b);
        b.Should().Equal(a);
        a.Sum().Should().BeApproximately(1f, 1e-4f);
    }
}
