using System.Diagnostics;
using EventExtract.Tagging;

namespace EventExtract.Training;

/// <summary>Wall-clock breakdown of loading the embedded tagging models (decompression vs parsing), best of several runs.</summary>
internal sealed class ProfileTaggingLoadCommand : ICommand
{
    public string Name => "profile-tagging-load";

    public string Description => "Load time of the embedded POS and entity models: raw read and full parse, best of 10 runs.";

    public int Run(string[] args)
    {
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
