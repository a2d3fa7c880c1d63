using EventExtract.Tagging;

namespace EventExtract.Training;

/// <summary>The tagging models a scoring command uses: the embedded ones, or with <c>--dir DIR</c> the files in DIR.</summary>
internal static class TaggingModelFiles
{
    public static AveragedPerceptronPosTagger LoadPos(string[] args)
    {
        string? dir = TrainTaggingCommand.StringArg(args, "--dir");
        if (dir is null) return AveragedPerceptronPosTagger.LoadDefault();
        using var f = File.OpenRead(Path.Combine(dir, TaggingResources.PosModelFile));
        return AveragedPerceptronPosTagger.Load(f);
    }

    public static AveragedPerceptronEntityRecognizer LoadNer(string[] args)
    {
        string? dir = TrainTaggingCommand.StringArg(args, "--dir");
        if (dir is null) return AveragedPerceptronEntityRecognizer.LoadDefault();
        using var f = File.OpenRead(Path.Combine(dir, TaggingResources.EntityModelFile));
        return AveragedPerceptronEntityRecognizer.Load(f);
    }
}
