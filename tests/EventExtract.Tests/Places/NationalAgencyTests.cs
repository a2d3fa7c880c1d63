using EventExtract.Places;
using EventExtract.Tagging;

namespace EventExtract.Tests.Places;

/// <summary>
/// National agencies, security services and state news agencies (groups.tsv) are organizations of their country, by
/// full name or acronym, and their full name wins over a recognized name that cuts into it. Sentences invented for
/// these tests.
/// </summary>
public class NationalAgencyTests
{
    private static AnalyzedDocument Resolve(string text, params (string, EntityType)[] names) => ResolverTestHelper.Resolve(text, names);

    [Fact]
    public void An_agency_name_split_by_the_name_finder_is_one_organization_of_its_country()
    {
        var doc = Resolve("The Immigration and Naturalization Service ruled that the boy must go back.",
            ("Immigration", EntityType.Organization), ("Naturalization Service", EntityType.Organization));

        doc.Actors.Should().ContainSingle().Which.Should().Match<Actor>(a =>
            a.Text == "Immigration and Naturalization Service" && a.Kind == ActorKind.Organization && a.CountryCode == "US");
    }

    [Theory]
    [InlineData("The FBI said the suspect was armed.", "FBI", "US", "Federal Bureau of Investigation")]
    [InlineData("Shin Bet declined to comment on the report.", "Shin Bet", "IL", "Shin Bet")]
    [InlineData("Xinhua said the talks were fruitful.", "Xinhua", "CN", "Xinhua")]
    public void A_national_body_has_its_country_and_canonical_name(string text, string name, string country, string canonical)
    {
        var doc = Resolve(text, (name, EntityType.Organization));

        doc.Actors.Should().Contain(a => a.Text == name && a.Kind == ActorKind.Organization && a.CountryCode == country && a.Canonical == canonical);
    }
}
