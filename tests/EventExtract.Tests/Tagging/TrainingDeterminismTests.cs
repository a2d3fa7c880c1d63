using EventExtract.Tagging;

namespace EventExtract.Tests.Tagging;

public class TrainingDeterminismTests
{
    private static readonly PosSentence[] PosCorpus =
    [
        new(["Khalilzad", "visited", "Moscow", "."], [UniversalPos.PROPN, UniversalPos.VERB, UniversalPos.PROPN, UniversalPos.PUNCT]),
        new(["The", "talks", "may", "resume", "."], [UniversalPos.DET, UniversalPos.NOUN, UniversalPos.AUX, UniversalPos.VERB, UniversalPos.PUNCT]),
        new(["Officials", "met", "in", "Doha", "."], [UniversalPos.NOUN, UniversalPos.VERB, UniversalPos.ADP, UniversalPos.PROPN, UniversalPos.PUNCT]),
        new(["He", "said", "it", "was", "over", "."], [UniversalPos.PRON, UniversalPos.VERB, UniversalPos.PRON, UniversalPos.AUX, UniversalPos.ADJ, UniversalPos.PUNCT]),
    ];

    private static readonly PerceptronTrainingOptions Options = new() { Epochs = 5, DictionaryMinCount = 2, Prune = 0 };

    private static byte[] Bytes(Action<Stream> save)
    {
        using var ms = new MemoryStream();
        save(ms);
        return ms.ToArray();
    }

    [Fact]
    public void Pos_training_twice_gives_identical_weights_and_bytes()
    {
        var a = PosTaggerTrainer.Train(PosCorpus, Options);
        var b = PosTaggerTrainer.Train(PosCorpus, Options);
        a.Model.Enumerate().Should().Equal(b.Model.Enumerate());
        a.Model.WeightCount.Should().BeGreaterThan(0);
        Bytes(a.Save).Should().Equal(Bytes(b.Save));
    }

    [Fact]
    public void Pos_model_round_trips_through_its_file_format()
    {
        var a = PosTaggerTrainer.Train(PosCorpus, Options);
        var b = AveragedPerceptronPosTagger.Load(new MemoryStream(Bytes(a.Save)));
        b.Model.Enumerate().Should().Equal(a.Model.Enumerate());
        PosTaggerTrainer.TagWords(b, ["Khalilzad", "visited", "Moscow", "."]).Should().Equal(PosCorpus[0].Tags);
    }

    [Fact]
    public void Tag_dictionary_matches_exact_strings_only()
    {
        var dict = PosTaggerTrainer.BuildTagDictionary(PosCorpus.Concat(PosCorpus).ToList(), Options);
        dict.TryGetValue("Moscow".AsSpan(), out var tag).Should().BeTrue();
        tag.Should().Be(UniversalPos.PROPN);
        dict.TryGetValue("moscow".AsSpan(), out _).Should().BeFalse();
        dict.TryGetValue("Moscow.".AsSpan(), out _).Should().BeFalse();
        dict.TryGetValue("".AsSpan(), out _).Should().BeFalse();
    }

    [Fact]
    public void Entity_training_twice_gives_identical_weights_and_bytes()
    {
        var data = new[]
        {
            new EntitySentence(["Zalmay", "Khalilzad", "visited", "Moscow", "."], [UniversalPos.PROPN, UniversalPos.PROPN, UniversalPos.VERB, UniversalPos.PROPN, UniversalPos.PUNCT],
                EntityRecognizerTrainer.BilouFromBio(["B-PER", "I-PER", "O", "B-LOC", "O"])),
            new EntitySentence(["NATO", "said", "so", "."], [UniversalPos.PROPN, UniversalPos.VERB, UniversalPos.ADV, UniversalPos.PUNCT],
                EntityRecognizerTrainer.BilouFromBio(["B-ORG", "O", "O", "O"])),
        };
        var a = EntityRecognizerTrainer.Train(data, Options);
        var b = EntityRecognizerTrainer.Train(data, Options);
        a.Model.Enumerate().Should().Equal(b.Model.Enumerate());
        Bytes(a.Save).Should().Equal(Bytes(b.Save));
    }

    [Fact]
    public void Bio_tags_become_well_formed_bilou_labels()
    {
        var labels = EntityRecognizerTrainer.BilouFromBio(["B-PER", "I-PER", "I-PER", "O", "B-LOC", "I-ORG", "B-MISC"]);
        labels.Select(l => EntityLabels.Name(l)).Should().Equal("B-PER", "I-PER", "L-PER", "O", "U-LOC", "U-ORG", "O");
    }
}
