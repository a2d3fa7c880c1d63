namespace EventExtract.Tests.Robustness;

/// <summary>
/// A text whose first word is a reporting verb ("Said the minister: …"): the subject search that steps left past a time
/// phrase before the verb must stop at the start of the text, not read before it (it threw IndexOutOfRangeException).
/// </summary>
public class TextOpeningVerbTests
{
    private static readonly EventExtractor Extractor = EventExtractor.Create();

    [Theory]
    [InlineData("Said the minister: the talks have failed.")]
    [InlineData("Rejected the offer on Thursday, the union said.")]
    [InlineData("said")]
    public void A_text_opening_with_a_reporting_verb_does_not_crash(string text)
    {
        var result = Extractor.Extract(text);
        ResultInvariants.Check(text, result);
    }
}
