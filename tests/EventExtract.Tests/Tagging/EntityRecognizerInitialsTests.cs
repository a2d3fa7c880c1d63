using EventExtract.Tagging;

namespace EventExtract.Tests.Tagging;

/// <summary>"these [U. S.]", "from [S. F.]": spaced initials with no surname after them abbreviate a place, not a person.</summary>
public class EntityRecognizerInitialsTests : IClassFixture<TaggingModelFixture>
{
    private readonly TaggingModelFixture _models;

    public EntityRecognizerInitialsTests(TaggingModelFixture models) => _models = models;

    private string[] Retype(string[] words, string labels) =>
        _models.ApplyLabelPass(words, labels, AveragedPerceptronEntityRecognizer.InitialsArePlaces);

    [Fact]
    public void Initials_alone_are_a_place() =>
        Retype(["the", "Emperor", "of", "these", "U.", "S.", "wrote"], "O O O O B-PER L-PER O")
            .Should().Equal("O O O O B-LOC L-LOC O".Split(' '));

    [Fact]
    public void Initials_with_a_surname_stay_a_person() =>
        Retype(["a", "letter", "from", "J.", "R.", "Tolkien", "arrived"], "O O O B-PER I-PER L-PER O")
            .Should().Equal("O O O B-PER I-PER L-PER O".Split(' '));

    [Fact]
    public void A_sentence_names_spaced_initials_as_a_place() =>
        _models.Recognize("The", "Emperor", "of", "these", "U.", "S.", "wrote", "to", "the", "mayor", ".")
            .Should().Contain(("U. S.", EntityType.Location));
}
