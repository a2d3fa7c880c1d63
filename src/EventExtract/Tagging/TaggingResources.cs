using System.IO.Compression;
using System.Reflection;

namespace EventExtract.Tagging;

/// <summary>Opens the tagging models embedded under Resources/Tagging.</summary>
internal static class TaggingResources
{
    /// <summary>File name of the POS model.</summary>
    public const string PosModelFile = "pos-tagger.bin";

    /// <summary>File name of the entity model.</summary>
    public const string EntityModelFile = "ner.bin";

    /// <summary>Opens the embedded resource whose name ends with Tagging + <paramref name="fileName"/>.</summary>
    public static Stream Open(string fileName)
    {
        var asm = typeof(TaggingResources).Assembly;
        foreach (string name in asm.GetManifestResourceNames())
        {
            if (name.EndsWith("Tagging/" + fileName, StringComparison.Ordinal)
                || name.EndsWith("Tagging\\" + fileName, StringComparison.Ordinal)
                || name.EndsWith("Tagging." + fileName, StringComparison.Ordinal))
                return asm.GetManifestResourceStream(name)!;
        }
        throw new FileNotFoundException($"Embedded model '{fileName}' not found in {asm.GetName().Name}.");
    }

    /// <summary>Wraps a model stream for reading (models are GZip-compressed).</summary>
    public static BinaryReader Reader(Stream stream)
    {
        // Inflate in one go: per-field reads through GZipStream are far slower than from memory.
        var buffer = new MemoryStream();
        using (var gz = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true)) gz.CopyTo(buffer, 1 << 16);
        buffer.Position = 0;
        return new BinaryReader(buffer, System.Text.Encoding.UTF8);
    }

    /// <summary>Wraps a stream for writing a compressed model; dispose the writer to flush.</summary>
    public static BinaryWriter Writer(Stream stream) =>
        new(new GZipStream(stream, CompressionLevel.SmallestSize), System.Text.Encoding.UTF8);
}
