using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace EventExtract.Tests.Robustness;

public class PropertyTests
{
    private static readonly EventExtractor Extractor = EventExtractor.Create();

    [Property(MaxTest = 200)]
    public void Any_string_gives_a_valid_and_repeatable_result(string? text)
    {
        text ??= "";
        var first = Extractor.Extract(text);
        ResultInvariants.Check(text, first);
        ResultInvariants.Fingerprint(Extractor.Extract(text)).Should().Be(ResultInvariants.Fingerprint(first));
    }

    [Property(MaxTest = 60)]
    public Property Mutated_articles_give_valid_and_repeatable_results() =>
        Prop.ForAll(Mutations().ToArbitrary(), text =>
        {
            var first = Extractor.Extract(text);
            ResultInvariants.Check(text, first);
            ResultInvariants.Fingerprint(Extractor.Extract(text)).Should().Be(ResultInvariants.Fingerprint(first));
        });

    /// <summary>The golden article with random cuts, insertions of odd characters and swapped slices.</summary>
    private static Gen<string> Mutations()
    {
        string golden = TestArticles.Golden;
        var odd = new[] { "\0", "\uD800", "\uDC00", "“", "”", "\"", "’", "–", "—", "\n\n", "\r\n", "...", "U.S.", "🙂", "<p>", "&amp;", "12", "October", " ", "." };
        return from edits in Gen.ListOf(Gen.Choose(0, golden.Length - 1).Zip(Gen.Choose(0, odd.Length - 1)).Zip(Gen.Choose(0, 2)))
               select Apply(golden, odd, edits);
    }

    private static string Apply(string text, string[] odd, IEnumerable<((int Position, int Odd), int Kind)> edits)
    {
        var sb = new System.Text.StringBuilder(text);
        foreach (var ((position, oddIndex), kind) in edits.Take(30))
        {
            int p = Math.Min(position, sb.Length);
            switch (kind)
            {
                case 0: sb.Insert(p, odd[oddIndex]); break;
                case 1: sb.Remove(p, Math.Min(1 + oddIndex * 3, sb.Length - p)); break;
                default:
                    int len = Math.Min(40, sb.Length - p);
                    string slice = sb.ToString(p, len);
                    sb.Remove(p, len).Insert(Math.Min(sb.Length, p / 2), slice);
                    break;
            }
        }
        return sb.ToString();
    }
}
