using EventExtract.Tagging;

namespace EventExtract.Tests.Tagging;

public class SpanStringMapTests
{
    [Fact]
    public void Finds_each_key_with_its_value_and_nothing_else()
    {
        var words = Enumerable.Range(0, 5000).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var map = new SpanStringMap<int>(words.Select((w, i) => new KeyValuePair<string, int>(w, i * 7919 - 20_000_000)));
        for (int i = 0; i < words.Count; i++)
        {
            map.TryGetValue(words[i].AsSpan(), out int v).Should().BeTrue();
            v.Should().Be(i * 7919 - 20_000_000);
        }
        // Prefixes, extensions and case variants of stored keys are other keys.
        foreach (var absent in new[] { "", "w", "w50000", "W1", "w1 ", "x1" })
            map.TryGetValue(absent.AsSpan(), out _).Should().BeFalse(absent);
        map.Count.Should().Be(5000);
    }

    [Fact]
    public void Keeps_the_first_of_duplicate_keys_and_lists_entries_in_insertion_order()
    {
        var map = new SpanStringMap<UniversalPos>([new("run", UniversalPos.VERB), new("", UniversalPos.X), new("run", UniversalPos.NOUN)]);
        map.TryGetValue("run".AsSpan(), out var tag).Should().BeTrue();
        tag.Should().Be(UniversalPos.VERB);
        map.TryGetValue(ReadOnlySpan<char>.Empty, out tag).Should().BeTrue();
        tag.Should().Be(UniversalPos.X);
        map.Entries.Should().Equal(new KeyValuePair<string, UniversalPos>("run", UniversalPos.VERB), new KeyValuePair<string, UniversalPos>("", UniversalPos.X));
    }
}
