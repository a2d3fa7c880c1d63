using System.Diagnostics;
using System.Text;
using System.Text.Json;
using FluentAssertions.Execution;

namespace EventExtract.Tests.Packaging;

/// <summary>
/// Packs the library, installs it from a local feed into a console app that lives outside the repo
/// (PackageReference only) and runs it on the golden article: proves the package works as a consumer meets it
/// (models and data embedded, dependencies declared, both the API and the JSON writer usable).
/// </summary>
[Trait("Category", "Packaging")]
public sealed class PackageConsumerTests : IDisposable
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(5);

    // A unique prerelease version per run: the NuGet global cache can never serve a stale copy.
    private readonly string _version = $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Guid.NewGuid().ToString("N")[..8]}";
    private readonly string _work = Path.Combine(Path.GetTempPath(), "eventextract-pkgtest-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public void Package_installed_from_a_feed_extracts_the_golden_article()
    {
        string repo = FindRepoRoot();
        string feed = Path.Combine(_work, "feed");
        string consumer = Path.Combine(_work, "consumer");
        Directory.CreateDirectory(feed);
        Directory.CreateDirectory(consumer);

        // Own artifacts folder: does not touch the developer's bin/obj, nor race with a concurrent build.
        Run(repo, "pack", Path.Combine(repo, "src", "EventExtract"), "-c", "Release", "-o", feed,
            "--artifacts-path", Path.Combine(_work, "artifacts"), $"-p:Version={_version}");
        File.Exists(Path.Combine(feed, $"EventExtract.{_version}.nupkg")).Should().BeTrue("pack must produce the package");
        File.Exists(Path.Combine(feed, $"EventExtract.{_version}.snupkg")).Should().BeTrue("pack must produce the symbol package");

        WriteConsumer(consumer, feed);
        Run(consumer, "build", "-c", "Release");

        // The library must come from the package, not from anywhere in the repo.
        using (var assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(consumer, "obj", "project.assets.json"))))
        {
            assets.RootElement.GetProperty("libraries").TryGetProperty($"EventExtract/{_version}", out var lib)
                .Should().BeTrue("the consumer must restore EventExtract {0} from the feed", _version);
            lib.GetProperty("type").GetString().Should().Be("package");
        }

        string article = Path.Combine(repo, "samples", "data", "warsaw-institute-2019-10-29.txt");
        string dll = Path.Combine(consumer, "bin", "Release", "net10.0", "Consumer.dll");
        string json = Run(consumer, "exec", dll, article);

        using var doc = ParseOutput(json);
        var root = doc.RootElement;
        var events = root.GetProperty("events").EnumerateArray().ToList();
        string summary = string.Join("\n", events.Select(e => e.GetRawText().Length > 400 ? e.GetRawText()[..400] + "…" : e.GetRawText()));

        // Extraction acceptance criteria of the golden article: all are checked so one run reports every miss.
        using (new AssertionScope())
        {
            var document = root.GetProperty("document");
            document.GetProperty("published").GetString().Should().Be("2019-10-29", "the dateline gives the publication date");
            document.GetProperty("title").GetString().Should().Be("Friend or Foe: Russia Gets Support in Afghan Peace Talks");

            events.Where(e => Type(e) == "Meeting")
                .Any(m => m.GetProperty("participants").EnumerateArray().Any(p => CountryCode(p) == "US"))
                .Should().BeTrue("a Meeting has a US participant; events:\n{0}", summary);

            var attacks = events.Where(e => Type(e) == "Attack").ToList();
            attacks.Should().ContainSingle("the article reports one attack; events:\n{0}", summary);
            if (attacks.Count > 0)
            {
                var killed = attacks[0].GetProperty("killed");
                (killed.ValueKind == JsonValueKind.Number ? killed.GetInt32() : (int?)null)
                    .Should().Be(12, "the attack's death toll is stated; attack:\n{0}", attacks[0].GetRawText());
                var location = attacks[0].GetProperty("location");
                (location.ValueKind == JsonValueKind.Object ? CountryCode(location) : null)
                    .Should().Be("AF", "the attack happened in Afghanistan; attack:\n{0}", attacks[0].GetRawText());
            }

            events.Where(e => Type(e) == "Statement")
                .Any(s => s.GetProperty("quote").GetString()?.Contains("release a significant number of prisoners", StringComparison.Ordinal) == true)
                .Should().BeTrue("a Statement quotes the prisoner-release remark; events:\n{0}", summary);
        }
    }

    public void Dispose()
    {
        TryDelete(_work);
        // The unique version is never needed again: do not let runs pile up in the global cache.
        TryDelete(Path.Combine(GlobalPackagesFolder(), "eventextract", _version.ToLowerInvariant()));
    }

    private static string? Type(JsonElement e) => e.GetProperty("type").GetString();

    private static string? CountryCode(JsonElement e) =>
        e.TryGetProperty("countryCode", out var cc) && cc.ValueKind == JsonValueKind.String ? cc.GetString() : null;

    private static JsonDocument ParseOutput(string output)
    {
        try
        {
            return JsonDocument.Parse(output);
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"The consumer did not print one JSON document: {ex.Message}\n{output}", ex);
        }
    }

    private void WriteConsumer(string dir, string feed)
    {
        File.WriteAllText(Path.Combine(dir, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <NuGetAudit>false</NuGetAudit>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="EventExtract" Version="{_version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(dir, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{System.Security.SecurityElement.Escape(feed)}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(dir, "Program.cs"), """
            using EventExtract;
            using EventExtract.Output;

            var extractor = EventExtractor.Create();
            string path = args[0];
            var result = extractor.Extract(File.ReadAllText(path), new ArticleInfo(Id: Path.GetFileName(path)));
            Console.Out.Write(ExtractionJson.Serialize(result));
            """);
        // Stops MSBuild from walking up into anything above the temp folder.
        File.WriteAllText(Path.Combine(dir, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(dir, "Directory.Packages.props"), "<Project />");
    }

    /// <summary>Runs one dotnet command with a timeout; returns stdout, or fails with the whole output.</summary>
    private static string Run(string workingDirectory, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        bool isMsBuild = args[0] is "pack" or "build";
        if (isMsBuild)
        {
            // No lingering build servers after the test; no colour codes in the captured log.
            psi.ArgumentList.Add("-nodeReuse:false");
            psi.ArgumentList.Add("-p:UseSharedCompilation=false");
            psi.ArgumentList.Add("-clp:NoSummary");
        }
        // The test host runs under MSBuild/VSTest: their variables would leak into the child build.
        foreach (var key in psi.Environment.Keys.ToList())
            if (key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
                psi.Environment.Remove(key);
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        psi.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        psi.Environment["MSBUILDDISABLENODEREUSE"] = "1";

        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        using var process = new Process { StartInfo = psi };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (stdout) stdout.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (stderr) stderr.AppendLine(e.Data); };
        var watch = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(StepTimeout))
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            process.WaitForExit();
            throw new TimeoutException($"`dotnet {string.Join(' ', args)}` did not finish in {StepTimeout}.\n{Log()}");
        }
        process.WaitForExit(); // drains the asynchronous readers
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"`dotnet {string.Join(' ', args)}` exited with {process.ExitCode} after {watch.Elapsed}.\n{Log()}");
        lock (stdout) return stdout.ToString();

        string Log()
        {
            lock (stdout) lock (stderr) return $"--- stdout ---\n{stdout}\n--- stderr ---\n{stderr}";
        }
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EventExtract.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Cannot find EventExtract.sln above the test assembly.");
    }

    private static string GlobalPackagesFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    private static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
