using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Well-known international organizations and NGOs speak in news as often as governments: they are found as speakers
/// by their whole names, a word inside such a name ("Without") negates nothing, and "the head of X" speaks for X.
/// Sentences invented for these tests.
/// </summary>
public class NonGovernmentalSpeakerPipelineTests
{
    private static readonly DateOnly Published = new(2024, 6, 27);

    [Theory]
    [InlineData("Amnesty International called for an independent inquiry.", "Amnesty International")]
    [InlineData("Doctors Without Borders said its hospital was hit.", "Doctors Without Borders")]
    [InlineData("The head of Amnesty International called for an inquiry.", "Amnesty International")]
    public void A_known_organization_speaks_by_its_whole_name(string body, string speaker)
    {
        var statement = ArticleBody.Events<Statement>(body, Published).Should().ContainSingle().Subject;

        statement.Speakers.Should().ContainSingle().Which.Text.Should().Be(speaker);
        statement.Status.Should().Be(EventStatus.Occurred);
    }

    [Fact]
    public void A_person_with_an_appositive_head_of_phrase_is_the_speaker_not_what_they_head()
    {
        var statement = ArticleBody.Events<Statement>(
            "As agent Tom Vance, then head of the Harbor Task Force said, the files are sealed.", Published).Should().ContainSingle().Subject;

        statement.Speakers.Should().ContainSingle().Which.Text.Should().Be("Tom Vance");
    }
}
