using System.Reflection;

namespace EventExtract.Events.Triggers;

/// <summary>Opens the embedded trigger resources (Resources/Events/*), whatever separator the build used in their names.</summary>
internal static class TriggerResources
{
    /// <summary>Opens the embedded file <paramref name="fileName"/> of Resources/Events, or returns null when it is not embedded.</summary>
    public static Stream? Open(string fileName)
    {
        var assembly = typeof(TriggerResources).Assembly;
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith("EventExtract.Resources.Events", StringComparison.Ordinal)) continue;
            if (name.Length == 30 + fileName.Length && name.EndsWith(fileName, StringComparison.Ordinal))
                return assembly.GetManifestResourceStream(name);
        }
        return null;
    }
}
