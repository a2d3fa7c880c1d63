using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// ", saying …" goes on from the main clause, so its speaker is that clause's subject even past a relative clause on
/// the clause's object. Sentences invented for these tests.
/// </summary>
public class ContinuingParticipleSpeakerPipelineTests
{
    private static readonly DateOnly Published = new(2024, 6, 27);

    [Theory]
    [InlineData("Kenya's president defended a new tax law that sparked deadly protests, saying the country could not keep borrowing.", "Kenya's president")]
    [InlineData("The mayor praised the volunteers which cleared the river, saying the town owed them a debt.", "The mayor")]
    public void The_main_clause_subject_speaks_past_a_relative_clause_on_its_object(string body, string speaker)
    {
        var statement = ArticleBody.Events<Statement>(body, Published).Should().ContainSingle().Subject;

        statement.Speakers.Should().ContainSingle().Which.Text.Should().Be(speaker);
    }
}
