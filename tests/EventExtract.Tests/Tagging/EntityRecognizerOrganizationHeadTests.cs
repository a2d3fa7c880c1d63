using EventExtract.Tagging;

namespace EventExtract.Tests.Tagging;

/// <summary>"the Peace and [Security Council]": an organization with an organization head word carries back over "and" to the one capitalized word before it.</summary>
public class EntityRecognizerOrganizationHeadTests : IClassFixture<TaggingModelFixture>
{
    private readonly TaggingModelFixture _models;

    public EntityRecognizerOrganizationHeadTests(TaggingModelFixture models) => _models = models;

    private string[] Join(string[] words, string labels)
    {
        var infos = words.Select(w => _models.Recognizer.Info(w)).ToArray();
        byte[] tags = EntityRecognizerTests.Labels(labels);
        AveragedPerceptronEntityRecognizer.JoinOrganizationHeadsOverAnd(infos, tags);
        return tags.Select(l => EntityLabels.Name(l)).ToArray();
    }

    [Fact]
    public void A_council_takes_the_word_before_and() =>
        Join(["the", "Peace", "and", "Security", "Council", "met"], "O O O B-ORG L-ORG O")
            .Should().Equal("O B-ORG I-ORG I-ORG L-ORG O".Split(' '));

    [Fact]
    public void A_one_word_commission_takes_the_word_before_and_at_the_sentence_start() =>
        Join(["Truth", "and", "Commission", "met"], "O O U-ORG O")
            .Should().Equal("B-ORG I-ORG L-ORG O".Split(' '));

    [Theory]
    // a country before "and" is a party of its own
    [InlineData(new[] { "the", "Russia", "and", "Security", "Council", "met" }, "O O O B-ORG L-ORG O")]
    // no organization head at the end
    [InlineData(new[] { "the", "Peace", "and", "Acme", "Boston", "met" }, "O O O B-ORG L-ORG O")]
    // the word before "and" does not open the phrase
    [InlineData(new[] { "officials", "of", "Peace", "and", "Security", "Council", "met" }, "O O O O B-ORG L-ORG O")]
    public void Nothing_else_is_joined(string[] words, string labels) =>
        Join(words, labels).Should().Equal(labels.Split(' '));
}
