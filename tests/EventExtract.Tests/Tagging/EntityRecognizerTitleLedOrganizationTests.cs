using EventExtract.Tagging;
using EventExtract.Text;

namespace EventExtract.Tests.Tagging;

/// <summary>"General Motors", "General Electric": listed organization names opening with a title word are organizations, not a title and a person.</summary>
public class EntityRecognizerTitleLedOrganizationTests : IClassFixture<TaggingModelFixture>
{
    private readonly TaggingModelFixture _models;

    public EntityRecognizerTitleLedOrganizationTests(TaggingModelFixture models) => _models = models;

    private List<(string, EntityType)> Recognize(params string[] words)
    {
        var (table, sentence) = TokenTables.FromWords(words);
        var tags = new UniversalPos[table.Count];
        _models.Tagger.Tag(table, sentence, tags);
        var names = new List<EntitySpan>();
        _models.Recognizer.Recognize(table, sentence, tags, names);
        return names.Select(e => (table.Text[e.Span.Start..e.Span.End], e.Type)).ToList();
    }

    [Fact]
    public void General_motors_is_an_organization() =>
        Recognize("The", "union", "and", "General", "Motors", "resumed", "talks", ".")
            .Should().Contain(("General Motors", EntityType.Organization));

    [Fact]
    public void A_general_is_still_a_title_before_a_person() =>
        Recognize("General", "Mark", "Milley", "met", "the", "minister", ".")
            .Should().NotContain(n => n.Item2 == EntityType.Organization);
}
