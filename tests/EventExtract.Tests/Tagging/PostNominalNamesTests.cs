using EventExtract.Tagging;
using static EventExtract.Tests.Tagging.EntityDocumentConsistencyTests;

namespace EventExtract.Tests.Tagging;

// "Mark Halloran, QC, said": the letters after a person's name and a comma are a rank or degree, not a name.
public class PostNominalNamesTests
{
    [Fact]
    public void Letters_after_a_person_and_a_comma_are_no_name()
    {
        var (tokens, _) = Document(["Mark", "Halloran", ",", "QC", ",", "told", "the", "court", "."]);
        var names = new List<EntitySpan> { Name(tokens, 0, 2, EntityType.Person, 0.9f), Name(tokens, 3, 1, EntityType.Location, 0.6f) };
        Show(tokens, NonNameFilter.Apply(tokens, names)).Should().Equal(("Mark Halloran", EntityType.Person));
    }

    [Fact]
    public void A_state_after_a_city_and_a_comma_stays_a_place()
    {
        var (tokens, _) = Document(["They", "moved", "to", "Columbia", ",", "SC", ",", "in", "May", "."]);
        var names = new List<EntitySpan> { Name(tokens, 3, 1, EntityType.Location, 0.9f), Name(tokens, 5, 1, EntityType.Location, 0.8f) };
        Show(tokens, NonNameFilter.Apply(tokens, names)).Should().Equal(("Columbia", EntityType.Location), ("SC", EntityType.Location));
    }
}
