using EventExtract.Tagging;
using static EventExtract.Tests.Tagging.EntityDocumentConsistencyTests;

namespace EventExtract.Tests.Tagging;

/// <summary>
/// A name before a two-word place noun ("the Jenin refugee camp") is a place, whether the recognizer read it as a person
/// or left it untagged; "camp" alone does not make a place ("the Trump camp"). Invented sentences, real camp names.
/// </summary>
public class TwoWordPlaceNounNamesTests
{
    [Fact]
    public void A_name_read_as_a_person_before_refugee_camp_is_a_place()
    {
        var (tokens, sentences) = Document(["Troops", "raided", "the", "Nur", "Shams", "refugee", "camp", "on", "Monday", "."]);
        var names = new List<EntitySpan> { Name(tokens, 3, 2, EntityType.Person, 0.9f) };
        Show(tokens, EntityDocumentConsistency.Apply(tokens, sentences, names)).Should().Equal(("Nur Shams", EntityType.Location));
    }

    [Fact]
    public void An_untagged_word_before_refugee_camp_is_a_place()
    {
        var (tokens, sentences) = Document(["Two", "men", "died", "in", "the", "Jenin", "refugee", "camp", ",", "Omar", "Haddad", "said", "."]);
        var names = new List<EntitySpan> { Name(tokens, 9, 2, EntityType.Person, 0.9f) };
        Show(tokens, EntityDocumentConsistency.Apply(tokens, sentences, names))
            .Should().Equal(("Jenin", EntityType.Location), ("Omar Haddad", EntityType.Person));
    }

    [Fact]
    public void Camp_alone_and_a_sentence_opening_word_make_no_place()
    {
        var (tokens, sentences) = Document(["Aides", "in", "the", "Marlow", "camp", "said", "no", "."], ["Many", "refugee", "camps", "are", "full", "."]);
        var names = new List<EntitySpan> { Name(tokens, 3, 1, EntityType.Person, 0.9f) };
        Show(tokens, EntityDocumentConsistency.Apply(tokens, sentences, names)).Should().Equal(("Marlow", EntityType.Person));
    }
}
