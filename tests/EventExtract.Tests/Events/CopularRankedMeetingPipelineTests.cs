using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "X met Y on Sunday. It was the first meeting between the two leaders since January": a ranked meeting noun after
/// "It was" describes the meeting just told; it is no other occurrence. Sentences invented for these tests.
/// </summary>
public class CopularRankedMeetingPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 8);

    [Theory]
    [InlineData("Chilean President Tomas Ibarra met Peruvian President Julio Mendez in Lima on Sunday.\n\nIt was the first meeting between the two leaders since January.")]
    [InlineData("Chilean President Tomas Ibarra met Peruvian President Julio Mendez in Lima on Sunday. This was their second meeting this year.")]
    public void The_ranked_meeting_is_the_one_told(string body)
    {
        var meeting = ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain(new[] { "Tomas Ibarra", "Julio Mendez" });
    }

    [Fact]
    public void A_ranked_meeting_opening_its_own_sentence_is_another()
    {
        var meetings = ArticleBody.Events<Meeting>("Chilean President Tomas Ibarra met Peruvian President Julio Mendez in Lima on Sunday. Their first meeting was held in Santiago in 2019.", Published);

        meetings.Should().HaveCount(2);
    }
}
