using EventExtract.Places;
using EventExtract.Tagging;

namespace EventExtract.Tests.Places;

/// <summary>"in Somalia's capital": a country's possessive before "capital" is that country's capital city.</summary>
public class PossessiveCountryCapitalTests
{
    [Fact]
    public void The_capital_after_a_country_possessive_is_that_countrys_capital_city()
    {
        var doc = ResolverTestHelper.Resolve("A car bomb exploded outside a hotel in Somalia's capital on Wednesday.", Array.Empty<(string, EntityType)>());
        doc.Places.Should().ContainSingle().Which.Should().Match<Place>(p => p.Name == "Mogadishu" && p.CountryCode == "SO" && p.GeoNamesId != null);
    }

    [Theory]
    [InlineData("A bomb exploded in Afghanistan's capital, Kabul, on Sunday.")]
    [InlineData("A bomb exploded in Afghanistan's capital of Kabul on Sunday.")]
    public void A_capital_named_after_the_noun_is_left_to_its_name(string text)
    {
        var doc = ResolverTestHelper.Resolve(text, Array.Empty<(string, EntityType)>());
        doc.Places.Should().NotContain(p => p.Text.Contains("capital"));
    }
}
