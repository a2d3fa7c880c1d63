using System.Diagnostics;

namespace EventExtract.Tests.Robustness;

public class CliFolderTests
{
    [Fact]
    public void A_folder_with_a_bad_file_reports_it_by_name_carries_on_and_exits_non_zero() => InTempFolder(folder =>
    {
        File.WriteAllText(Path.Combine(folder, "a.txt"), "Officials met in Paris on Friday.");
        File.WriteAllBytes(Path.Combine(folder, "b-latin1.txt"), new byte[] { 0x43, 0x61, 0x66, 0xE9, 0x20, 0xFF, 0xFE });
        File.WriteAllText(Path.Combine(folder, "c.txt"), "The minister said talks would resume.");

        var (exit, stdout, stderr) = RunCli("extract", folder, "--format", "jsonl");

        exit.Should().NotBe(0);
        stderr.Should().Contain("b-latin1.txt");
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        lines[0].Should().Contain("\"a.txt\"");
        lines[1].Should().Contain("\"c.txt\"");
    });

    [Fact]
    public void A_file_over_the_size_limit_is_reported_with_the_limit_and_the_rest_carries_on() => InTempFolder(folder =>
    {
        File.WriteAllText(Path.Combine(folder, "a.txt"), "Officials met in Paris on Friday.");
        File.WriteAllText(Path.Combine(folder, "b-huge.txt"), new string('x', EventExtractorOptions.Default.MaxInputLength + 1));
        File.WriteAllText(Path.Combine(folder, "c.txt"), "The minister said talks would resume.");

        var (exit, stdout, stderr) = RunCli("extract", folder, "--format", "jsonl");

        exit.Should().Be(1);
        stderr.Should().Contain("b-huge.txt").And.Contain("10,000,000").And.Contain("MaxInputLength");
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        lines[0].Should().Contain("\"a.txt\"");
        lines[1].Should().Contain("\"c.txt\"");

        var (singleExit, singleOut, singleErr) = RunCli("extract", Path.Combine(folder, "b-huge.txt"), "--format", "json");
        singleExit.Should().Be(1, "one file over the limit is a reported failure, not a crash");
        singleErr.Should().Contain("MaxInputLength").And.NotContain("Unhandled exception");
        singleOut.Should().BeEmpty();
    });

    private static void InTempFolder(Action<string> test)
    {
        string folder = Path.Combine(Path.GetTempPath(), "ee-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            test(folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (int Exit, string Stdout, string Stderr) RunCli(params string[] args)
    {
        // The tests run from tests/EventExtract.Tests/bin/<configuration>/net10.0; the CLI is built beside it.
        string output = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        string configuration = Path.GetFileName(Path.GetDirectoryName(output))!;
        string dll = Path.GetFullPath(Path.Combine(output, "..", "..", "..", "..", "..", "samples", "EventExtract.Cli", "bin", configuration, "net10.0", "EventExtract.Cli.dll"));
        File.Exists(dll).Should().BeTrue($"the CLI is built at {dll}");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit(120_000).Should().BeTrue();
        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}
