using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// A speech to an audience ("addressed the nation", "will address parliament", "addressed a rally") is a Statement of
/// the speaker; "address the problem" is not. Sentences invented for these tests.
/// </summary>
public class StatementAddressPipelineTests
{
    // A Wednesday.
    private static readonly DateOnly Published = new(2024, 10, 16);

    [Theory]
    [InlineData("The president addressed the nation on Sunday evening.", "The president", EventStatus.Occurred)]
    [InlineData("The prime minister is expected to address parliament on Thursday.", "The prime minister", EventStatus.Planned)]
    [InlineData("Opposition leader Ana Ruiz addressed a rally in Lagos on Saturday.", "Ana Ruiz", EventStatus.Occurred)]
    public void A_speech_to_an_audience_is_a_statement_of_the_speaker(string body, string speaker, EventStatus status)
    {
        var statement = ArticleBody.Events<Statement>(body, Published).Should().ContainSingle().Subject;

        statement.Speakers.Select(a => a.Text).Should().Contain(speaker);
        statement.Status.Should().Be(status);
    }

    [Fact]
    public void Addressing_a_problem_is_no_statement()
    {
        ArticleBody.Events<Statement>("The ministry will address the shortage of teachers next year.", Published).Should().BeEmpty();
    }
}
