using EventExtract.Tagging;
using static EventExtract.Tests.Tagging.EntityDocumentConsistencyTests;

namespace EventExtract.Tests.Tagging;

// A name read as a person in every mention is a place when the document also writes it after "the island of" or a
// route preposition ("through", "via"), which open places far more surely than "in" does ("believe in God").
public class StrongPlaceContextTests
{
    [Fact]
    public void A_name_after_a_place_noun_and_of_is_a_place_in_every_mention()
    {
        var (tokens, sentences) = Document(
            ["Kadori", "became", "a", "municipality", "in", "1950", "."],
            ["Ferries", "sail", "to", "the", "island", "of", "Kadori", "daily", "."]);
        var names = new List<EntitySpan> { Name(tokens, 0, 1, EntityType.Person, 0.8f), Name(tokens, 13, 1, EntityType.Person, 0.8f) };
        Show(tokens, EntityDocumentConsistency.Apply(tokens, sentences, names))
            .Should().Equal(("Kadori", EntityType.Location), ("Kadori", EntityType.Location));
    }

    [Fact]
    public void A_name_after_through_is_a_place_in_every_mention()
    {
        var (tokens, sentences) = Document(
            ["Buses", "leave", "from", "Sector", "37", "and", "Tara", "Bazar", "."],
            ["The", "route", "passes", "through", "Tara", "Bazar", "."]);
        var names = new List<EntitySpan> { Name(tokens, 6, 2, EntityType.Person, 0.8f), Name(tokens, 13, 2, EntityType.Person, 0.8f) };
        Show(tokens, EntityDocumentConsistency.Apply(tokens, sentences, names))
            .Should().Equal(("Tara Bazar", EntityType.Location), ("Tara Bazar", EntityType.Location));
    }

    [Fact]
    public void A_person_named_after_in_now_and_then_stays_a_person()
    {
        var (tokens, sentences) = Document(["Many", "believe", "in", "God", "."], ["God", "exists", ",", "they", "say", "."]);
        var names = new List<EntitySpan> { Name(tokens, 3, 1, EntityType.Person, 0.8f), Name(tokens, 5, 1, EntityType.Person, 0.8f) };
        Show(tokens, EntityDocumentConsistency.Apply(tokens, sentences, names))
            .Should().Equal(("God", EntityType.Person), ("God", EntityType.Person));
    }
}
