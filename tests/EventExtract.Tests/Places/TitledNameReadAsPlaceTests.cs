using EventExtract.Places;
using EventExtract.Tagging;

namespace EventExtract.Tests.Places;

/// <summary>
/// A recognized place or organization that is a title and a name ("Danish Defence Minister Troels Lund Poulsen", a town's
/// spelling in the middle) is that titled person, of the title's country; a titled run ending in a word of a place or
/// building ("Prince Edward Island", "President Kennedy Airport") stays what it was. Sentences invented for these tests.
/// </summary>
public class TitledNameReadAsPlaceTests
{
    private static AnalyzedDocument Resolve(string text, params (string, EntityType)[] names) => ResolverTestHelper.Resolve(text, names);

    [Fact]
    public void A_titled_name_read_as_a_place_is_the_person()
    {
        var doc = Resolve("Danish Defence Minister Troels Lund Poulsen said the attack was serious.",
            ("Danish Defence Minister Troels Lund Poulsen", EntityType.Location));

        doc.Actors.Should().Contain(a => a.Text == "Troels Lund Poulsen" && a.Kind == ActorKind.Person && a.CountryCode == "DK");
        doc.Places.Should().NotContain(p => p.Text.Contains("Lund"));
    }

    [Fact]
    public void A_titled_name_read_as_an_organization_is_the_person_despite_a_town_inside()
    {
        var doc = Resolve("Danish Defence Minister Troels Lund Poulsen said the attack was serious.",
            ("Danish Defence Minister Troels Lund Poulsen", EntityType.Organization));

        doc.Actors.Should().Contain(a => a.Text == "Troels Lund Poulsen" && a.Kind == ActorKind.Person);
    }

    [Theory]
    [InlineData("Prince Edward Island", EntityType.Location)]
    [InlineData("President Kennedy Airport", EntityType.Location)]
    [InlineData("Queen Elizabeth Hospital", EntityType.Organization)]
    public void A_titled_place_name_is_no_person(string name, EntityType type)
    {
        var doc = Resolve($"The storm hit {name} on Monday.", (name, type));

        doc.Actors.Should().NotContain(a => a.Kind == ActorKind.Person);
    }
}
