using EventExtract.Tagging;
using EventExtract.Text;

namespace EventExtract.Tests.Tagging;

public class PosAndEntityTaggerTests : IClassFixture<TaggingModelFixture>
{
    private readonly TaggingModelFixture _models;

    public PosAndEntityTaggerTests(TaggingModelFixture models) => _models = models;

    private static AnalyzedDocument Article()
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "warsaw-institute-2019-10-29.txt"));
        return EventExtractor.Create().Analyze(text + "\n\nShe moved from florida to chicago with her friend joe smith of acme corp in 2019.");
    }

    [Fact]
    public void Tags_and_names_equal_those_of_the_tagger_then_the_recognizer()
    {
        var doc = Article();
        var tags = new UniversalPos[doc.Tokens.Count];
        var names = new List<EntitySpan>();
        foreach (var s in doc.Sentences) _models.Tagger.Tag(doc.Tokens, s, tags);
        foreach (var s in doc.Sentences) _models.Recognizer.Recognize(doc.Tokens, s, tags, names);

        var both = new PosAndEntityTagger(_models.Tagger, _models.Recognizer);
        var jointTags = new UniversalPos[doc.Tokens.Count];
        var jointNames = new List<EntitySpan>();
        foreach (var s in doc.Sentences) both.Run(doc.Tokens, s, jointTags, jointNames);

        jointTags.Should().Equal(tags);
        jointNames.Should().Equal(names);
        names.Should().NotBeEmpty();
    }

    [Fact]
    public void Labelling_plainly_outside_tokens_unscored_finds_the_names_that_scoring_every_token_finds()
    {
        var doc = Article();
        var fast = new List<EntitySpan>();
        var full = new List<EntitySpan>();
        var everyToken = _models.Recognizer.WithEveryTokenScored();
        foreach (var s in doc.Sentences)
        {
            _models.Recognizer.Recognize(doc.Tokens, s, doc.Pos.Span, fast);
            everyToken.Recognize(doc.Tokens, s, doc.Pos.Span, full);
        }
        fast.Should().Equal(full);
        fast.Should().HaveCountGreaterThan(10);
    }
}
