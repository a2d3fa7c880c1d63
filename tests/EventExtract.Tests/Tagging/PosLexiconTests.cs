using EventExtract.Tagging;

namespace EventExtract.Tests.Tagging;

public class PosLexiconTests
{
    private static readonly PosSentence[] Corpus =
    [
        new(["The", "talks", "may", "resume", "."], [UniversalPos.DET, UniversalPos.NOUN, UniversalPos.AUX, UniversalPos.VERB, UniversalPos.PUNCT]),
        new(["He", "talks", "to", "them", "."], [UniversalPos.PRON, UniversalPos.VERB, UniversalPos.ADP, UniversalPos.PRON, UniversalPos.PUNCT]),
        new(["The", "envoy", "may", "leave", "."], [UniversalPos.DET, UniversalPos.NOUN, UniversalPos.AUX, UniversalPos.VERB, UniversalPos.PUNCT]),
        new(["She", "talks", "to", "him", "."], [UniversalPos.PRON, UniversalPos.VERB, UniversalPos.ADP, UniversalPos.PRON, UniversalPos.PUNCT]),
    ];

    private static byte[] Bytes(AveragedPerceptronPosTagger t)
    {
        using var ms = new MemoryStream();
        t.Save(ms);
        return ms.ToArray();
    }

    [Fact]
    public void Ambiguity_class_holds_every_tag_a_word_took()
    {
        var lexicon = PosLexicon.Build(Corpus, null, ambiguity: true);
        lexicon.TryGetValue("talks".AsSpan(), out uint talks).Should().BeTrue();
        (talks & PosLexicon.AmbiguityMask).Should().Be((1u << (int)UniversalPos.NOUN) | (1u << (int)UniversalPos.VERB));
        lexicon.TryGetValue("the".AsSpan(), out uint the).Should().BeTrue("keys are lowercased");
        (the & PosLexicon.AmbiguityMask).Should().Be(1u << (int)UniversalPos.DET);
    }

    [Fact]
    public void Word_clusters_are_deterministic_and_group_words_of_like_contexts()
    {
        var words = Corpus.Select(s => s.Words).ToList();
        var a = WordClusters.Build(words, k: 3, minCount: 1);
        var b = WordClusters.Build(words, k: 3, minCount: 1);
        a.Should().Equal(b);
        a["he"].Should().Be(a["she"], "both stand at the sentence start before 'talks to'");
    }

    [Fact]
    public void Tagger_with_a_lexicon_round_trips_through_its_file_format()
    {
        var options = new PerceptronTrainingOptions
        {
            Epochs = 4, DictionaryMinCount = 100, Prune = 0, Ambiguity = true, LexiconFolds = 2,
            Clusters = WordClusters.Build(Corpus.Select(s => s.Words), k: 3),
        };
        var a = PosTaggerTrainer.Train(Corpus, options);
        a.Lexicon.Should().NotBeNull();
        var bytes = Bytes(a);
        Bytes(PosTaggerTrainer.Train(Corpus, options)).Should().Equal(bytes, "training is deterministic");
        var b = AveragedPerceptronPosTagger.Load(new MemoryStream(bytes));
        foreach (var e in a.Lexicon!.Entries)
        {
            b.Lexicon!.TryGetValue(e.Key.AsSpan(), out uint v).Should().BeTrue();
            v.Should().Be(e.Value);
        }
        string[] sentence = ["She", "talks", "to", "them", "."];
        PosTaggerTrainer.TagWords(b, sentence).Should().Equal(PosTaggerTrainer.TagWords(a, sentence));
        Bytes(b).Should().Equal(bytes);
    }
}
