using EventExtract.Tagging;

namespace EventExtract.Tests.Tagging;

/// <summary>"the State Archive of Norway ([Riksarkivet Sentral])": a name alone in brackets after an organization is its other name.</summary>
public class EntityRecognizerBracketedAliasTests : IClassFixture<TaggingModelFixture>
{
    private readonly TaggingModelFixture _models;

    public EntityRecognizerBracketedAliasTests(TaggingModelFixture models) => _models = models;

    private string[] Retype(string[] words, string labels) =>
        _models.ApplyLabelPass(words, labels, AveragedPerceptronEntityRecognizer.BracketedAliasesOfOrganizations);

    [Fact]
    public void A_bracketed_name_after_an_organization_is_that_organization() =>
        Retype(["the", "State", "Archive", "(", "Riksarkivet", "Sentral", ")", "joined"], "O B-ORG L-ORG O B-PER L-PER O O")
            .Should().Equal("O B-ORG L-ORG O B-ORG L-ORG O O".Split(' '));

    [Fact]
    public void A_bracketed_place_after_an_organization_stays_a_place() =>
        Retype(["at", "Stanford", "University", "(", "California", ")", "today"], "O B-ORG L-ORG O U-LOC O O")
            .Should().Equal("O B-ORG L-ORG O U-LOC O O".Split(' '));

    [Fact]
    public void A_bracketed_name_after_a_person_is_left_alone() =>
        Retype(["said", "Anna", "Berg", "(", "Riksarkivet", ")", "today"], "O B-PER L-PER O U-PER O O")
            .Should().Equal("O B-PER L-PER O U-PER O O".Split(' '));

    [Fact]
    public void A_sentence_names_the_bracketed_alias_an_organization() =>
        _models.Recognize("The", "National", "Archive", "of", "Norway", "(", "Arkiv", "Mattsson", ")", "said", ".")
            .Should().Contain(("Arkiv Mattsson", EntityType.Organization));
}
