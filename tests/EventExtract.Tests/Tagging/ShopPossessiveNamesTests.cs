using EventExtract.Tagging;
using static EventExtract.Tests.Tagging.EntityDocumentConsistencyTests;

namespace EventExtract.Tests.Tagging;

/// <summary>
/// A shop or restaurant named after its owner ("dinner at Geno 's tonight") is a name with its possessive, and a place
/// rather than the owner; a possessive followed by a noun, after "of", or before "and" stays the person's. Invented sentences.
/// </summary>
public class ShopPossessiveNamesTests
{
    [Theory]
    [InlineData("We", "ate", "at", "Marlo", "'s", "tonight", ".")]
    [InlineData("We", "ate", "at", "Marlo", "'s", ".")]
    [InlineData("Marlo", "'s", "is", "the", "best", "diner", ".")]
    public void A_possessive_with_no_noun_after_it_joins_the_name_as_a_place(params string[] words)
    {
        var (tokens, sentences) = Document(words);
        int first = Array.IndexOf(words, "Marlo");
        var names = new List<EntitySpan> { Name(tokens, first, 1, EntityType.Person, 0.8f) };
        Show(tokens, EntityDocumentConsistency.Apply(tokens, sentences, names)).Should().Equal(("Marlo 's", EntityType.Location));
    }

    [Fact]
    public void An_organization_keeps_its_type_with_the_possessive()
    {
        var (tokens, sentences) = Document(["We", "booked", "Del", "Varo", "'s", "for", "dinner", "."]);
        var names = new List<EntitySpan> { Name(tokens, 2, 2, EntityType.Organization, 0.8f) };
        Show(tokens, EntityDocumentConsistency.Apply(tokens, sentences, names)).Should().Equal(("Del Varo 's", EntityType.Organization));
    }

    [Theory]
    [InlineData("Marlo", "'s", "car", "broke", "down", ".")]
    [InlineData("A", "friend", "of", "Marlo", "'s", "called", ".")]
    [InlineData("She", "read", "Marlo", "'s", "and", "Ann", "'s", "notes", ".")]
    public void A_possessive_of_a_person_stays_out_of_the_name(params string[] words)
    {
        var (tokens, sentences) = Document(words);
        int first = Array.IndexOf(words, "Marlo");
        var names = new List<EntitySpan> { Name(tokens, first, 1, EntityType.Person, 0.8f) };
        Show(tokens, EntityDocumentConsistency.Apply(tokens, sentences, names)).Should().Contain(("Marlo", EntityType.Person));
    }
}
