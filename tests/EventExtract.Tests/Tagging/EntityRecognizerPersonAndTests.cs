using EventExtract.Tagging;

namespace EventExtract.Tests.Tagging;

/// <summary>"[Kim Jong Un and South] Korean President ...": a person span holding "and" is two parties, split at the conjunction.</summary>
public class EntityRecognizerPersonAndTests : IClassFixture<TaggingModelFixture>
{
    private readonly TaggingModelFixture _models;

    public EntityRecognizerPersonAndTests(TaggingModelFixture models) => _models = models;

    private string[] Split(string[] words, string labels) =>
        _models.ApplyLabelPass(words, labels, AveragedPerceptronEntityRecognizer.SplitPersonsAtAnd);

    [Fact]
    public void A_fragment_of_the_next_capitalized_phrase_is_dropped() =>
        Split(["leader", "Kim", "Jong", "Un", "and", "South", "Korean", "President"], "O B-PER I-PER I-PER I-PER L-PER O O")
            .Should().Equal("O B-PER I-PER L-PER O O O O".Split(' '));

    [Fact]
    public void Two_full_names_become_two_persons() =>
        Split(["with", "Kirk", "Bart", "and", "Celeste", "Pollock", "on", "Monday"], "O B-PER I-PER I-PER I-PER L-PER O O")
            .Should().Equal("O B-PER L-PER O B-PER L-PER O O".Split(' '));

    [Fact]
    public void Three_names_are_split_at_each_and() =>
        Split(["Ann", "Lee", "and", "Bo", "Hu", "and", "Cy", "Tan", "met"], "B-PER I-PER I-PER I-PER I-PER I-PER I-PER L-PER O")
            .Should().Equal("B-PER L-PER O B-PER L-PER O B-PER L-PER O".Split(' '));

    [Fact]
    public void An_analyzed_article_names_the_leader_alone()
    {
        var doc = EventExtractor.Create().Analyze("North Korean leader Kim Jong Un and South Korean President Moon Jae-in met on Friday.");

        var persons = doc.Names.Where(n => n.Type == EntityType.Person).Select(n => doc.Text[n.Span.Start..n.Span.End]).ToList();
        persons.Should().Contain("Kim Jong Un");
        persons.Should().NotContain(p => p.Contains(" and ", StringComparison.Ordinal));
    }

    [Fact]
    public void An_organization_with_and_is_left_alone() =>
        Split(["at", "Procter", "and", "Gamble", "today"], "O B-ORG I-ORG L-ORG O")
            .Should().Equal("O B-ORG I-ORG L-ORG O".Split(' '));
}
