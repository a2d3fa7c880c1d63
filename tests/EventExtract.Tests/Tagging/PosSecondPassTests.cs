using EventExtract.Tagging;

namespace EventExtract.Tests.Tagging;

/// <summary>
/// The POS tagger's second pass, which re-tags a token seeing the first pass's tags of the next two tokens. A synthetic
/// corpus makes the tag of "zork" depend only on the tag of the word two to its right, a word the tagger has never seen
/// (so only its suffix tells its tag): the first pass cannot see that, the second must.
/// </summary>
public class PosSecondPassTests
{
    private static readonly string[] Stems = ["blar", "crim", "dwel", "fask", "glon", "hurt", "jisp", "klom", "lunt", "mirb", "nast", "plov",
        "quer", "rask", "swen", "trob", "vung", "wilp", "yarn", "zemb", "brop", "clat", "drim", "frol"];

    private static PosSentence Sentence(string stem, bool noun) => noun
        ? new(["zork", "the", stem + "ness", "."], [UniversalPos.NOUN, UniversalPos.DET, UniversalPos.NOUN, UniversalPos.PUNCT])
        : new(["zork", "the", stem + "ly", "."], [UniversalPos.ADJ, UniversalPos.DET, UniversalPos.ADV, UniversalPos.PUNCT]);

    private static readonly PerceptronTrainingOptions Options = new() { Epochs = 10, DictionaryMinCount = 1000, VocabularyMinCount = 2, Prune = 0 };

    private static (AveragedPerceptronPosTagger First, AveragedPerceptronPosTagger Both) Train()
    {
        var data = Stems.SelectMany(s => new[] { Sentence(s, true), Sentence(s, false) }).ToList();
        var first = PosTaggerTrainer.Train(data, Options);
        var right = data.Select(s => PosTaggerTrainer.TagWords(first, s.Words)).ToList();
        return (first, PosTaggerTrainer.TrainSecondPass(data, right, first, Options));
    }

    private static byte[] Bytes(AveragedPerceptronPosTagger tagger)
    {
        using var ms = new MemoryStream();
        tagger.Save(ms);
        return ms.ToArray();
    }

    [Fact]
    public void Second_pass_uses_the_first_pass_tags_of_the_right_context()
    {
        var (first, both) = Train();
        string[] noun = ["zork", "the", "gabbness", "."], adj = ["zork", "the", "gabbly", "."];
        // Unseen words: the first pass sees no difference at "zork" and tags it alike both times.
        PosTaggerTrainer.TagWords(first, noun)[0].Should().Be(PosTaggerTrainer.TagWords(first, adj)[0]);
        PosTaggerTrainer.TagWords(first, noun)[2].Should().Be(UniversalPos.NOUN, "the first pass tags the unseen word from its suffix");
        PosTaggerTrainer.TagWords(both, noun).Should().Equal(UniversalPos.NOUN, UniversalPos.DET, UniversalPos.NOUN, UniversalPos.PUNCT);
        PosTaggerTrainer.TagWords(both, adj).Should().Equal(UniversalPos.ADJ, UniversalPos.DET, UniversalPos.ADV, UniversalPos.PUNCT);
    }

    [Fact]
    public void Margin_zero_re_tags_nothing_and_gives_the_first_pass_tags()
    {
        var (first, both) = Train();
        var none = both.WithSecondPass(both.SecondModel, 0f);
        foreach (var words in new[] { new[] { "zork", "the", "gabbness", "." }, ["zork", "the", "gabbly", "."], ["the", "zork", "blarness"] })
            PosTaggerTrainer.TagWords(none, words).Should().Equal(PosTaggerTrainer.TagWords(first, words));
    }

    [Fact]
    public void Two_pass_model_trains_deterministically_and_round_trips_through_its_file()
    {
        var (_, a) = Train();
        var (_, b) = Train();
        a = a.WithSecondPass(a.SecondModel, 7.5f);
        b = b.WithSecondPass(b.SecondModel, 7.5f);
        Bytes(a).Should().Equal(Bytes(b));
        var loaded = AveragedPerceptronPosTagger.Load(new MemoryStream(Bytes(a)));
        loaded.SecondModel.Should().NotBeNull();
        loaded.SecondModel!.Enumerate().Should().Equal(a.SecondModel!.Enumerate());
        loaded.RescoreMargin.Should().Be(7.5f);
        PosTaggerTrainer.TagWords(loaded, ["zork", "the", "gabbly", "."]).Should().Equal(PosTaggerTrainer.TagWords(a, ["zork", "the", "gabbly", "."]));
    }
}
