using EventExtract.Tagging;
using EventExtract.Text;

namespace EventExtract.Tests.Tagging;

public class WordPartialSumsTests : IClassFixture<TaggingModelFixture>
{
    private readonly TaggingModelFixture _models;

    public WordPartialSumsTests(TaggingModelFixture models) => _models = models;

    [Theory]
    [InlineData("police", 0)]
    [InlineData("police-run", 0)]
    [InlineData("1990s", 0)]
    [InlineData("don\u2019t", 0)] // the curly apostrophe normalizes to the straight one: still its own lowercase
    [InlineData("Police", 1)]
    [InlineData("\u00C9cole", 1)]
    [InlineData("POLICE", -1)]
    [InlineData("pOlice", -1)]
    [InlineData("McCain", -1)]
    [InlineData("\u212Aelvin", -1)] // the Kelvin sign lowercases to 'k' but is not the uppercase of 'k'
    public void The_form_says_whether_the_word_is_its_lowercase_or_that_capitalized(string word, int form)
    {
        TokenInfo.Compute(word).Form.Should().Be((sbyte)form);
    }

    [Fact]
    public void Rows_are_apart_per_word_and_form_and_none_for_unknown_words_or_other_forms()
    {
        WordPartialSums.RowOf(0, 0).Should().Be(0);
        WordPartialSums.RowOf(5, -1).Should().Be(0);
        new[] { WordPartialSums.RowOf(1, 0), WordPartialSums.RowOf(1, 1), WordPartialSums.RowOf(2, 0), WordPartialSums.RowOf(2, 1) }.Should().Equal(1, 2, 3, 4);
    }

    // Invented text: common words in both forms, names, an all-caps word, unknown words and a curly apostrophe.
    private const string Text =
        "Police said the protest in Lisbon was peaceful. The police did not say how many people came.\n\n" +
        "FIRE crews from Porto worked through the night, officials said.\n\n" +
        "Mayor Ana Duarte didn\u2019t attend; Zorbulan Kitrex of Vantaro Holdings spoke instead.";

    [Fact]
    public void Tags_and_names_are_the_same_with_and_without_the_word_partial_sums()
    {
        var doc = EventExtractor.Create().Analyze(Text);
        // A fresh tagger and recognizer: the first sentence sums rows, later ones reuse them.
        var pos = AveragedPerceptronPosTagger.LoadDefault();
        var ner = AveragedPerceptronEntityRecognizer.LoadDefault();
        for (int round = 0; round < 2; round++)
        {
            var (tags, names) = Run(doc, pos, ner, rows: true);
            var (plainTags, plainNames) = Run(doc, pos, ner, rows: false);
            tags.Should().Equal(plainTags);
            names.Should().Equal(plainNames);
            names.Should().Contain(n => doc.Tokens.Text.Substring(n.Span.Start, n.Span.Length) == "Lisbon");
        }
    }

    [Fact]
    public void Threads_that_sum_the_same_rows_at_once_tag_alike()
    {
        var doc = EventExtractor.Create().Analyze(Text);
        var (expectedTags, expectedNames) = Run(doc, _models.Tagger, _models.Recognizer, rows: false);
        for (int attempt = 0; attempt < 3; attempt++)
        {
            var both = new PosAndEntityTagger(AveragedPerceptronPosTagger.LoadDefault(), AveragedPerceptronEntityRecognizer.LoadDefault());
            var results = new (UniversalPos[] Tags, List<EntitySpan> Names)[8];
            Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, k =>
            {
                var tags = new UniversalPos[doc.Tokens.Count];
                var names = new List<EntitySpan>();
                foreach (var s in doc.Sentences) both.Run(doc.Tokens, s, tags, names);
                results[k] = (tags, names);
            });
            foreach (var (tags, names) in results)
            {
                tags.Should().Equal(expectedTags);
                names.Should().Equal(expectedNames);
            }
        }
    }

    /// <summary>The joint tagger's steps, with the tokens' word rows left out when <paramref name="rows"/> is false (every feature scored).</summary>
    private static (UniversalPos[] Tags, List<EntitySpan> Names) Run(AnalyzedDocument doc, AveragedPerceptronPosTagger pos, AveragedPerceptronEntityRecognizer ner, bool rows)
    {
        var tags = new UniversalPos[doc.Tokens.Count];
        var names = new List<EntitySpan>();
        int withRows = 0;
        foreach (var s in doc.Sentences)
        {
            int n = s.TokenCount;
            var infos = new TokenInfo[n];
            var exact = new uint[n];
            var posEntries = new int[n];
            var nerEntries = new int[n];
            TokenInfo.ComputeSentence(doc.Tokens, s, pos.Words, infos, exact, posEntries, ner.Words, nerEntries);
            if (rows) AveragedPerceptronPosTagger.SetWordRows(infos, posEntries);
            pos.Tag(doc.Tokens, s, tags, infos, exact);
            for (int i = 0; i < n; i++)
            {
                ner.SetLexicon(ref infos[i], doc.Tokens.GetChars(s.FirstToken + i), exact[i], nerEntries[i]);
                if (!rows) infos[i].EntityWordRow = 0;
            }
            withRows += infos.Count(t => t.PosWordRow != 0 || t.EntityWordRow != 0);
            ner.Recognize(doc.Tokens, s, tags, names, infos);
        }
        if (rows) withRows.Should().BeGreaterThan(10, "most words of the text are vocabulary words");
        else withRows.Should().Be(0);
        return (tags, names);
    }
}
