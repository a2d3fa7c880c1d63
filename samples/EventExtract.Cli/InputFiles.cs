using System.Text;

namespace EventExtract.Cli;

/// <summary>Reads article files strictly as UTF-8 so that a mis-encoded file is reported, not silently mangled.</summary>
internal static class InputFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string ReadUtf8(string path) => File.ReadAllText(path, StrictUtf8);
}
