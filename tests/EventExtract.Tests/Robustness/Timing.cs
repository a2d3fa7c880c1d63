using System.Diagnostics;

namespace EventExtract.Tests.Robustness;

/// <summary>Wall-clock timing for the growth-ratio tests (which compare runs of one process, never absolute times).</summary>
internal static class Timing
{
    /// <summary>Runs <paramref name="action"/> once untimed (JIT, caches), then returns its fastest of <paramref name="runs"/> runs in seconds.</summary>
    public static double BestOf(Action action, int runs = 3)
    {
        action();
        double best = double.MaxValue;
        for (int i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            action();
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }
        return best;
    }
}
