using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using EventExtract.Text;

namespace EventExtract.Tests.Robustness;

/// <summary>
/// Every regular expression of the library runs in linear time: it is built with
/// <see cref="RegexOptions.NonBacktracking"/>, and inputs crafted to make a backtracking engine explode
/// take time proportional to their length.
/// </summary>
[Collection(TimingCollection.Name)]
public class RegexSafetyTests
{
    private static readonly Assembly Library = typeof(EventExtractor).Assembly;

    /// <summary>
    /// Every Regex the library holds, found by reflection: instance fields of the shared instances
    /// (a static property or field of the type's own type, such as <c>Instance</c> or <c>Default</c>),
    /// static fields, and parameterless static methods returning a Regex ([GeneratedRegex]).
    /// </summary>
    private static IReadOnlyList<(string Name, Regex Regex)> LibraryRegexes()
    {
        const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        var found = new List<(string, Regex)>();
        foreach (var type in Library.GetTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var members = type.GetMembers(All);
            // Lazily built regexes (Lazy<Regex>) are built here, so they are checked as well.
            foreach (var field in members.OfType<FieldInfo>().Where(f => f.FieldType == typeof(Regex) || f.FieldType == typeof(Lazy<Regex>)))
            {
                object? owner = null;
                if (!field.IsStatic)
                {
                    owner = SharedInstance(type);
                    owner.Should().NotBeNull($"{type.Name}.{field.Name} is a Regex on a type without a shared instance: add it to this test");
                }
                if (field.GetValue(owner) is Regex regex) found.Add(($"{type.Name}.{field.Name}", regex));
                else if (field.GetValue(owner) is Lazy<Regex> lazy) found.Add(($"{type.Name}.{field.Name}", lazy.Value));
            }
            foreach (var method in members.OfType<MethodInfo>().Where(m => m.IsStatic && m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0))
                found.Add(($"{type.Name}.{method.Name}()", (Regex)method.Invoke(null, null)!));
        }
        return found;
    }

    private static object? SharedInstance(Type type)
    {
        const BindingFlags Static = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;
        return type.GetProperties(Static).FirstOrDefault(p => p.PropertyType == type)?.GetValue(null)
            ?? type.GetFields(Static).FirstOrDefault(f => f.FieldType == type)?.GetValue(null);
    }

    [Fact]
    public void The_library_regexes_are_found()
    {
        // The reader's date-label pattern and the publication date parser's four patterns. (The boilerplate patterns
        // run as LinearPattern, linear by construction: LinearPatternTests.)
        LibraryRegexes().Select(r => r.Name).Should().Contain(new[]
        {
            "ArticleReader._dateLabel",
            "PublicationDateParser._iso", "PublicationDateParser._dayMonthYear", "PublicationDateParser._monthDayYear", "PublicationDateParser._dateline",
        });
    }

    [Fact]
    public void Every_library_regex_is_non_backtracking()
    {
        foreach (var (name, regex) in LibraryRegexes())
            regex.Options.Should().HaveFlag(RegexOptions.NonBacktracking, $"{name} ({regex}) must not backtrack");
    }

    /// <summary>Inputs that make backtracking engines go exponential or quadratic on patterns like ours.</summary>
    public static TheoryData<string, string> AdversarialUnits() => new()
    {
        { "letters", "a" },
        { "capitals", "A" },
        { "capitals and spaces (datelines)", "AB " },
        { "digits", "1" },
        { "digit groups", "19 " },
        { "almost ISO dates", "2019-10-" },
        { "almost day month year", "29 October " },
        { "almost month day year", "October 29, " },
        { "dateline prefix", "WASHINGTON, " },
        { "header labels", "published on posted " },
        { "boilerplate words", "donations support us please consider " },
        { "copyright without a year", "copyright (c) " },
        { "without permission", "without prior written permission " },
        { "punctuation", ".,;:-–—" },
        { "newlines", "\n" },
    };

    [Theory]
    [MemberData(nameof(AdversarialUnits))]
    public void Library_regexes_take_linear_time_on_adversarial_input(string name, string unit)
    {
        _ = name;
        var regexes = LibraryRegexes();
        foreach (var (regexName, regex) in regexes)
        {
            // No final match: the tail breaks every partial match, the classic trigger of backtracking.
            string small = Repeat(unit, 2_000 / unit.Length + 1) + "!";
            string large = Repeat(unit, 20_000 / unit.Length + 1) + "!";
            double tSmall = Timing.BestOf(() => regex.Count(small));
            double tLarge = Timing.BestOf(() => regex.Count(large));
            // Linear growth gives about 10; quadratic about 100. A floor on the small time keeps timer
            // noise on tiny runs from failing the test.
            (tLarge / Math.Max(tSmall, 2e-4)).Should().BeLessThan(35, $"{regexName} took {tSmall:0.00000}s on {small.Length} chars and {tLarge:0.00000}s on {large.Length}");
            tLarge.Should().BeLessThan(1.0, $"{regexName} on {large.Length} chars");
        }
    }

    [Fact]
    public void The_reader_reads_a_megabyte_of_pattern_bait_in_linear_time()
    {
        // A single paragraph and many short ones, made of words the boilerplate and date patterns look for.
        const string Bait = "Support us please consider supporting our work donations are copyright (c) 20 Date: October 29 ";
        string oneParagraph = Repeat(Bait, 1_000_000 / Bait.Length);
        string manyParagraphs = Repeat(Bait[..40] + "\n\n", 1_000_000 / 42);
        foreach (var text in new[] { oneParagraph, manyParagraphs })
        {
            double tenth = Timing.BestOf(() => ArticleReader.Instance.Read(text[..(text.Length / 10)]));
            double full = Timing.BestOf(() => ArticleReader.Instance.Read(text));
            (full / Math.Max(tenth, 1e-3)).Should().BeLessThan(35, $"a tenth took {tenth:0.000}s, the whole {full:0.000}s");
        }
    }

    private static string Repeat(string unit, int times) => new StringBuilder(unit.Length * times).Insert(0, unit, times).ToString();
}
