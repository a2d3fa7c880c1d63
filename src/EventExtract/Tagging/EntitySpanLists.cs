namespace EventExtract.Tagging;

/// <summary>
/// The copy-on-write start shared by the name passes: a pass returns its input list untouched until the first name it
/// changes, and only then copies the names before that one into a list of its own.
/// </summary>
internal static class EntitySpanLists
{
    /// <summary>A new list holding the first <paramref name="count"/> names of <paramref name="spans"/>, with room for <paramref name="capacity"/>.</summary>
    public static List<EntitySpan> CopyOfFirst(IReadOnlyList<EntitySpan> spans, int count, int capacity)
    {
        var copy = new List<EntitySpan>(capacity);
        for (int k = 0; k < count; k++) copy.Add(spans[k]);
        return copy;
    }
}
