namespace EventExtract.Tagging;

/// <summary>Settings of a perceptron training run.</summary>
internal sealed record PerceptronTrainingOptions
{
    /// <summary>Passes over the training data.</summary>
    public int Epochs { get; init; } = 8;

    /// <summary>
    /// Margin update (entity recognizer only): a right guess whose score beats the best other allowed label by less
    /// than this is updated as if that label had won. 0 = plain perceptron.
    /// </summary>
    public float Margin { get; init; }

    /// <summary>
    /// Entity recognizer: independent runs over the data, each in its own shuffled order, whose averaged weights are
    /// averaged into one model (1 = a single run).
    /// </summary>
    public int Runs { get; init; } = 1;

    /// <summary>Seed of the per-epoch shuffle.</summary>
    public ulong Seed { get; init; } = 20191029;

    /// <summary>Averaged weights below this magnitude are dropped from the shipped model.</summary>
    public float Prune { get; init; } = 0.001f;

    /// <summary>Words (lowercased) seen at least this often are "frequent": no affix features for them.</summary>
    public int VocabularyMinCount { get; init; } = 5;

    /// <summary>POS: distributional word clusters (lowercased word → id) for the tagger's lexicon, or null.</summary>
    public IReadOnlyDictionary<string, int>? Clusters { get; init; }

    /// <summary>POS: ambiguity-class features (the tags a word took in training, jackknifed over <see cref="LexiconFolds"/> in training).</summary>
    public bool Ambiguity { get; init; }

    /// <summary>POS: folds of the jackknifed ambiguity classes seen in training.</summary>
    public int LexiconFolds { get; init; } = 4;

    /// <summary>Tag dictionary: minimum count of a word.</summary>
    public int DictionaryMinCount { get; init; } = 20;

    /// <summary>Tag dictionary: minimum share of the word's most frequent tag.</summary>
    public double DictionaryMinShare { get; init; } = 0.995;
}
