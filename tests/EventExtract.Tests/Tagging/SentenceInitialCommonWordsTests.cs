using EventExtract.Tagging;
using static EventExtract.Tests.Tagging.EntityDocumentConsistencyTests;

namespace EventExtract.Tests.Tagging;

/// <summary>
/// A one-word name opening its sentence is no name when the document also writes the word in lower case: the capital is
/// the sentence's. Invented sentences.
/// </summary>
public class SentenceInitialCommonWordsTests
{
    [Fact]
    public void A_capitalized_opener_the_document_writes_in_lower_case_is_no_name()
    {
        var (tokens, sentences) = Document(
            ["The", "harbour", "is", "quiet", "in", "winter", "."], ["Winter", "is", "the", "low", "season", "."], ["Ilse", "Brandt", "agreed", "."]);
        var names = new List<EntitySpan> { Name(tokens, 7, 1, EntityType.Person, 0.6f), Name(tokens, 13, 2, EntityType.Person, 0.9f) };
        Show(tokens, EntityDocumentConsistency.Apply(tokens, sentences, names)).Should().Equal(("Ilse Brandt", EntityType.Person));
    }

    [Fact]
    public void An_opening_name_the_document_never_writes_in_lower_case_stays()
    {
        var (tokens, sentences) = Document(["Brandt", "is", "the", "new", "mayor", "."], ["Voters", "liked", "Brandt", "."]);
        var names = new List<EntitySpan> { Name(tokens, 0, 1, EntityType.Person, 0.6f), Name(tokens, 8, 1, EntityType.Person, 0.9f) };
        Show(tokens, EntityDocumentConsistency.Apply(tokens, sentences, names))
            .Should().Equal(("Brandt", EntityType.Person), ("Brandt", EntityType.Person));
    }
}
