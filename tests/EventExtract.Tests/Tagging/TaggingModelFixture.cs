using EventExtract.Tagging;

namespace EventExtract.Tests.Tagging;

/// <summary>Loads the embedded models once for all tagging tests.</summary>
public sealed class TaggingModelFixture
{
    public TaggingModelFixture()
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        Tagger = AveragedPerceptronPosTagger.LoadDefault();
        Recognizer = AveragedPerceptronEntityRecognizer.LoadDefault();
        LoadTime = sw.Elapsed;
    }

    public AveragedPerceptronPosTagger Tagger { get; }

    public AveragedPerceptronEntityRecognizer Recognizer { get; }

    public TimeSpan LoadTime { get; }
}
