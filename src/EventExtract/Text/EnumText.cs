namespace EventExtract.Text;

/// <summary>
/// Parses enum names in the data files through the non-generic <see cref="Enum"/> methods: the generic
/// <c>Enum.Parse&lt;T&gt;</c> compiles its whole parser once per enum type on first use, a cost paid at cold start
/// for every enum a lexicon names, where the non-generic one is compiled once for all (and ahead of time).
/// </summary>
internal static class EnumText
{
    /// <summary>The value named <paramref name="text"/>, as <c>Enum.Parse&lt;T&gt;(text, ignoreCase)</c> gives it.</summary>
    public static T Parse<T>(string text, bool ignoreCase = false) where T : struct, Enum =>
        (T)Enum.Parse(typeof(T), text, ignoreCase);

    /// <summary>As <c>Enum.TryParse&lt;T&gt;(text, ignoreCase, out value)</c>.</summary>
    public static bool TryParse<T>(string text, bool ignoreCase, out T value) where T : struct, Enum
    {
        if (Enum.TryParse(typeof(T), text, ignoreCase, out object? parsed))
        {
            value = (T)parsed!;
            return true;
        }
        value = default;
        return false;
    }
}
