namespace EventExtract.Tests.Robustness;

/// <summary>The growth-ratio tests rely on <see cref="Timing"/> measuring work, not waiting.</summary>
public class TimingTests
{
    [Fact]
    public void On_linux_the_growth_tests_measure_thread_cpu_time_so_waiting_does_not_count()
    {
        if (!OperatingSystem.IsLinux()) return;
        Timing.MeasuresThreadCpuTime.Should().BeTrue();
        Timing.BestOf(() => Thread.Sleep(60), runs: 1).Should().BeLessThan(0.03);
        long sum = 0;
        Timing.BestOf(() => { for (int i = 0; i < 30_000_000; i++) sum += i ^ (sum >> 3); }, runs: 1).Should().BeGreaterThan(0.001);
        sum.Should().NotBe(0);
    }
}
