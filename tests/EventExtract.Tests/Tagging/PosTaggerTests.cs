using EventExtract.Tagging;
using EventExtract.Text;

namespace EventExtract.Tests.Tagging;

public class PosTaggerTests : IClassFixture<TaggingModelFixture>
{
    private readonly TaggingModelFixture _models;

    public PosTaggerTests(TaggingModelFixture models) => _models = models;

    private UniversalPos[] Tag(params string[] words) => PosTaggerTrainer.TagWords(_models.Tagger, words);

    [Fact]
    public void Embedded_models_load_quickly()
    {
        // Both models together, Debug build, cold JIT; ~0.3 s of CPU. Generous wall-clock bound so a
        // loaded CI machine does not flake; a pathological loader (seconds of work) still fails.
        _models.LoadTime.Should().BeLessThan(TimeSpan.FromSeconds(10));
        _models.Tagger.Model.FeatureCount.Should().BeGreaterThan(10_000);
    }

    [Fact]
    public void Name_verb_name_is_tagged_propn_verb_propn()
    {
        Tag("Khalilzad", "visited", "Moscow", ".").Should().Equal(UniversalPos.PROPN, UniversalPos.VERB, UniversalPos.PROPN, UniversalPos.PUNCT);
    }

    [Fact]
    public void Modal_may_is_an_auxiliary()
    {
        var tags = Tag("Beijing", "may", "soon", "seek", "closer", "ties", "with", "Kabul", ".");
        tags[1].Should().Be(UniversalPos.AUX);
        tags[3].Should().Be(UniversalPos.VERB);
        tags[5].Should().Be(UniversalPos.NOUN);
        tags[6].Should().Be(UniversalPos.ADP);
    }

    [Fact]
    public void News_sentence_gets_sensible_tags()
    {
        var tags = Tag("The", "ministry", "said", "12", "soldiers", "were", "killed", "in", "the", "attack", "on", "Tuesday", ".");
        tags.Should().Equal(
            UniversalPos.DET, UniversalPos.NOUN, UniversalPos.VERB, UniversalPos.NUM, UniversalPos.NOUN, UniversalPos.AUX,
            UniversalPos.VERB, UniversalPos.ADP, UniversalPos.DET, UniversalPos.NOUN, UniversalPos.ADP, UniversalPos.PROPN,
            UniversalPos.PUNCT);
    }

    [Fact]
    public void Curly_and_straight_clitics_are_tagged_alike()
    {
        Tag("Russia", "’s", "president")[1].Should().Be(UniversalPos.PART);
        Tag("Russia", "'s", "president")[1].Should().Be(UniversalPos.PART);
    }

    [Fact]
    public void Tags_are_written_at_the_token_table_positions_of_the_sentence()
    {
        const string text = "Hello there. Khalilzad visited Moscow.";
        var table = new TokenTable(text);
        int[] starts = [0, 6, 11, 13, 23, 31, 37];
        int[] ends = [5, 11, 12, 22, 30, 37, 38];
        for (int i = 0; i < starts.Length; i++) table.Add(starts[i], ends[i], TokenKind.Word);
        var tags = new UniversalPos[table.Count];
        _models.Tagger.Tag(table, new Sentence(new TextSpan(13, 38), 3, 4, 0), tags);
        tags[..3].Should().OnlyContain(t => t == UniversalPos.X, "tokens outside the sentence are left alone");
        tags[3..].Should().Equal(UniversalPos.PROPN, UniversalPos.VERB, UniversalPos.PROPN, UniversalPos.PUNCT);
    }

    [Fact]
    public void Odd_input_does_not_throw()
    {
        var (table, _) = TokenTables.FromWords(["x"]);
        _models.Tagger.Tag(table, new Sentence(new TextSpan(0, 0), 0, 0, 0), Span<UniversalPos>.Empty);

        var longSentence = Enumerable.Range(0, 500).Select(i => i % 7 == 0 ? "," : "word" + i).ToArray();
        Tag(longSentence).Should().HaveCount(500).And.NotContain(UniversalPos.X);

        Tag("Путин", "встретился", "с", "Си", "Цзиньпином", "в", "Пекине").Should().HaveCount(7);
        Tag("北京", "是", "中国", "的", "首都", "。").Should().HaveCount(6);
        Tag("🙂", "\u200B", "ﷺ", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢").Should().HaveCount(4);
    }
}
