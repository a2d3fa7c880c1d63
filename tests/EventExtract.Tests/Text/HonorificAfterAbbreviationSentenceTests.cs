using EventExtract.Text;

namespace EventExtract.Tests.Text;

/// <summary>
/// '"…," said Maria Lopez, an analyst with Lehman Brothers Inc. Ms. Lopez said …': an honorific after a company
/// abbreviation opens a new sentence; a title after "U.S." ("U.S. Sen. Ted Cruz") does not.
/// </summary>
public class HonorificAfterAbbreviationSentenceTests
{
    private static string[] Sentences(string text)
    {
        var table = new TokenTable(text);
        RuleTokenizer.Instance.Tokenize(new TextSpan(0, text.Length), table);
        var sentences = new List<Sentence>();
        RuleSentenceSplitter.Instance.Split(table, 0, table.Count, 0, sentences);
        return sentences.Select(s => s.Span.GetText(text)).ToArray();
    }

    [Fact]
    public void An_honorific_after_Inc_starts_a_sentence() =>
        Sentences("\"The numbers were good,\" said Maria Lopez, an analyst with Lehman Brothers Inc. Ms. Lopez said the trend would continue.")
            .Should().Equal("\"The numbers were good,\" said Maria Lopez, an analyst with Lehman Brothers Inc.", "Ms. Lopez said the trend would continue.");

    [Theory]
    [InlineData("The bill was opposed by U.S. Sen. Ted Cruz and two other senators.")]
    [InlineData("The letter was signed by U.S. Rep. Ilhan Omar.")]
    public void A_title_after_US_continues_the_sentence(string text) => Sentences(text).Should().Equal(text);
}
