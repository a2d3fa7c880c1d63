using EventExtract.Places;
using EventExtract.Text;

namespace EventExtract.Tests.Places;

public class GazetteerTests
{
    private static readonly Gazetteer Gaz = Gazetteer.Default;

    [Theory]
    [InlineData("U.S.", "US")]
    [InlineData("US", "US")]
    [InlineData("USA", "US")]
    [InlineData("United States", "US")]
    [InlineData("United States of America", "US")]
    [InlineData("America", "US")]
    [InlineData("UK", "GB")]
    [InlineData("U.K.", "GB")]
    [InlineData("Britain", "GB")]
    [InlineData("Great Britain", "GB")]
    [InlineData("UAE", "AE")]
    [InlineData("Russia", "RU")]
    [InlineData("Russian Federation", "RU")]
    [InlineData("People's Republic of China", "CN")]
    [InlineData("Burma", "MM")]
    public void Country_names_and_abbreviations(string spelling, string code)
    {
        var e = Gaz.Find(spelling);
        e.Should().NotBeNull();
        e!.Sense.Should().Be(NameSense.CountryName);
        e.CountryCode.Should().Be(code);
    }

    [Theory]
    [InlineData("Afghan", "AF")]
    [InlineData("Russian", "RU")]
    [InlineData("American", "US")]
    [InlineData("Chinese", "CN")]
    [InlineData("Pakistani", "PK")]
    [InlineData("Iranian", "IR")]
    [InlineData("Israeli", "IL")]
    [InlineData("British", "GB")]
    [InlineData("French", "FR")]
    public void Demonyms(string spelling, string code) =>
        Gaz.Find(spelling).Should().Match<GazetteerEntry>(e => e.Sense == NameSense.Demonym && e.CountryCode == code);

    [Theory]
    [InlineData("Moscow", "RU", 524901)]
    [InlineData("Washington", "US", 4140963)]
    [InlineData("Beijing", "CN", 1816670)]
    [InlineData("Kabul", "AF", 1138958)]
    [InlineData("Tehran", "IR", 112931)]
    [InlineData("Kremlin", "RU", null)]
    [InlineData("White House", "US", null)]
    [InlineData("Pentagon", "US", null)]
    public void Metonyms_stand_for_countries_and_capitals_keep_their_city(string spelling, string code, int? city)
    {
        var e = Gaz.Find(spelling)!;
        e.Sense.Should().Be(NameSense.Metonym);
        e.CountryCode.Should().Be(code);
        e.SenseCity?.GeoNamesId.Should().Be(city);
    }

    [Theory]
    [InlineData("Taliban", ActorKind.Group, "AF")]
    [InlineData("Hamas", ActorKind.Group, "PS")]
    [InlineData("Hezbollah", ActorKind.Group, "LB")]
    [InlineData("al-Shabaab", ActorKind.Group, "SO")]
    [InlineData("Boko Haram", ActorKind.Group, "NG")]
    [InlineData("Houthis", ActorKind.Group, "YE")]
    [InlineData("PKK", ActorKind.Group, "TR")]
    [InlineData("FARC", ActorKind.Group, "CO")]
    [InlineData("Haqqani network", ActorKind.Group, "AF")]
    [InlineData("Daesh", ActorKind.Group, null)]
    [InlineData("al-Qaeda", ActorKind.Group, null)]
    [InlineData("NATO", ActorKind.Organization, null)]
    [InlineData("OPEC", ActorKind.Organization, null)]
    [InlineData("WHO", ActorKind.Organization, null)]
    [InlineData("EU", ActorKind.Organization, null)]
    public void Groups_and_organizations(string spelling, ActorKind kind, string? code) =>
        Gaz.Find(spelling).Should().Match<GazetteerEntry>(e => e.Sense == NameSense.Party && e.PartyKind == kind && e.CountryCode == code);

    [Fact]
    public void Lookup_is_case_sensitive_and_codes_that_are_words_are_absent()
    {
        Gaz.Find("china").Should().BeNull();
        Gaz.Find("turkey").Should().BeNull();
        Gaz.Find("IN").Should().BeNull();
        Gaz.Find("IT").Should().BeNull();
    }

    [Fact]
    public void Cities_include_ascii_spellings_and_are_ordered_by_population()
    {
        Gaz.Find("Kandahar")!.Cities.Should().ContainSingle().Which.Name.Should().Be("Kandahār");
        // English and former names from city-names.tsv.
        Gaz.Find("Geneva")!.Cities.Should().Contain(c => c.Name == "Genève" && c.CountryCode == "CH");
        Gaz.Find("Bombay")!.Cities.Should().Contain(c => c.Name == "Mumbai" && c.CountryCode == "IN");
        // "Gaza City", the English name of the city GeoNames calls "Gaza" (the whole name is the place, not "Gaza" alone).
        Gaz.Find("Gaza City")!.Cities.Should().Contain(c => c.Name == "Gaza" && c.CountryCode == "PS");
        // A Danish "å" written "aa" in English.
        Gaz.Find("Aarhus")!.Cities.Should().Contain(c => c.Name == "Århus" && c.CountryCode == "DK");
        var paris = Gaz.Find("Paris")!.Cities;
        paris[0].CountryCode.Should().Be("FR");
        paris.Select(c => c.Population).Should().BeInDescendingOrder();
    }

    [Fact]
    public void Matching_finds_the_longest_spelling_at_word_boundaries()
    {
        const string text = "The People’s Republic of China and U.S.-Taliban talks; chinaware is not China.";
        var matches = new List<GazetteerMatch>();
        Gaz.Match(text, new TextSpan(0, text.Length), matches);
        matches.Select(m => m.Span.GetText(text)).Should().Equal("People’s Republic of China", "U.S.", "Taliban", "China");
    }
}
