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

    /// <summary>
    /// Wraps a model stream for reading. Models are stored uncompressed (the NuGet package compresses them
    /// anyway), so an embedded model is read straight from the mapped assembly; GZip-compressed files still load.
    /// </summary>
    public static BinaryReader Reader(Stream stream)
    {
        if (stream is UnmanagedMemoryStream or MemoryStream) return Sniff(stream, new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true));
        var buffer = new MemoryStream();
        stream.CopyTo(buffer, 1 << 16);
        buffer.Position = 0;
        return Sniff(buffer, new BinaryReader(buffer, System.Text.Encoding.UTF8));
    }

    private static BinaryReader Sniff(Stream stream, BinaryReader raw)
    {
        long start = stream.Position;
        int b0 = stream.ReadByte(), b1 = stream.ReadByte();
        stream.Position = start;
        if (b0 != 0x1F || b1 != 0x8B) return raw;
        // Inflate in one go: per-field reads through GZipStream are far slower than from memory.
        var buffer = new MemoryStream();
        using (var gz = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true)) gz.CopyTo(buffer, 1 << 16);
        buffer.Position = 0;
        return new BinaryReader(buffer, System.Text.Encoding.UTF8);
    }

    /// <summary>Wraps a stream for writing a model (uncompressed); dispose the writer to flush.</summary>
    public static BinaryWriter Writer(Stream stream) => new(stream, System.Text.Encoding.UTF8, leaveOpen: true);
}
