using System.Diagnostics;
using System.Runtime.InteropServices;

namespace EventExtract.Tests.Robustness;

/// <summary>
/// Timing for the growth-ratio tests (which compare runs of one process, never absolute times). On Linux and macOS it
/// reads the calling thread's CPU time, so that a busy machine preempting the test thread, or other tests running in
/// parallel in the same process, do not inflate one run against another; elsewhere it falls back to wall-clock time.
/// </summary>
internal static class Timing
{
    /// <summary>Runs <paramref name="action"/> once untimed (JIT, caches), then returns its fastest of <paramref name="runs"/> runs in seconds.</summary>
    public static double BestOf(Action action, int runs = 3)
    {
        action();
        double best = double.MaxValue;
        for (int i = 0; i < runs; i++)
        {
            double start = Now();
            action();
            best = Math.Min(best, Now() - start);
        }
        return best;
    }

    /// <summary>Whether <see cref="BestOf"/> measures thread CPU time (rather than wall-clock time) here.</summary>
    public static bool MeasuresThreadCpuTime { get; } = ThreadCpuSeconds() is not null;

    private static double Now() => (MeasuresThreadCpuTime ? ThreadCpuSeconds() : null) ?? Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency;

    private static double? ThreadCpuSeconds()
    {
        int clock = OperatingSystem.IsLinux() ? 3 : OperatingSystem.IsMacOS() ? 16 : -1; // CLOCK_THREAD_CPUTIME_ID
        if (clock < 0) return null;
        try
        {
            return clock_gettime(clock, out var ts) == 0 ? ts.Seconds + ts.Nanoseconds * 1e-9 : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public nint Seconds;
        public nint Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clockId, out TimeSpec time);
}
