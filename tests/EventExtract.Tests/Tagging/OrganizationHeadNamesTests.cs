using EventExtract.Tagging;
using static EventExtract.Tests.Tagging.EntityDocumentConsistencyTests;

namespace EventExtract.Tests.Tagging;

/// <summary>
/// A name ending in an organization's head word ("Corporation", "Service", "Futures") is an organization's, and the
/// capitalized words the recognizer left between a name and such a word belong to it. Invented sentences.
/// </summary>
public class OrganizationHeadNamesTests
{
    [Fact]
    public void A_name_read_as_a_person_that_ends_in_a_head_word_is_an_organization()
    {
        var (tokens, sentences) = Document(["Orders", "went", "to", "Harlan", "Futures", "last", "week", "."]);
        var names = new List<EntitySpan> { Name(tokens, 3, 2, EntityType.Person, 0.8f) };
        Show(tokens, EntityDocumentConsistency.Apply(tokens, sentences, names))
            .Should().Equal(("Harlan Futures", EntityType.Organization));
    }

    [Fact]
    public void Capitalized_words_up_to_a_head_word_join_the_name_before_them()
    {
        var (tokens, sentences) = Document(["A", "lawyer", "for", "the", "Nova", "Scotia", "Gaming", "Corporation", "spoke", "."]);
        var names = new List<EntitySpan> { Name(tokens, 4, 2, EntityType.Location, 0.9f) };
        Show(tokens, EntityDocumentConsistency.Apply(tokens, sentences, names))
            .Should().Equal(("Nova Scotia Gaming Corporation", EntityType.Organization));
    }

    [Fact]
    public void A_place_and_the_service_after_it_are_one_organization()
    {
        var (tokens, sentences) = Document(["Rangers", "of", "the", "Kenya", "Wildlife", "Service", "tracked", "the", "herd", "."]);
        var names = new List<EntitySpan> { Name(tokens, 3, 1, EntityType.Location, 0.9f), Name(tokens, 4, 2, EntityType.Organization, 0.7f) };
        Show(tokens, EntityDocumentConsistency.Apply(tokens, sentences, names))
            .Should().Equal(("Kenya Wildlife Service", EntityType.Organization));
    }

    [Fact]
    public void A_name_with_no_head_word_after_it_is_left_alone()
    {
        var (tokens, sentences) = Document(["Orders", "went", "to", "Harlan", "Smith", "Monday", "and", "the", "Court", "agreed", "."]);
        var names = new List<EntitySpan> { Name(tokens, 3, 2, EntityType.Person, 0.8f), Name(tokens, 8, 1, EntityType.Organization, 0.6f) };
        Show(tokens, EntityDocumentConsistency.Apply(tokens, sentences, names))
            .Should().Equal(("Harlan Smith", EntityType.Person), ("Court", EntityType.Organization));
    }

    [Fact]
    public void An_untagged_run_ending_in_a_head_word_is_an_organization()
    {
        var (tokens, sentences) = Document(
            ["Mara", "Quist", "of", "Blue", "Fern", "Gaming", "said", "sales", "rose", "."],
            ["The", "Ember", "Valley", "Council", "agreed", "."]);
        var names = new List<EntitySpan> { Name(tokens, 0, 2, EntityType.Person, 0.9f) };
        Show(tokens, EntityDocumentConsistency.Apply(tokens, sentences, names))
            .Should().Equal(("Mara Quist", EntityType.Person), ("Blue Fern Gaming", EntityType.Organization), ("Ember Valley Council", EntityType.Organization));
    }

    [Fact]
    public void A_run_that_goes_on_past_the_head_word_is_left_untagged()
    {
        var (tokens, sentences) = Document(["Mara", "Quist", "said", "Blue", "Fern", "Gaming", "Reports", "Fell", "."]);
        var names = new List<EntitySpan> { Name(tokens, 0, 2, EntityType.Person, 0.9f) };
        Show(tokens, EntityDocumentConsistency.Apply(tokens, sentences, names)).Should().Equal(("Mara Quist", EntityType.Person));
    }

    [Fact]
    public void An_untagged_company_name_before_its_legal_form_is_an_organization()
    {
        var (tokens, sentences) = Document(["Mara", "Quist", "signed", "for", "the", "buyer", ",", "KLMT", ",", "Inc.", "."]);
        var names = new List<EntitySpan> { Name(tokens, 0, 2, EntityType.Person, 0.9f) };
        Show(tokens, EntityDocumentConsistency.Apply(tokens, sentences, names))
            .Should().Equal(("Mara Quist", EntityType.Person), ("KLMT , Inc.", EntityType.Organization));
    }
}
