using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Kopp's stepmother said", "Tom Ruiz's family said": a person noun owned by a named possessor speaks as a whole
/// phrase; the possessor alone is someone else. Sentences invented for these tests.
/// </summary>
public class PossessedPersonSpeakerPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("Kopp's stepmother said he had called her from France.", "Kopp's stepmother")]
    [InlineData("Tom Ruiz's family said they were relieved by the verdict.", "Tom Ruiz's family")]
    [InlineData("Carla Benton's widow has said she will sue the city.", "Carla Benton's widow")]
    public void The_owned_person_speaks_not_the_owner(string sentence, string speaker)
    {
        var statement = ArticleBody.Events<Statement>(sentence, Published).Should().ContainSingle().Subject;

        statement.Speakers.Should().ContainSingle().Which.Text.Should().Be(speaker);
    }

    [Fact]
    public void A_named_possessor_of_a_thing_still_speaks()
    {
        var statement = ArticleBody.Events<Statement>(
            "Russia's foreign ministry said the proposal was unacceptable.", Published).Should().ContainSingle().Subject;

        statement.Speakers.Should().ContainSingle().Which.Text.Should().Be("Russia's foreign ministry");
    }
}
