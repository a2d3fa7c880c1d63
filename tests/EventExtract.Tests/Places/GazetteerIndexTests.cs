using System.IO.Compression;
using EventExtract.Places;

namespace EventExtract.Tests.Places;

/// <summary>
/// The precomputed spelling index (Resources/Places/gazetteer-index.bin) is what build-gazetteer-index makes from
/// the committed data files, and answers every lookup as the index built from those files would.
/// </summary>
public class GazetteerIndexTests
{
    private static readonly string PlacesDir = Path.Combine(RepoRoot(), "src", "EventExtract", "Resources", "Places");

    private static readonly Lazy<(Dictionary<string, GazetteerEntry> Entries, List<City> Cities)> Built =
        new(() => GazetteerBuilder.Build(name => File.OpenRead(Path.Combine(PlacesDir, name))));

    [Fact]
    public void The_committed_index_is_up_to_date_with_the_data_files()
    {
        // Stale after an edit of countries.tsv, country-extras.tsv, groups.tsv, regions.tsv or cities.bin.gz:
        // run `dotnet run --project src/EventExtract.Training -c Release -- build-gazetteer-index`.
        byte[] expected = GazetteerIndex.Write(Built.Value.Entries, Built.Value.Cities);
        byte[] embedded = PlacesResources.ReadBytes(Gazetteer.IndexFileName);
        embedded.Length.Should().Be(expected.Length);
        embedded.AsSpan().SequenceEqual(expected).Should().BeTrue("the embedded index must be byte-identical to a fresh build");
    }

    [Fact]
    public void Writing_the_index_twice_gives_the_same_bytes()
    {
        GazetteerIndex.Write(Built.Value.Entries, Built.Value.Cities).Should().Equal(GazetteerIndex.Write(Built.Value.Entries, Built.Value.Cities));
    }

    [Fact]
    public void Every_spelling_is_found_with_the_entry_the_builder_made()
    {
        var gazetteer = Gazetteer.Default;
        var (entries, _) = Built.Value;
        gazetteer.Count.Should().Be(entries.Count);
        foreach (var (spelling, expected) in entries)
        {
            var found = gazetteer.Find(spelling);
            found.Should().NotBeNull(spelling);
            found!.Sense.Should().Be(expected.Sense, spelling);
            found.CountryCode.Should().Be(expected.CountryCode, spelling);
            found.Canonical.Should().Be(expected.Canonical, spelling);
            found.PartyKind.Should().Be(expected.PartyKind, spelling);
            found.SenseCity.Should().Be(expected.SenseCity, spelling);
            found.Cities.Should().Equal(expected.Cities, spelling);
            gazetteer.Find(spelling).Should().BeSameAs(found, "an entry is made once");
        }
    }

    [Fact]
    public void Word_boundary_prefixes_are_known_but_have_no_entry_and_other_strings_are_unknown()
    {
        var index = GazetteerIndex.Read(PlacesResources.ReadBytes(Gazetteer.IndexFileName));
        var (entries, _) = Built.Value;
        int prefixes = 0;
        foreach (var spelling in entries.Keys)
        {
            for (int i = 1; i < spelling.Length; i++)
            {
                if (spelling[i - 1] == ' ' || (char.IsLetterOrDigit(spelling[i]) && spelling[i - 1] != '.')) continue;
                string prefix = spelling[..i];
                index.TryFind(prefix, out var entry).Should().BeTrue(prefix);
                if (!entries.ContainsKey(prefix))
                {
                    entry.Should().BeNull(prefix);
                    prefixes++;
                }
            }
            // A spelling with an extra letter is no key (no spelling is the same plus "qx").
            index.TryFind(spelling + "qx", out _).Should().BeFalse(spelling + "qx");
        }
        prefixes.Should().BeGreaterThan(100);
        index.TryFind("", out _).Should().BeFalse();
        index.TryFind("United", out var united).Should().BeTrue("\"United States\" starts with it");
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EventExtract.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
