using System.Text;

namespace EventExtract.Fuzz;

/// <summary>Deterministic mutations of seed texts: byte-level noise, splices, odd Unicode, repetition.</summary>
internal sealed class Mutator(int seed, IReadOnlyList<string> seeds)
{
    private static readonly string[] Tokens =
    {
        "\0", "\uD800", "\uDFFF", "\uFEFF", "\u200D", "“", "”", "’", "\"", "'", "–", "—", "––", "...", "…", "U.S.", "Dr.", "Jan.",
        "29 October 2019", "Oct. 25,", "2019-10-25", "10/25/2019", "early", "mid-", "late", "last", "next", "ago", "Friday",
        "may", "March", "sat", "1,000.5", "5%", "$", "http://x.y/z?a=b", "a@b.cc", "🙂", "🇺🇸", "👩‍👩‍👧", "\r\n", "\n\n", "\t",
        "<p>", "&amp;", "Support Us", "Related posts", "©", "Date:", "said", "attack", "met", "killed 12", "((((", "))))",
    };

    private readonly Random _random = new(seed);

    public string Next()
    {
        var sb = new StringBuilder(seeds[_random.Next(seeds.Count)]);
        int edits = 1 + _random.Next(12);
        for (int i = 0; i < edits; i++)
        {
            int p = sb.Length == 0 ? 0 : _random.Next(sb.Length);
            switch (_random.Next(7))
            {
                case 0: sb.Insert(p, Tokens[_random.Next(Tokens.Length)]); break;
                case 1: if (sb.Length > 0) sb.Remove(p, Math.Min(1 + _random.Next(50), sb.Length - p)); break;
                case 2: sb.Insert(p, (char)_random.Next(0, 0x10000)); break;
                case 3:
                    var other = seeds[_random.Next(seeds.Count)];
                    int start = _random.Next(other.Length + 1);
                    sb.Insert(p, other.AsSpan(start, Math.Min(200, other.Length - start)));
                    break;
                case 4: sb.Insert(p, Tokens[_random.Next(Tokens.Length)], 1 + _random.Next(200)); break;
                case 5: if (sb.Length > 0) sb[p] = char.IsUpper(sb[p]) ? char.ToLowerInvariant(sb[p]) : char.ToUpperInvariant(sb[p]); break;
                default: if (sb.Length > 0 && _random.Next(4) == 0) sb.Length = p; break;
            }
        }
        return sb.ToString();
    }
}
