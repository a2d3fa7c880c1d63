using System.Diagnostics;
using EventExtract.Tagging;

namespace EventExtract.Training;

/// <summary>Wall-clock breakdown of loading the embedded tagging models (decompression vs parsing), best of several runs.</summary>
internal sealed class ProfileTaggingLoadCommand : ICommand
{
    public string Name => "profile-tagging-load";

    public string Description => "Load time of the embedded POS and entity models: raw read and full parse, best of 10 runs (--dir DIR: the POS model file in DIR).";

    public int Run(string[] args)
    {
        if (TrainTaggingCommand.StringArg(args, "--dir") is { } dir)
        {
            // A model file not (yet) embedded: parse it from memory, best of 10.
            var bytes = File.ReadAllBytes(Path.Combine(dir, TaggingResources.PosModelFile));
            double best = double.MaxValue;
            for (int i = 0; i < 30; i++)
            {
                var sw = Stopwatch.StartNew();
                AveragedPerceptronPosTagger.Load(new MemoryStream(bytes));
                best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine($"{dir}/{TaggingResources.PosModelFile}: {bytes.Length / 1e6:F2} MB, full load {best:F1} ms (best of 30)");
            return 0;
        }
        foreach (var file in new[] { TaggingResources.PosModelFile, TaggingResources.EntityModelFile })
        {
            double inflate = double.MaxValue, load = double.MaxValue;
            long raw = 0;
            for (int i = 0; i < 10; i++)
            {
                var sw = Stopwatch.StartNew();
                using (var s = TaggingResources.Open(file))
                {
                    var ms = new MemoryStream();
                    s.CopyTo(ms);
                    raw = ms.Length;
                }
                inflate = Math.Min(inflate, sw.Elapsed.TotalMilliseconds);
                sw.Restart();
                if (file == TaggingResources.PosModelFile) AveragedPerceptronPosTagger.LoadDefault();
                else AveragedPerceptronEntityRecognizer.LoadDefault();
                load = Math.Min(load, sw.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine($"{file}: {raw / 1e6:F2} MB embedded; copying the bytes {inflate:F1} ms, full load {load:F1} ms (best of 10)");
        }
        return 0;
    }
}
