using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "discussed the economy and ties with Brazil": a country after the "with" of a noun of ties is the one tied, not
/// one talked with; a person there is still met. Sentences invented for these tests.
/// </summary>
public class MeetingTiesWithCountryPipelineTests
{
    private static readonly DateOnly Published = new(2024, 6, 2);

    [Fact]
    public void Ties_with_a_country_are_no_talks_with_it()
    {
        ArticleBody.Events<Meeting>("Foreign Minister Ana Lind discussed the economy and ties with Brazil in a radio interview on Monday.", Published)
            .Should().BeEmpty();
    }

    [Fact]
    public void Relations_discussed_with_a_person_are_still_talks()
    {
        var meeting = ArticleBody.Events<Meeting>("Foreign Minister Ana Lind discussed bilateral relations with President Karl Weiss on Monday.", Published)
            .Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain("Karl Weiss");
    }
}
