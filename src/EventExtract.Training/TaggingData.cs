using EventExtract.Tagging;

namespace EventExtract.Training;

/// <summary>Corpus locations and loaders for the POS tagger and the entity recognizer.</summary>
internal static class TaggingData
{
    public static string Ewt(string split) => Path.Combine(SharedPaths.Corpora, "ud-english-ewt", $"en_ewt-ud-{split}.conllu");

    public static string Gum(string split) => Path.Combine(SharedPaths.Corpora, "gum", $"en_gum-ud-{split}.conllu");

    public static string Uner(string split) => Path.Combine(SharedPaths.Corpora, "uner-english-ewt", $"en_ewt-ud-{split}.iob2");

    public static string ModelDirectory => Path.Combine(SharedPaths.RepoRoot, "src", "EventExtract", "Resources", "Tagging");

    public static List<PosSentence> Pos(string path) =>
        ConlluSentence.ReadAll(path).Select(s => new PosSentence(s.Words, s.Upos.Select(ParsePos).ToArray())).ToList();

    public static UniversalPos ParsePos(string tag) => Enum.TryParse<UniversalPos>(tag, out var p) ? p : UniversalPos.X;

    /// <summary>UniversalNER sentences as (words, BIO).</summary>
    public static List<(string[] Words, string[] Bio)> UnerBio(string split) => Iob2Corpus.ReadAll(Uner(split));

    /// <summary>GUM sentences as (words, BIO) from the entity annotation (see <see cref="GumEntities"/>).</summary>
    public static List<(string[] Words, string[] Bio)> GumBio(string split) =>
        ConlluSentence.ReadAll(Gum(split)).Select(s => (s.Words, GumEntities.ToBio(s))).ToList();

    /// <summary>Entity sentences with POS tags predicted by <paramref name="tagger"/> (as at run time).</summary>
    public static List<EntitySentence> WithPredictedPos(IEnumerable<(string[] Words, string[] Bio)> data, AveragedPerceptronPosTagger tagger) =>
        data.Select(d => new EntitySentence(d.Words, PosTaggerTrainer.TagWords(tagger, d.Words), EntityRecognizerTrainer.BilouFromBio(d.Bio))).ToList();
}
