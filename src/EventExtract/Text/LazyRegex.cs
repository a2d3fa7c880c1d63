using System.Text.RegularExpressions;

namespace EventExtract.Text;

/// <summary>
/// Regexes built on first use, once, thread-safely: constructing a <see cref="RegexOptions.NonBacktracking"/>
/// regex costs milliseconds of cold start, and many articles never need a given pattern.
/// </summary>
internal static class LazyRegex
{
    public static Lazy<Regex> Create(string pattern, RegexOptions options) =>
        new(() => new Regex(pattern, options), LazyThreadSafetyMode.ExecutionAndPublication);
}
