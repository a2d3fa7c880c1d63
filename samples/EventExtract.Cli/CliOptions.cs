using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace EventExtract.Cli;

/// <summary>The command line, parsed: a stable interface that scripts rely on.</summary>
internal sealed record CliOptions(string Input, DateOnly? Published, string? Format, bool Summary, bool Brief)
{
    public const string Usage = "usage: extract <file|folder|-> [--published yyyy-MM-dd] [--format text|json|jsonl] [--summary] [--brief]";

    public static bool TryParse(string[] args, [NotNullWhen(true)] out CliOptions? options, out string error)
    {
        options = null;
        error = "";
        if (args.Length < 2 || args[0] != "extract")
        {
            error = "expected: extract <input>";
            return false;
        }
        DateOnly? published = null;
        string? format = null;
        bool summary = false, brief = false;
        for (int i = 2; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--published" when i + 1 < args.Length:
                    if (!DateOnly.TryParseExact(args[++i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                    {
                        error = $"--published: '{args[i]}' is not a yyyy-MM-dd date";
                        return false;
                    }
                    published = d;
                    break;
                case "--format" when i + 1 < args.Length:
                    format = args[++i];
                    if (format is not ("text" or "json" or "jsonl"))
                    {
                        error = $"--format: '{format}' is not one of text, json, jsonl";
                        return false;
                    }
                    break;
                case "--summary":
                    summary = true;
                    break;
                case "--brief":
                    brief = true;
                    break;
                default:
                    error = $"unknown option '{args[i]}'";
                    return false;
            }
        }
        options = new CliOptions(args[1], published, format, summary, brief);
        return true;
    }
}
