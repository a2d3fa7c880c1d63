using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using EventExtract.Tests.Robustness;
using EventExtract.Text;
using EventExtract.Training.Corpora;

namespace EventExtract.Tests.Text;

/// <summary>
/// <see cref="LinearPattern"/> answers IsMatch exactly as <see cref="Regex"/> does with the options the reader used
/// before (IgnoreCase | CultureInvariant | NonBacktracking): per character class over all of UTF-16, per shipped
/// boilerplate pattern on generated and real text, and on random patterns of its syntax.
/// </summary>
[Collection(TimingCollection.Name)]
public class LinearPatternTests
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly (PatternSet Short, PatternSet Any) Shipped = ArticleReader.Instance.BoilerplatePatterns;

    private static IEnumerable<LinearPattern> ShippedPatterns() => Shipped.Short.Linear.Concat(Shipped.Any.Linear);

    private static LinearPattern Compile(string pattern)
    {
        LinearPattern.TryCreate(pattern, out var compiled).Should().BeTrue(pattern);
        return compiled!;
    }

    [Fact]
    public void Every_shipped_boilerplate_pattern_compiles_without_the_regex_fallback()
    {
        Shipped.Short.FallbackPatterns.Should().BeEmpty();
        Shipped.Any.FallbackPatterns.Should().BeEmpty();
        Shipped.Short.Linear.Count.Should().BeGreaterThan(10);
        Shipped.Any.Linear.Count.Should().BeGreaterThan(10);
    }

    [Fact]
    public void Every_shipped_pattern_has_a_literal_prefilter()
    {
        // Speed, not behaviour: without a required literal, every paragraph runs the automaton.
        foreach (var p in ShippedPatterns()) p.RequiredLiterals.Should().NotBeEmpty(p.Pattern);
        Compile(@"\ball rights reserved").RequiredLiterals.Should().Equal("all rights reserved");
        Compile(@"\b(reproduction|republication)\b[^.]{0,40}\b(prohibited|forbidden|not permitted)").RequiredLiterals
            .Should().BeEquivalentTo("reproduction", "republication");
        Compile(@"\b(we|this (web)?site) uses? cookies\b").RequiredLiterals.Should().HaveCount(6).And.Contain("this website uses cookies");
    }

    /// <summary>Every single-character item of the subset, including each character the shipped patterns use.</summary>
    public static TheoryData<string> CharacterItems()
    {
        var data = new TheoryData<string>();
        foreach (string item in new[] { ".", @"\w", @"\W", @"\s", @"\S", @"\d", @"\D", "[^.]", "[|/,·•]", "[a-z]", "[^a-z]", "[A-Z0-9_]", @"[\w-]", @"[^\s]", @"\b", @"\B", "^", "$" })
            data.Add(item);
        for (char c = 'a'; c <= 'z'; c++)
        {
            data.Add(c.ToString());
            data.Add(char.ToUpperInvariant(c).ToString());
        }
        var chars = new SortedSet<char>();
        foreach (var p in ShippedPatterns())
            foreach (char c in p.Pattern)
                if (!char.IsAsciiLetter(c) && !"\\()[]{}|?*+.^$".Contains(c)) chars.Add(c);
        foreach (char c in chars) data.Add(c.ToString());
        return data;
    }

    [Theory]
    [MemberData(nameof(CharacterItems))]
    public void Each_character_item_matches_the_same_characters_as_the_regex(string item)
    {
        var regex = new Regex(item, Options);
        var linear = Compile(item);
        var differ = new List<string>();
        for (int c = 0; c <= char.MaxValue; c++)
        {
            string s = ((char)c).ToString();
            if (regex.IsMatch(s) != linear.IsMatch(s)) differ.Add($"U+{c:X4}");
        }
        differ.Should().BeEmpty($"{item} must match what the regex matches");
    }

    [Fact]
    public void Shipped_patterns_agree_with_the_regex_on_generated_text()
    {
        var random = new Random(7);
        var pool = WordPool();
        int positives = 0;
        foreach (var pattern in ShippedPatterns())
        {
            var regex = new Regex(pattern.Pattern, Options);
            foreach (string text in GeneratedTexts(random, pool, 150).Concat(Samples(random, pattern.Pattern, pool, 250)))
            {
                bool expected = regex.IsMatch(text);
                if (expected) positives++;
                pattern.IsMatch(text).Should().Be(expected, $"{pattern.Pattern} on \"{Escape(text)}\"");
            }
        }
        positives.Should().BeGreaterThan(500, "the generated texts must exercise the matches, not only the misses");
    }

    [Theory]
    [InlineData("COPYRIGHT 2019 The Paper")]
    [InlineData("Photo: Reuters ©")]
    [InlineData("©2019 all RIGHTS reserved")]
    [InlineData("All Rights Reserve")]
    [InlineData("We use \u212Aookies")]
    [InlineData("this website uses cookies")]
    [InlineData("thiſ website uſes cookies")]
    [InlineData("Please consider supporting our journalism.")]
    [InlineData("The donation is welcome, officials said.")]
    [InlineData("")]
    public void The_pattern_sets_find_literals_in_any_case_and_next_to_non_ascii_text(string text)
    {
        // The literal prefilter (a multi-string search on newer runtimes) must never drop a paragraph the regex matches.
        var lines = BoilerplateLines();
        foreach (var (scope, set) in new[] { ("short", Shipped.Short), ("any", Shipped.Any) })
        {
            var combined = new Regex(string.Join("|", lines.Where(l => l.Scope == scope).Select(l => $"(?:{l.Pattern})")), Options);
            set.IsMatch(text).Should().Be(combined.IsMatch(text), $"scope {scope}");
        }
    }

    [Fact]
    public void The_pattern_sets_agree_with_the_former_single_alternation_on_real_and_generated_paragraphs()
    {
        // The reader used to join each scope into one regex "(?:p1)|(?:p2)|…".
        var lines = BoilerplateLines();
        var paragraphs = new List<string>();
        foreach (string id in GumArticles.Ids())
            paragraphs.AddRange(GumArticles.Load(id).Text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        paragraphs.AddRange(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "warsaw-institute-2019-10-29.txt")).Split('\n'));
        var random = new Random(11);
        var pool = WordPool();
        paragraphs.AddRange(GeneratedTexts(random, pool, 2000));
        foreach (var (_, pattern) in lines) paragraphs.AddRange(Samples(random, pattern, pool, 40));
        paragraphs.Count.Should().BeGreaterThan(3000);
        foreach (var (scope, set) in new[] { ("short", Shipped.Short), ("any", Shipped.Any) })
        {
            var combined = new Regex(string.Join("|", lines.Where(l => l.Scope == scope).Select(l => $"(?:{l.Pattern})")), Options);
            int matched = 0;
            foreach (string p in paragraphs)
            {
                bool expected = combined.IsMatch(p);
                if (expected) matched++;
                set.IsMatch(p).Should().Be(expected, $"scope {scope} on \"{Escape(p)}\"");
            }
            matched.Should().BeGreaterThan(50, scope);
        }
    }

    [Fact]
    public void The_date_filters_accept_every_text_their_regex_matches()
    {
        // The publication date parser builds and runs a date regex only when its LinearPattern filter matches: the
        // filters of the case-insensitive patterns are exact, the dateline's (a case-sensitive regex) a superset.
        var random = new Random(5);
        var pool = WordPool().Concat(new[] { "29", "3", "2019", "1999", "2019-10-29", "2019/1/5", "Oct.", "October", "OCT", "Sept", "sep", "29th", "1st", "WASHINGTON,", "KABUL,", "(Reuters)", "—", "-", "Afghanistan," }).ToArray();
        var texts = new List<string>();
        foreach (string id in GumArticles.Ids())
            foreach (string line in GumArticles.Load(id).Text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                texts.Add(line.Length > 300 ? line[..300] : line);
        texts.AddRange(new[] { "Date: 29 October 2019", "Posted on October 29, 2019", "WASHINGTON, Oct 29 (Reuters) -", "KABUL, Afghanistan, Oct. 29, 2019 (AP) —", "Updated 2019-10-29 10:00" });
        texts.AddRange(GeneratedTexts(random, pool, 3000));
        foreach (var (name, regex, filter, exact) in PublicationDateParser.Default.Patterns())
        {
            filter.Should().NotBeNull(name);
            var all = texts.Concat(Samples(random, regex.ToString(), pool, 1500)).ToList();
            int matched = 0;
            foreach (string text in all)
            {
                bool expected = regex.IsMatch(text);
                if (expected) matched++;
                if (exact) filter!.IsMatch(text).Should().Be(expected, $"{name} on \"{Escape(text)}\"");
                else if (expected) filter!.IsMatch(text).Should().BeTrue($"{name} on \"{Escape(text)}\"");
            }
            matched.Should().BeGreaterThan(50, name);
        }
    }

    [Fact]
    public void Random_patterns_of_the_subset_agree_with_the_regex()
    {
        var random = new Random(2024);
        const string Alphabet = "aAbBkK\u212A _.\n1-";
        int checkedPatterns = 0;
        for (int i = 0; i < 300; i++)
        {
            string pattern = RandomPattern(random, 3);
            if (!LinearPattern.TryCreate(pattern, out var linear)) continue;
            Regex regex;
            try
            {
                regex = new Regex(pattern, Options);
            }
            catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
            {
                continue;
            }
            checkedPatterns++;
            for (int k = 0; k < 60; k++)
            {
                var sb = new StringBuilder();
                int length = random.Next(0, 10);
                for (int j = 0; j < length; j++) sb.Append(Alphabet[random.Next(Alphabet.Length)]);
                string text = sb.ToString();
                linear!.IsMatch(text).Should().Be(regex.IsMatch(text), $"/{pattern}/ on \"{Escape(text)}\"");
            }
        }
        checkedPatterns.Should().BeGreaterThan(250);
    }

    [Theory]
    [InlineData("(?=a)b")]
    [InlineData(@"(a)\1")]
    [InlineData(@"\Aa")]
    [InlineData("(?i)a")]
    [InlineData("[a-[b]]")]
    public void Syntax_outside_the_subset_is_refused(string pattern) => LinearPattern.TryCreate(pattern, out _).Should().BeFalse();

    [Theory]
    [InlineData(@"\p{L}")]
    [InlineData("é")]
    [InlineData("[À-Ö]")]
    [InlineData("a{2")]
    public void A_pattern_outside_the_subset_falls_back_to_a_regex(string pattern)
    {
        LinearPattern.TryCreate(pattern, out _).Should().BeFalse();
        var set = new PatternSet([pattern]);
        set.FallbackPatterns.Should().Equal(pattern);
        foreach (string text in new[] { "ab", "É", "x", "aa1", "a{2" })
            set.IsMatch(text).Should().Be(Regex.IsMatch(text, pattern, Options & ~RegexOptions.NonBacktracking), $"/{pattern}/ on {text}");
    }

    [Fact]
    public void Matching_time_is_linear_in_the_input()
    {
        // Nested and adjacent quantifiers, the shapes that make backtracking engines explode.
        foreach (string pattern in new[] { @"^(\s*[|/,]?\s*(share|tweet))*\W*$", @"(a|a?)+b", @"^share( (on|via) .*)?\W*$", @"[^.]{0,60}x$" })
        {
            var linear = Compile(pattern);
            string small = new string(' ', 1_000) + "share" + new string('a', 1_000) + "!";
            string large = new string(' ', 10_000) + "share" + new string('a', 10_000) + "!";
            double tSmall = Timing.BestOf(() => linear.IsMatch(small));
            double tLarge = Timing.BestOf(() => linear.IsMatch(large));
            (tLarge / Math.Max(tSmall, 2e-4)).Should().BeLessThan(35, $"{pattern}: {tSmall:0.00000}s then {tLarge:0.00000}s");
        }
    }

    private static List<(string Scope, string Pattern)> BoilerplateLines()
    {
        string path = Path.Combine(RepoRoot(), "src", "EventExtract", "Resources", "Text", "boilerplate.txt");
        var result = new List<(string, string)>();
        foreach (string line in File.ReadAllLines(path))
        {
            int tab = line.IndexOf('\t');
            if (line.StartsWith('#') || tab < 0) continue;
            result.Add((line[..tab], line[(tab + 1)..].Trim()));
        }
        result.Should().HaveCount(Shipped.Short.Linear.Count + Shipped.Any.Linear.Count);
        return result;
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EventExtract.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    /// <summary>Words of the shipped patterns (and their case variants), digits, punctuation and space variants.</summary>
    private static string[] WordPool()
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var p in ShippedPatterns())
            foreach (string w in Regex.Split(p.Pattern, @"[^A-Za-z©·•]+"))
                if (w.Length > 0)
                {
                    words.Add(w);
                    words.Add(w.ToUpperInvariant());
                    words.Add(char.ToUpperInvariant(w[0]) + w[1..]);
                    if (w.Contains('k')) words.Add(w.Replace('k', '\u212A'));
                }
        foreach (string w in new[] { "us", "our", "the", "a", "to", "on", "(c)", "(C) ", "2019", "1999", "2100", "12", ".", ",", ":", "|", "/", "·", "•", "!", "-", "\n", "  ", "\t", "\u00A0", "’", "ı", "news", "today", "we", "site", "uses", "Paris", "said" })
            words.Add(w);
        return words.ToArray();
    }

    private static IEnumerable<string> GeneratedTexts(Random random, string[] pool, int count)
    {
        for (int i = 0; i < count; i++)
        {
            var sb = new StringBuilder();
            int n = random.Next(1, 14);
            for (int k = 0; k < n; k++)
            {
                sb.Append(pool[random.Next(pool.Length)]);
                int sep = random.Next(10);
                sb.Append(sep < 7 ? " " : sep == 7 ? "" : sep == 8 ? ", " : "  ");
            }
            string text = sb.ToString();
            yield return random.Next(3) == 0 ? text.TrimEnd() : text;
        }
    }

    /// <summary>
    /// Texts near what <paramref name="pattern"/> matches: a random string of the pattern's language (most choices
    /// made at random, so some samples miss), with random words, case changes and newlines around it.
    /// </summary>
    private static IEnumerable<string> Samples(Random random, string pattern, string[] pool, int count)
    {
        for (int i = 0; i < count; i++)
        {
            int pos = 0;
            var sb = new StringBuilder();
            if (random.Next(4) == 0) sb.Append(pool[random.Next(pool.Length)]).Append(random.Next(2) == 0 ? " " : "\n");
            SampleAlternation(random, pattern, ref pos, sb, pool);
            if (random.Next(4) == 0) sb.Append(random.Next(2) == 0 ? " " : "\n").Append(pool[random.Next(pool.Length)]);
            string text = sb.ToString();
            int change = random.Next(6);
            yield return change == 0 ? text.ToUpperInvariant() : change == 1 ? text.Replace('k', '\u212A') : change == 2 ? text.Replace(' ', '\n') : text;
        }
    }

    private static void SampleAlternation(Random random, string p, ref int pos, StringBuilder sb, string[] pool)
    {
        // Pick one branch at random: sample it, skip the others.
        var branches = new List<(int Start, int End)>();
        int start = pos, depth = 0;
        for (; pos < p.Length; pos++)
        {
            char c = p[pos];
            if (c == '\\') pos++;
            else if (c == '[') pos = p.IndexOf(']', pos + 2);
            else if (c == '(') depth++;
            else if (c == ')' && depth-- == 0) break;
            else if (c == '|' && depth == 0)
            {
                branches.Add((start, pos));
                start = pos + 1;
            }
        }
        branches.Add((start, pos));
        var (from, to) = branches[random.Next(branches.Count)];
        SampleConcat(random, p[from..to], sb, pool);
    }

    private static void SampleConcat(Random random, string p, StringBuilder sb, string[] pool)
    {
        int pos = 0;
        while (pos < p.Length)
        {
            int atomStart = pos;
            var atom = new StringBuilder();
            char c = p[pos++];
            if (c == '(')
            {
                if (p[pos] == '?') pos = p[pos + 1] == '<' ? p.IndexOf('>', pos) + 1 : pos + 2;
                SampleAlternation(random, p, ref pos, atom, pool);
                pos++; // ')'
            }
            else if (c == '[')
            {
                int end = p.IndexOf(']', pos + 1);
                string body = p[pos..end];
                pos = end + 1;
                atom.Append(body.StartsWith('^') ? (random.Next(2) == 0 ? " " : "x") : body[random.Next(body.Length)].ToString());
            }
            else if (c == '\\')
            {
                char e = p[pos++];
                atom.Append(e switch
                {
                    'b' or 'B' => "",
                    'd' => random.Next(10).ToString(),
                    'W' => new[] { " ", "!", ".", ":" }[random.Next(4)],
                    'w' => "a",
                    's' => new[] { " ", "\t", "\n" }[random.Next(3)],
                    _ => e.ToString(),
                });
            }
            else if (c == '.') atom.Append(pool[random.Next(pool.Length)]);
            else if (c is not '^' and not '$') atom.Append(c);
            int min = 1, max = 1;
            if (pos < p.Length && p[pos] is '?' or '*' or '+')
            {
                (min, max) = p[pos] switch { '?' => (0, 1), '*' => (0, 3), _ => (1, 3) };
                pos++;
            }
            else if (pos < p.Length && p[pos] == '{')
            {
                int close = p.IndexOf('}', pos);
                var parts = p[(pos + 1)..close].Split(',');
                min = int.Parse(parts[0]);
                max = parts.Length == 1 ? min : parts[1].Length == 0 ? min + 3 : Math.Min(int.Parse(parts[1]), 8);
                pos = close + 1;
            }
            int times = random.Next(min, max + 1);
            for (int k = 0; k < times; k++) sb.Append(k == 0 ? atom.ToString() : Resample(random, p[atomStart..pos], pool));
        }
    }

    private static string Resample(Random random, string atomWithQuantifier, string[] pool)
    {
        // Another draw of the same atom, without its quantifier.
        string atom = atomWithQuantifier.TrimEnd('?', '*', '+');
        int brace = atom.EndsWith('}') ? atom.LastIndexOf('{') : -1;
        if (brace > 0) atom = atom[..brace];
        var sb = new StringBuilder();
        SampleConcat(random, atom, sb, pool);
        return sb.ToString();
    }

    private static string RandomPattern(Random random, int depth)
    {
        var sb = new StringBuilder();
        int items = random.Next(1, 5);
        for (int i = 0; i < items; i++)
        {
            int kind = random.Next(depth > 0 ? 14 : 11);
            sb.Append(kind switch
            {
                0 or 1 or 2 => "abk "[random.Next(4)].ToString(),
                3 => ".",
                4 => new[] { @"\w", @"\W", @"\s", @"\d", @"\S" }[random.Next(5)],
                5 => new[] { "[ab]", "[^a]", "[a-k]", @"[^\s.]", "[-_.]" }[random.Next(5)],
                6 => new[] { @"\b", @"\B" }[random.Next(2)],
                7 => "^",
                8 => "$",
                9 => @"\.",
                10 => "K",
                11 => "(" + RandomPattern(random, depth - 1) + "|" + RandomPattern(random, depth - 1) + ")",
                12 => "(?:" + RandomPattern(random, depth - 1) + ")",
                _ => "(" + RandomPattern(random, depth - 1) + ")",
            });
            if (kind is not (6 or 7 or 8) && random.Next(3) == 0)
                sb.Append(new[] { "?", "*", "+", "{2}", "{0,3}", "{1,}", "??", "*?" }[random.Next(8)]);
        }
        return sb.ToString();
    }

    private static string Escape(string s) => s.Replace("\n", "\\n").Replace("\u212A", "\\u212A");
}
